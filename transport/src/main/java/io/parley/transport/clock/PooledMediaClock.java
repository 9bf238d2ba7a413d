package io.parley.transport.clock;

import io.parley.media.port.MediaClockFactory.CloseableMediaClock;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.LongAdder;

/**
 * A media clock that drives every subscription from a fixed, small pool of threads.
 *
 * <p>Each subscription keeps its own phase: tick {@code n} is due at {@code start + n * period} on
 * {@link System#nanoTime}, so lateness never accumulates into drift. A tick that runs one or more
 * periods after its deadline carries the number of periods in {@code late}; missed ticks are run
 * back to back to catch up, unless the backlog exceeds {@value #MAX_BACKLOG} periods, in which case
 * the subscription jumps to the present and the skipped ticks are counted.
 */
public final class PooledMediaClock implements CloseableMediaClock {

  /** Beyond this many periods behind, catching up would only deliver stale audio. */
  static final int MAX_BACKLOG = 10;

  private final List<ClockWorker> workers = new ArrayList<>();
  private final AtomicInteger nextWorker = new AtomicInteger();
  private final LongAdder lateTicks = new LongAdder();
  private final LongAdder skippedTicks = new LongAdder();
  private volatile boolean closed;

  /**
   * Starts the pool.
   *
   * @param threads how many threads share the subscriptions, at least 1
   * @throws IllegalArgumentException if {@code threads} is less than 1
   */
  public PooledMediaClock(int threads) {
    if (threads < 1) {
      throw new IllegalArgumentException("a media clock needs at least 1 thread, got " + threads);
    }
    for (int i = 0; i < threads; i++) {
      workers.add(new ClockWorker("parley-media-clock-" + i, lateTicks, skippedTicks));
    }
    workers.forEach(ClockWorker::start);
  }

  /**
   * {@inheritDoc}
   *
   * @throws IllegalStateException if the clock is closed
   */
  @Override
  public Subscription every(int frameMillis, Tick tick) {
    if (frameMillis <= 0) {
      throw new IllegalArgumentException("frameMillis must be positive, got " + frameMillis);
    }
    if (tick == null) {
      throw new IllegalArgumentException("tick must not be null");
    }
    if (closed) {
      throw new IllegalStateException("the media clock is closed");
    }
    long period = frameMillis * 1_000_000L;
    ClockWorker worker = workers.get(Math.floorMod(nextWorker.getAndIncrement(), workers.size()));
    ClockSubscription subscription = new ClockSubscription(tick, period, System.nanoTime());
    worker.add(subscription);
    return subscription;
  }

  /** Returns how many ticks ran at least one period after their deadline. */
  public long lateTicks() {
    return lateTicks.sum();
  }

  /** Returns how many ticks were dropped because a subscription fell too far behind. */
  public long skippedTicks() {
    return skippedTicks.sum();
  }

  /** Returns how many subscriptions are active. */
  public int subscriptions() {
    return workers.stream().mapToInt(ClockWorker::size).sum();
  }

  @Override
  public void close() {
    closed = true;
    workers.forEach(ClockWorker::stop);
  }
}
