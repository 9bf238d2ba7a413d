package io.parley.media.port;

/**
 * Creates {@link MediaClock}s: the adapter's entry point for {@link java.util.ServiceLoader}. The
 * {@code transport} module provides a pooled clock on the monotonic system timer.
 */
public interface MediaClockFactory {

  /**
   * Creates a clock that drives all its subscriptions from {@code threads} threads.
   *
   * @param threads the pool size, at least 1 (one or two carry hundreds of streams)
   * @return a running clock; the caller closes it
   * @throws IllegalArgumentException if {@code threads} is less than 1
   */
  CloseableMediaClock create(int threads);

  /** A media clock that owns threads and must be closed. */
  interface CloseableMediaClock extends MediaClock, AutoCloseable {

    /** Cancels every subscription and stops the threads, waiting for running ticks to finish. */
    @Override
    void close();
  }
}
