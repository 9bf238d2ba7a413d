package io.parley.media.port;

/**
 * The clock that paces every media stream: one clock drives all streams from a small pool of
 * threads, so there is no thread per call.
 *
 * <p>Each tick hands the registered streams the same frame instant; a stream uses it to pull its
 * jitter buffer and to stamp what it sends. Implementations call ticks in order and never
 * concurrently for the same subscription.
 */
public interface MediaClock {

  /**
   * Calls {@code tick} every {@code frameMillis} milliseconds of media time until the returned
   * subscription is cancelled.
   *
   * @param frameMillis the frame period (10, 20, 30, 40 or 60 ms for the usual codecs)
   * @throws IllegalArgumentException if {@code frameMillis} is not positive
   */
  Subscription every(int frameMillis, Tick tick);

  /** Receives the clock's ticks. */
  @FunctionalInterface
  interface Tick {

    /**
     * One frame period has passed.
     *
     * @param mediaNanos the instant of this frame on the media clock, in nanoseconds
     * @param late how many frame periods this tick comes late (0 when on time); a stream may skip
     *     work to catch up
     */
    void onTick(long mediaNanos, int late);
  }

  /** A registration with the clock. */
  interface Subscription extends AutoCloseable {

    /** Stops the ticks; the current tick, if one is running, completes. */
    @Override
    void close();
  }
}
