package io.parley.transport.clock;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.parley.media.port.MediaClock;
import io.parley.media.port.MediaClockFactory;
import java.util.ArrayList;
import java.util.List;
import java.util.ServiceLoader;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

class PooledMediaClockTest {

  private final PooledMediaClock clock = new PooledMediaClock(2);

  @AfterEach
  void close() {
    clock.close();
  }

  @Test
  void rfc3550Section5_1_tickInstantsAdvanceByExactlyOneFrameWithoutDrift() throws Exception {
    List<Long> instants = new CopyOnWriteArrayList<>();
    CountDownLatch fifty = new CountDownLatch(50);
    clock.every(
        10,
        (now, late) -> {
          instants.add(now);
          fifty.countDown();
        });

    assertThat(fifty.await(30, TimeUnit.SECONDS)).isTrue();

    for (int i = 1; i < 50; i++) {
      assertThat(instants.get(i) - instants.get(i - 1)).isEqualTo(10_000_000L);
    }
  }

  @Test
  void aTickThatOverrunsReportsTheNextOnesAsLateAndTheyCatchUp() throws Exception {
    List<Integer> lateness = new CopyOnWriteArrayList<>();
    List<Long> instants = new CopyOnWriteArrayList<>();
    CountDownLatch done = new CountDownLatch(8);
    clock.every(
        10,
        (now, late) -> {
          lateness.add(late);
          instants.add(now);
          if (lateness.size() == 2) {
            sleep(35);
          }
          done.countDown();
        });

    assertThat(done.await(30, TimeUnit.SECONDS)).isTrue();

    assertThat(lateness.get(2)).isGreaterThanOrEqualTo(2);
    assertThat(clock.lateTicks()).isGreaterThanOrEqualTo(1);
    assertThat(instants.get(3) - instants.get(2)).isEqualTo(10_000_000L);
    assertThat(clock.skippedTicks()).isZero();
  }

  @Test
  void farBehindSubscriptionJumpsToThePresentAndCountsSkippedTicks() throws Exception {
    AtomicInteger ticks = new AtomicInteger();
    CountDownLatch done = new CountDownLatch(3);
    clock.every(
        2,
        (now, late) -> {
          if (ticks.incrementAndGet() == 1) {
            sleep(100);
          }
          done.countDown();
        });

    assertThat(done.await(30, TimeUnit.SECONDS)).isTrue();

    assertThat(clock.skippedTicks()).isGreaterThan(PooledMediaClock.MAX_BACKLOG);
  }

  @Test
  void manySubscriptionsShareTheTwoPoolThreads() throws Exception {
    Set<Thread> threads = ConcurrentHashMap.newKeySet();
    CountDownLatch each = new CountDownLatch(200);
    List<MediaClock.Subscription> subscriptions = new ArrayList<>();
    for (int i = 0; i < 200; i++) {
      AtomicInteger count = new AtomicInteger();
      subscriptions.add(
          clock.every(
              20,
              (now, late) -> {
                threads.add(Thread.currentThread());
                if (count.incrementAndGet() == 3) {
                  each.countDown();
                }
              }));
    }

    assertThat(each.await(30, TimeUnit.SECONDS)).isTrue();
    assertThat(threads).hasSize(2);
    subscriptions.forEach(MediaClock.Subscription::close);
  }

  @Test
  void cancelledSubscriptionStopsTicking() throws Exception {
    AtomicInteger count = new AtomicInteger();
    CountDownLatch started = new CountDownLatch(2);
    MediaClock.Subscription subscription =
        clock.every(
            5,
            (now, late) -> {
              count.incrementAndGet();
              started.countDown();
            });
    assertThat(started.await(30, TimeUnit.SECONDS)).isTrue();

    subscription.close();
    sleep(20);
    int after = count.get();
    sleep(60);

    assertThat(count.get()).isEqualTo(after);
  }

  @Test
  void aFailingTickDoesNotStopTheClock() throws Exception {
    CountDownLatch three = new CountDownLatch(3);
    clock.every(
        5,
        (now, late) -> {
          three.countDown();
          throw new IllegalStateException("boom");
        });

    assertThat(three.await(30, TimeUnit.SECONDS)).isTrue();
  }

  @Test
  void badArgumentsAndUseAfterCloseAreClearErrors() {
    assertThatThrownBy(() -> clock.every(0, (now, late) -> {}))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("got 0");
    assertThatThrownBy(() -> new PooledMediaClock(0))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("at least 1 thread, got 0");
    clock.close();
    assertThatThrownBy(() -> clock.every(20, (now, late) -> {}))
        .isInstanceOf(IllegalStateException.class)
        .hasMessageContaining("closed");
  }

  @Test
  void factoryIsFoundThroughServiceLoader() {
    MediaClockFactory factory =
        ServiceLoader.load(MediaClockFactory.class).findFirst().orElseThrow();
    try (MediaClockFactory.CloseableMediaClock created = factory.create(1)) {
      assertThat(created).isInstanceOf(PooledMediaClock.class);
    }
  }

  private static void sleep(long millis) {
    try {
      Thread.sleep(millis);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }
}
