package io.parley.testkit.loop;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.parley.sip.port.Loop;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class VirtualLoopTest {

  private final VirtualLoop loop = new VirtualLoop();
  private final List<String> log = new ArrayList<>();

  @Test
  void nothingRunsUntilTheTestDrivesTheLoop() {
    loop.execute(() -> log.add("a"));
    assertThat(log).isEmpty();
    assertThat(loop.runPending()).isEqualTo(1);
    assertThat(log).containsExactly("a");
  }

  @Test
  void timersFireAtTheirOwnInstantInOrder() {
    List<Long> firedAt = new ArrayList<>();
    loop.schedule(Duration.ofMillis(500), () -> firedAt.add(loop.nanoTime()));
    loop.schedule(Duration.ofMillis(100), () -> firedAt.add(loop.nanoTime()));
    loop.advance(Duration.ofMillis(499));
    assertThat(firedAt).containsExactly(Duration.ofMillis(100).toNanos());
    loop.advance(Duration.ofMillis(1));
    assertThat(firedAt).containsExactly(100_000_000L, 500_000_000L);
    assertThat(loop.elapsed()).isEqualTo(Duration.ofMillis(500));
  }

  @Test
  void timersDueAtTheSameInstantFireInSchedulingOrder() {
    loop.schedule(Duration.ofSeconds(1), () -> log.add("first"));
    loop.schedule(Duration.ofSeconds(1), () -> log.add("second"));
    loop.advance(Duration.ofSeconds(1));
    assertThat(log).containsExactly("first", "second");
  }

  @Test
  void aTimerScheduledByATimerFiresWithinTheSameAdvance() {
    // RFC 3261 §17.1.2.2 Timer E doubles: 500 ms, then 1 s later, then 2 s later.
    Runnable[] retransmit = new Runnable[1];
    long[] interval = {500};
    retransmit[0] =
        () -> {
          log.add("E@" + Duration.ofNanos(loop.nanoTime()).toMillis());
          interval[0] *= 2;
          loop.schedule(Duration.ofMillis(interval[0]), retransmit[0]);
        };
    loop.schedule(Duration.ofMillis(500), retransmit[0]);
    loop.advance(Duration.ofMillis(3500));
    assertThat(log).containsExactly("E@500", "E@1500", "E@3500");
  }

  @Test
  void cancelledTimersNeverFire() {
    Loop.Timer timer = loop.schedule(Duration.ofSeconds(32), () -> log.add("timer B"));
    assertThat(loop.pendingTimers()).isEqualTo(1);
    assertThat(timer.cancel()).isTrue();
    assertThat(timer.cancel()).isFalse();
    loop.advance(Duration.ofMinutes(1));
    assertThat(log).isEmpty();
    assertThat(loop.pendingTimers()).isZero();
  }

  @Test
  void advanceToNextTimerJumpsExactlyToIt() {
    loop.schedule(Duration.ofSeconds(32), () -> log.add("timer B"));
    assertThat(loop.advanceToNextTimer()).isEqualTo(Duration.ofSeconds(32));
    assertThat(log).containsExactly("timer B");
    assertThat(loop.advanceToNextTimer()).isEqualTo(Duration.ZERO);
  }

  @Test
  void wallTimeFollowsTheVirtualClock() {
    VirtualLoop fromOrigin = new VirtualLoop(Instant.parse("2030-05-01T10:00:00Z"));
    fromOrigin.advance(Duration.ofMinutes(3));
    assertThat(fromOrigin.wallTime()).isEqualTo(Instant.parse("2030-05-01T10:03:00Z"));
  }

  @Test
  void negativeDelaysAndBackwardMovesAreRejected() {
    assertThatThrownBy(() -> loop.schedule(Duration.ofMillis(-1), () -> {}))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("delay");
    assertThatThrownBy(() -> loop.advance(Duration.ofMillis(-1)))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("backwards");
  }
}
