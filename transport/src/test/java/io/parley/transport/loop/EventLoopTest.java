package io.parley.transport.loop;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.parley.sip.port.Loop;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.SplittableRandom;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.atomic.AtomicReference;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * Real threads and the real clock: timing checks only say "not early" and "eventually", never
 * "within N ms", so a loaded machine cannot make them fail.
 */
class EventLoopTest {

  private static final long WAIT_SECONDS = 20;

  private final EventLoop loop = EventLoop.start("sip-loop-test");

  @AfterEach
  void closeLoop() {
    loop.close();
  }

  private void await(CountDownLatch latch) throws InterruptedException {
    assertThat(latch.await(WAIT_SECONDS, TimeUnit.SECONDS)).as("loop finished in time").isTrue();
  }

  /** Waits until every task queued so far has run. */
  private void drain() throws Exception {
    CompletableFuture<Void> done = new CompletableFuture<>();
    loop.execute(() -> done.complete(null));
    done.get(WAIT_SECONDS, TimeUnit.SECONDS);
  }

  @Test
  void tasksRunInSubmissionOrderOnTheNamedLoopThread() throws Exception {
    List<Integer> order = Collections.synchronizedList(new ArrayList<>());
    AtomicReference<String> threadName = new AtomicReference<>();
    for (int i = 0; i < 10_000; i++) {
      int n = i;
      loop.execute(() -> order.add(n));
    }
    loop.execute(() -> threadName.set(Thread.currentThread().getName()));
    drain();
    assertThat(order).hasSize(10_000).isSorted();
    assertThat(threadName.get()).isEqualTo("sip-loop-test");
    assertThat(loop.name()).isEqualTo("sip-loop-test");
  }

  @Test
  void executeFromTheLoopNeverRunsOnTheCallersStack() throws Exception {
    List<String> order = Collections.synchronizedList(new ArrayList<>());
    AtomicReference<Boolean> inLoop = new AtomicReference<>();
    loop.execute(
        () -> {
          inLoop.set(loop.inLoop());
          loop.execute(() -> order.add("inner"));
          loop.schedule(Duration.ZERO, () -> order.add("zero-delay timer"));
          order.add("outer done");
        });
    drain();
    drain(); // the first drain was queued before the outer task queued its own work
    assertThat(order).containsExactly("outer done", "inner", "zero-delay timer");
    assertThat(inLoop.get()).isTrue();
    assertThat(loop.inLoop()).isFalse();
  }

  @Test
  void rfc3261Section17_timerFiresNoEarlierThanItsDelay() throws Exception {
    CountDownLatch fired = new CountDownLatch(1);
    AtomicLong firedAt = new AtomicLong();
    long start = System.nanoTime();
    loop.schedule(
        Duration.ofMillis(50),
        () -> {
          firedAt.set(System.nanoTime());
          fired.countDown();
        });
    await(fired);
    assertThat(firedAt.get() - start).isGreaterThanOrEqualTo(Duration.ofMillis(50).toNanos());
  }

  @Test
  void timersScheduledOnTheLoopFireInDelayOrder() throws Exception {
    List<Integer> order = Collections.synchronizedList(new ArrayList<>());
    CountDownLatch all = new CountDownLatch(3);
    loop.execute(
        () -> {
          for (int ms : new int[] {30, 10, 20}) {
            loop.schedule(
                Duration.ofMillis(ms),
                () -> {
                  order.add(ms);
                  all.countDown();
                });
          }
        });
    await(all);
    assertThat(order).containsExactly(10, 20, 30);
  }

  @Test
  void aTimerBeyondOneTurnOfTheWheelWaitsItsFullDelay() throws Exception {
    try (EventLoop small = EventLoop.start("small-wheel", Duration.ofMillis(1), 16)) {
      CountDownLatch fired = new CountDownLatch(1);
      AtomicLong firedAt = new AtomicLong();
      long start = System.nanoTime();
      small.schedule(
          Duration.ofMillis(70),
          () -> {
            firedAt.set(System.nanoTime());
            fired.countDown();
          });
      await(fired);
      assertThat(firedAt.get() - start).isGreaterThanOrEqualTo(Duration.ofMillis(70).toNanos());
    }
  }

  @Test
  void cancelledTimerNeverRuns() throws Exception {
    AtomicInteger runs = new AtomicInteger();
    Loop.Timer fromOutside = loop.schedule(Duration.ofMillis(20), runs::incrementAndGet);
    AtomicReference<Boolean> cancelledInside = new AtomicReference<>();
    loop.execute(
        () -> {
          Loop.Timer inside = loop.schedule(Duration.ofMillis(20), runs::incrementAndGet);
          cancelledInside.set(inside.cancel());
        });
    assertThat(fromOutside.cancel()).isTrue();
    assertThat(fromOutside.cancel()).isFalse();
    CountDownLatch later = new CountDownLatch(1);
    loop.schedule(Duration.ofMillis(60), later::countDown);
    await(later);
    assertThat(runs).hasValue(0);
    assertThat(cancelledInside.get()).isTrue();
  }

  @Test
  void cancelAfterTheTimerRanReturnsFalse() throws Exception {
    CountDownLatch fired = new CountDownLatch(1);
    Loop.Timer timer = loop.schedule(Duration.ofMillis(1), fired::countDown);
    await(fired);
    drain();
    assertThat(timer.cancel()).isFalse();
  }

  @Test
  void aThrowingTaskOrTimerDoesNotStopTheLoop() throws Exception {
    CountDownLatch survived = new CountDownLatch(2);
    loop.execute(
        () -> {
          throw new IllegalStateException("task failure on purpose");
        });
    loop.execute(survived::countDown);
    loop.schedule(
        Duration.ofMillis(5),
        () -> {
          throw new AssertionError("timer failure on purpose");
        });
    loop.schedule(Duration.ofMillis(10), survived::countDown);
    await(survived);
  }

  @Test
  void hundredThousandTimersAllFireAndNoneEarly() throws Exception {
    int count = 100_000;
    CountDownLatch all = new CountDownLatch(count);
    AtomicInteger early = new AtomicInteger();
    SplittableRandom random = new SplittableRandom(42);
    for (int i = 0; i < count; i++) {
      long delayNanos = random.nextLong(Duration.ofMillis(300).toNanos());
      long due = System.nanoTime() + delayNanos;
      Runnable task =
          () -> {
            if (System.nanoTime() < due) {
              early.incrementAndGet();
            }
            all.countDown();
          };
      if (i % 2 == 0) {
        loop.schedule(Duration.ofNanos(delayNanos), task);
      } else {
        loop.execute(() -> loop.schedule(Duration.ofNanos(delayNanos), task));
      }
    }
    await(all);
    assertThat(early).hasValue(0);
  }

  @Test
  void zeroDelayBehavesLikeExecuteAndNegativeDelayIsRejected() throws Exception {
    CountDownLatch ran = new CountDownLatch(1);
    loop.schedule(Duration.ZERO, ran::countDown);
    await(ran);
    assertThatThrownBy(() -> loop.schedule(Duration.ofMillis(-1), () -> {}))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("PT-0.001S");
  }

  @Test
  void closeDropsQueuedWorkCancelsTimersJoinsAndRejectsLaterSubmissions() throws Exception {
    AtomicInteger ran = new AtomicInteger();
    AtomicReference<Thread> loopThread = new AtomicReference<>();
    CountDownLatch blocked = new CountDownLatch(1);
    CountDownLatch release = new CountDownLatch(1);
    loop.execute(
        () -> {
          loopThread.set(Thread.currentThread());
          blocked.countDown();
          try {
            release.await();
          } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
          }
        });
    await(blocked);
    loop.execute(ran::incrementAndGet);
    Loop.Timer timer = loop.schedule(Duration.ofMillis(5), ran::incrementAndGet);
    Thread closer = new Thread(loop::close);
    closer.start();
    while (!loop.isClosed()) {
      Thread.onSpinWait();
    }
    release.countDown();
    closer.join(TimeUnit.SECONDS.toMillis(WAIT_SECONDS));
    assertThat(closer.isAlive()).isFalse();
    assertThat(loopThread.get().isAlive()).isFalse();
    assertThat(ran).hasValue(0);
    assertThat(timer.cancel()).isFalse();
    assertThatThrownBy(() -> loop.execute(() -> {}))
        .isInstanceOf(RejectedExecutionException.class)
        .hasMessageContaining("sip-loop-test");
    assertThatThrownBy(() -> loop.schedule(Duration.ofMillis(1), () -> {}))
        .isInstanceOf(RejectedExecutionException.class);
    loop.close();
  }

  @Test
  void closeFromTheLoopThreadStopsAfterTheCurrentTask() throws Exception {
    AtomicInteger after = new AtomicInteger();
    CountDownLatch closed = new CountDownLatch(1);
    loop.execute(
        () -> {
          loop.close();
          closed.countDown();
        });
    await(closed);
    assertThatThrownBy(() -> loop.execute(after::incrementAndGet))
        .isInstanceOf(RejectedExecutionException.class);
    assertThat(after).hasValue(0);
  }

  @Test
  void closeFromATimerStopsTheOtherTimersOfTheSameTick() throws Exception {
    AtomicInteger after = new AtomicInteger();
    CountDownLatch closed = new CountDownLatch(1);
    loop.execute(
        () -> {
          loop.schedule(
              Duration.ofMillis(5),
              () -> {
                loop.close();
                closed.countDown();
              });
          loop.schedule(Duration.ofMillis(5), after::incrementAndGet);
        });
    await(closed);
    Thread.sleep(50);
    assertThat(after).hasValue(0);
  }

  @Test
  void asynchronousResultsHopBackToTheLoop() throws Exception {
    String thread =
        CompletableFuture.supplyAsync(() -> "answer")
            .thenApplyAsync(answer -> Thread.currentThread().getName(), loop)
            .get(WAIT_SECONDS, TimeUnit.SECONDS);
    assertThat(thread).isEqualTo("sip-loop-test");
  }

  @Test
  void clocksReadTheSystem() {
    long before = System.nanoTime();
    assertThat(loop.nanoTime()).isGreaterThanOrEqualTo(before);
    Instant wall = loop.wallTime();
    assertThat(Duration.between(wall, Instant.now()).abs()).isLessThan(Duration.ofMinutes(1));
  }

  @Test
  void badArgumentsAreNamed() {
    assertThatThrownBy(() -> EventLoop.start(" ")).hasMessageContaining("blank");
    assertThatThrownBy(() -> EventLoop.start("x", Duration.ofNanos(10), 512))
        .hasMessageContaining("tick");
    assertThatThrownBy(() -> EventLoop.start("x", Duration.ofMillis(1), 500))
        .hasMessageContaining("500");
  }
}
