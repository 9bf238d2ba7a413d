package io.parley.transport.loop;

import java.util.ArrayDeque;

/**
 * A hashed timer wheel: {@code wheelSize} buckets of {@code tickNanos} each. A timer lands in the
 * bucket of the tick at which it falls due (its deadline rounded up to a tick), and fires when that
 * tick has passed, so it never fires early and at most one tick late (plus scheduling latency).
 * Timers due further out than one turn stay in their bucket until their turn comes.
 *
 * <p>Insert, cancel and fire cost O(1); a tick costs the length of one bucket. Used by the loop
 * thread only.
 */
final class TimerWheel {

  private final WheelTimer[] heads;
  private final WheelTimer[] tails;
  private final int mask;
  private final long tickNanos;
  private final long origin;
  private final ArrayDeque<WheelTimer> cancelled = new ArrayDeque<>();
  private long processedTick;
  private int size;

  TimerWheel(long origin, long tickNanos, int wheelSize) {
    this.origin = origin;
    this.tickNanos = tickNanos;
    this.heads = new WheelTimer[wheelSize];
    this.tails = new WheelTimer[wheelSize];
    this.mask = wheelSize - 1;
  }

  /** Whether {@code timer} is due at or before the last processed tick. */
  boolean isDue(WheelTimer timer) {
    return tickOf(timer.deadline()) <= processedTick;
  }

  /** Files a timer that is not yet due. */
  void insert(WheelTimer timer) {
    timer.targetTick = tickOf(timer.deadline());
    int index = (int) (timer.targetTick & mask);
    WheelTimer last = tails[index];
    timer.previous = last;
    timer.next = null;
    if (last == null) {
      heads[index] = timer;
    } else {
      last.next = timer;
    }
    tails[index] = timer;
    timer.linked = true;
    size++;
  }

  /** Notes a timer cancelled on the loop thread, to unlink it before the next tick. */
  void cancelled(WheelTimer timer) {
    cancelled.add(timer);
  }

  /** Unlinks timers cancelled since the last call. */
  void purgeCancelled() {
    WheelTimer timer;
    while ((timer = cancelled.poll()) != null) {
      if (timer.linked) {
        unlink(timer);
        timer.release();
      }
    }
  }

  /**
   * Fires, in bucket order, every timer due at or before {@code now}. Timers the tasks schedule or
   * cancel meanwhile are handled safely: cancels are deferred and new timers land after now.
   */
  void advance(long now) {
    long nowTick = Math.floorDiv(now - origin, tickNanos);
    if (nowTick <= processedTick) {
      return;
    }
    long from = processedTick + 1;
    // After a long stall, one pass over every bucket covers all ticks missed.
    if (nowTick - from >= heads.length) {
      from = nowTick - heads.length + 1;
    }
    processedTick = nowTick;
    for (long tick = from; tick <= nowTick; tick++) {
      expire((int) (tick & mask), nowTick);
    }
  }

  private void expire(int index, long nowTick) {
    WheelTimer timer = heads[index];
    while (timer != null) {
      WheelTimer following = timer.next;
      if (timer.isCancelled()) {
        unlink(timer);
        timer.release();
      } else if (timer.targetTick <= nowTick) {
        unlink(timer);
        timer.fire();
      }
      timer = following;
    }
  }

  /**
   * When the loop must wake for the next bucket holding a timer, on the loop's clock; {@link
   * Long#MAX_VALUE} if the wheel is empty. The timers there may still be a turn or more away, in
   * which case the loop wakes, finds nothing due and sleeps again.
   */
  long nextWakeNanos() {
    if (size == 0) {
      return Long.MAX_VALUE;
    }
    for (int step = 1; step <= heads.length; step++) {
      if (heads[(int) ((processedTick + step) & mask)] != null) {
        return origin + (processedTick + step) * tickNanos;
      }
    }
    return Long.MAX_VALUE;
  }

  /** Cancels every timer, for shutdown. */
  void clear() {
    for (int index = 0; index < heads.length; index++) {
      WheelTimer timer = heads[index];
      while (timer != null) {
        WheelTimer following = timer.next;
        timer.cancel();
        unlink(timer);
        timer.release();
        timer = following;
      }
    }
    cancelled.clear();
  }

  /** Number of timers filed, including cancelled ones not yet unlinked. */
  int size() {
    return size;
  }

  private long tickOf(long deadline) {
    return -Math.floorDiv(origin - deadline, tickNanos);
  }

  private void unlink(WheelTimer timer) {
    int index = (int) (timer.targetTick & mask);
    if (timer.previous == null) {
      heads[index] = timer.next;
    } else {
      timer.previous.next = timer.next;
    }
    if (timer.next == null) {
      tails[index] = timer.previous;
    } else {
      timer.next.previous = timer.previous;
    }
    timer.previous = null;
    timer.next = null;
    timer.linked = false;
    size--;
  }
}
