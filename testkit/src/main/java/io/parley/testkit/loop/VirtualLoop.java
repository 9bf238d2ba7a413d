package io.parley.testkit.loop;

import io.parley.sip.port.Loop;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayDeque;
import java.util.Objects;
import java.util.PriorityQueue;

/**
 * A {@link Loop} driven by a test: nothing runs until the test calls {@link #runPending()} or
 * {@link #advance(Duration)}, and time only moves through {@link #advance(Duration)}.
 *
 * <p>Timers due at the same instant fire in the order they were scheduled, so every run of a test
 * gives the same result. Not thread-safe: one test thread drives it.
 */
public final class VirtualLoop implements Loop {

  private final ArrayDeque<Runnable> ready = new ArrayDeque<>();
  private final PriorityQueue<VirtualTimer> timers = new PriorityQueue<>();
  private final Instant wallOrigin;
  private long now;
  private long sequence;

  /** A loop whose wall clock starts at {@code 2026-01-01T00:00:00Z}. */
  public VirtualLoop() {
    this(Instant.parse("2026-01-01T00:00:00Z"));
  }

  /** A loop whose wall clock starts at {@code wallOrigin}. */
  public VirtualLoop(Instant wallOrigin) {
    this.wallOrigin = Objects.requireNonNull(wallOrigin, "wallOrigin");
  }

  @Override
  public synchronized void execute(Runnable task) {
    ready.add(Objects.requireNonNull(task, "task"));
  }

  @Override
  public synchronized Timer schedule(Duration delay, Runnable task) {
    Objects.requireNonNull(task, "task");
    if (delay.isNegative()) {
      throw new IllegalArgumentException("delay must not be negative: " + delay);
    }
    VirtualTimer timer = new VirtualTimer(now + delay.toNanos(), sequence++, task);
    timers.add(timer);
    return timer;
  }

  @Override
  public synchronized long nanoTime() {
    return now;
  }

  @Override
  public Instant wallTime() {
    return wallOrigin.plusNanos(nanoTime());
  }

  /** Time elapsed on this loop since it was created. */
  public Duration elapsed() {
    return Duration.ofNanos(nanoTime());
  }

  /**
   * Runs every task that is ready now, including tasks those tasks submit, without moving the
   * clock.
   *
   * @return the number of tasks run
   */
  public int runPending() {
    int count = 0;
    Runnable task;
    while ((task = nextReady()) != null) {
      task.run();
      count++;
    }
    return count;
  }

  /**
   * Moves the clock forward by {@code duration}, firing every timer that falls due on the way at
   * its own instant, and running ready tasks between them.
   *
   * @return the number of tasks and timers run
   * @throws IllegalArgumentException if {@code duration} is negative
   */
  public int advance(Duration duration) {
    if (duration.isNegative()) {
      throw new IllegalArgumentException("cannot move time backwards: " + duration);
    }
    long target = nanoTime() + duration.toNanos();
    int count = runPending();
    VirtualTimer next;
    while ((next = nextDue(target)) != null) {
      if (next.fire()) {
        count++;
      }
      count += runPending();
    }
    synchronized (this) {
      now = target;
    }
    return count;
  }

  /**
   * Moves the clock to the next pending timer and fires it (and all timers due at that same
   * instant).
   *
   * @return the time moved, or {@link Duration#ZERO} if no timer is pending
   */
  public Duration advanceToNextTimer() {
    runPending();
    Duration step;
    synchronized (this) {
      VirtualTimer next = timers.peek();
      while (next != null && next.cancelled) {
        timers.poll();
        next = timers.peek();
      }
      if (next == null) {
        return Duration.ZERO;
      }
      step = Duration.ofNanos(next.due - now);
    }
    advance(step);
    return step;
  }

  private synchronized Runnable nextReady() {
    return ready.poll();
  }

  /** Takes the next timer due by {@code target} and moves the clock to it, or returns null. */
  private synchronized VirtualTimer nextDue(long target) {
    VirtualTimer next = timers.peek();
    if (next == null || next.due > target) {
      return null;
    }
    timers.poll();
    now = next.due;
    return next;
  }

  /** Number of timers scheduled and not yet fired or cancelled. */
  public synchronized int pendingTimers() {
    int count = 0;
    for (VirtualTimer timer : timers) {
      if (!timer.cancelled) {
        count++;
      }
    }
    return count;
  }

  private static final class VirtualTimer implements Timer, Comparable<VirtualTimer> {
    private final long due;
    private final long order;
    private final Runnable task;
    private volatile boolean cancelled;
    private volatile boolean fired;

    VirtualTimer(long due, long order, Runnable task) {
      this.due = due;
      this.order = order;
      this.task = task;
    }

    boolean fire() {
      if (cancelled) {
        return false;
      }
      fired = true;
      task.run();
      return true;
    }

    @Override
    public boolean cancel() {
      if (cancelled || fired) {
        return false;
      }
      cancelled = true;
      return true;
    }

    @Override
    public int compareTo(VirtualTimer other) {
      int byDue = Long.compare(due, other.due);
      return byDue != 0 ? byDue : Long.compare(order, other.order);
    }
  }
}
