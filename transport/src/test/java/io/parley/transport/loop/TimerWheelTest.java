package io.parley.transport.loop;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** Drives the wheel with explicit times, so every tick boundary is exact. */
class TimerWheelTest {

  private static final long MS = 1_000_000L;
  private static final long ORIGIN = 1_000 * MS;

  private final EventLoop owner = EventLoop.start("wheel-owner");
  private final TimerWheel wheel = new TimerWheel(ORIGIN, MS, 16);
  private final List<String> fired = new ArrayList<>();

  @AfterEach
  void closeOwner() {
    owner.close();
  }

  private WheelTimer add(String label, long deadlineMs) {
    WheelTimer timer = new WheelTimer(owner, ORIGIN + deadlineMs * MS, () -> fired.add(label));
    wheel.insert(timer);
    return timer;
  }

  @Test
  void timerNeverFiresBeforeItsDeadline() {
    WheelTimer timer = new WheelTimer(owner, ORIGIN + 5 * MS + 1, () -> fired.add("a"));
    wheel.insert(timer);
    wheel.advance(ORIGIN + 5 * MS);
    assertThat(fired).isEmpty();
    wheel.advance(ORIGIN + 6 * MS - 1);
    assertThat(fired).isEmpty();
    wheel.advance(ORIGIN + 6 * MS);
    assertThat(fired).containsExactly("a");
    assertThat(wheel.size()).isZero();
  }

  @Test
  void timersFireInDeadlineOrderAndSameTickInScheduleOrder() {
    add("c", 3);
    add("a", 1);
    add("b1", 2);
    add("b2", 2);
    wheel.advance(ORIGIN + 10 * MS);
    assertThat(fired).containsExactly("a", "b1", "b2", "c");
  }

  @Test
  void timersBeyondOneTurnWaitForTheirTurn() {
    add("late", 40);
    add("early", 8);
    wheel.advance(ORIGIN + 24 * MS);
    assertThat(fired).containsExactly("early");
    wheel.advance(ORIGIN + 39 * MS);
    assertThat(fired).containsExactly("early");
    wheel.advance(ORIGIN + 40 * MS);
    assertThat(fired).containsExactly("early", "late");
  }

  @Test
  void aLongStallFiresEverythingDueExactlyOnce() {
    for (int ms = 1; ms <= 100; ms++) {
      add("t" + ms, ms);
    }
    wheel.advance(ORIGIN + 1_000 * MS);
    assertThat(fired).hasSize(100).doesNotHaveDuplicates();
    assertThat(wheel.size()).isZero();
  }

  @Test
  void cancelledTimersAreUnlinkedAndNeverFire() {
    WheelTimer keep = add("keep", 3);
    WheelTimer drop = add("drop", 3);
    assertThat(drop.cancel()).isTrue();
    wheel.cancelled(drop);
    wheel.purgeCancelled();
    assertThat(wheel.size()).isEqualTo(1);
    wheel.advance(ORIGIN + 3 * MS);
    assertThat(fired).containsExactly("keep");
    assertThat(keep.cancel()).isFalse();
  }

  @Test
  void cancelFromAnotherThreadIsRemovedWhenTheBucketComesUp() {
    WheelTimer drop = add("drop", 20);
    assertThat(drop.cancel()).isTrue();
    assertThat(wheel.size()).isEqualTo(1);
    wheel.advance(ORIGIN + 4 * MS);
    assertThat(wheel.size()).isZero();
    assertThat(fired).isEmpty();
  }

  @Test
  void nextWakeIsTheNextOccupiedTick() {
    assertThat(wheel.nextWakeNanos()).isEqualTo(Long.MAX_VALUE);
    add("a", 7);
    assertThat(wheel.nextWakeNanos()).isEqualTo(ORIGIN + 7 * MS);
  }

  @Test
  void aTaskMayScheduleIntoTheBucketBeingFired() {
    WheelTimer first =
        new WheelTimer(
            owner,
            ORIGIN + 2 * MS,
            () -> {
              fired.add("first");
              add("again", 18);
            });
    wheel.insert(first);
    wheel.advance(ORIGIN + 2 * MS);
    assertThat(fired).containsExactly("first");
    wheel.advance(ORIGIN + 18 * MS);
    assertThat(fired).containsExactly("first", "again");
  }
}
