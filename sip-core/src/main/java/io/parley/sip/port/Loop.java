package io.parley.sip.port;

import java.time.Duration;
import java.time.Instant;

/**
 * The single-threaded executor that every SIP state machine runs on.
 *
 * <p>The SIP domain holds no locks: every transaction, dialog and call of one shard lives on one
 * {@code Loop}, and all its timers (RFC 3261 §17 timers A to K, registration refresh, session
 * timers) are scheduled here. The real implementation runs one thread with a timer wheel; the
 * testkit's virtual loop only moves its clock when a test says so, so a 32-second Timer B test runs
 * in microseconds and gives the same result every time.
 *
 * <p>Implementations must run tasks in submission order, never run two tasks at once, and never run
 * a task on the caller's stack from {@link #execute} or {@link #schedule}.
 */
public interface Loop {

  /**
   * Runs {@code task} on the loop as soon as possible, after the tasks already queued.
   *
   * @throws java.util.concurrent.RejectedExecutionException if the loop has been shut down
   */
  void execute(Runnable task);

  /**
   * Runs {@code task} on the loop once {@code delay} has passed on this loop's clock.
   *
   * @param delay zero or positive; a zero delay behaves like {@link #execute}
   * @return a handle that cancels the task if it has not run yet
   * @throws IllegalArgumentException if {@code delay} is negative
   * @throws java.util.concurrent.RejectedExecutionException if the loop has been shut down
   */
  Timer schedule(Duration delay, Runnable task);

  /**
   * Monotonic time in nanoseconds, for measuring intervals only (its origin is arbitrary). Timers
   * scheduled on this loop fire according to this clock.
   */
  long nanoTime();

  /**
   * Wall-clock time, for timestamps users see (call detail records, logs). Never used to measure
   * intervals: it may jump.
   */
  Instant wallTime();

  /** A scheduled task. */
  interface Timer {

    /**
     * Cancels the task. Calling it after the task ran, or twice, does nothing.
     *
     * @return {@code true} if this call stopped the task from running
     */
    boolean cancel();
  }
}
