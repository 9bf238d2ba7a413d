package io.parley.benchmarks.transaction;

import io.parley.sip.port.Loop;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.List;

/**
 * A single-threaded loop for benchmarks: tasks run when the benchmark drains them, timers cost O(1)
 * to schedule and cancel (as on the production timer wheel), and cancelled timers are dropped in
 * bulk. The virtual loop of the testkit keeps cancelled timers in a priority queue until they fall
 * due, which is right for tests and wrong for measuring.
 */
final class ManualLoop implements Loop {

  private final ArrayDeque<Runnable> ready = new ArrayDeque<>();
  private List<ManualTimer> timers = new ArrayList<>();
  private long now;

  @Override
  public void execute(Runnable task) {
    ready.add(task);
  }

  @Override
  public Timer schedule(Duration delay, Runnable task) {
    ManualTimer timer = new ManualTimer(now + delay.toNanos(), task);
    timers.add(timer);
    return timer;
  }

  @Override
  public long nanoTime() {
    return now;
  }

  @Override
  public Instant wallTime() {
    return Instant.EPOCH.plusNanos(now);
  }

  void runPending() {
    Runnable task;
    while ((task = ready.poll()) != null) {
      task.run();
    }
  }

  /** Moves the clock and fires what fell due (in scheduling order; fine for benchmarks). */
  void advance(Duration duration) {
    now += duration.toNanos();
    List<ManualTimer> due = timers;
    timers = new ArrayList<>();
    for (ManualTimer timer : due) {
      if (timer.cancelled) {
        continue;
      }
      if (timer.due <= now) {
        timer.cancelled = true;
        timer.task.run();
        runPending();
      } else {
        timers.add(timer);
      }
    }
  }

  /** Drops cancelled timers so the list does not grow. */
  void compact() {
    timers.removeIf(t -> t.cancelled);
  }

  int liveTimers() {
    compact();
    return timers.size();
  }

  private static final class ManualTimer implements Timer {
    private final long due;
    private final Runnable task;
    private boolean cancelled;

    ManualTimer(long due, Runnable task) {
      this.due = due;
      this.task = task;
    }

    @Override
    public boolean cancel() {
      boolean was = !cancelled;
      cancelled = true;
      return was;
    }
  }
}
