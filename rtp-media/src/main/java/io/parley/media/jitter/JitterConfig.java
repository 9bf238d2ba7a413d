package io.parley.media.jitter;

/**
 * Jitter buffer settings.
 *
 * @param clockRate the RTP clock rate of the stream (8000 for G.711)
 * @param frameMillis the packet duration, 10..120 ms
 * @param minDelayMillis the smallest target delay
 * @param initialDelayMillis the target before any delay was measured
 * @param maxDelayMillis the largest target delay; beyond it frames are dropped at once
 */
public record JitterConfig(
    int clockRate,
    int frameMillis,
    int minDelayMillis,
    int initialDelayMillis,
    int maxDelayMillis) {

  /**
   * Validates the settings.
   *
   * @throws IllegalArgumentException if the rate is not positive, the frame is outside 10..120 ms,
   *     or the delays are not ordered min &lt;= initial &lt;= max
   */
  public JitterConfig {
    if (clockRate <= 0 || frameMillis < 10 || frameMillis > 120) {
      throw new IllegalArgumentException(
          "need a positive clock rate and a 10..120 ms frame, got "
              + clockRate
              + " Hz and "
              + frameMillis
              + " ms");
    }
    if (minDelayMillis < 0
        || minDelayMillis > initialDelayMillis
        || initialDelayMillis > maxDelayMillis) {
      throw new IllegalArgumentException(
          "need 0 <= min <= initial <= max delay, got "
              + minDelayMillis
              + "/"
              + initialDelayMillis
              + "/"
              + maxDelayMillis);
    }
  }

  /** The usual voice settings: 20 ms frames, 20..400 ms delay starting at 60 ms. */
  public static JitterConfig voice(int clockRate) {
    return new JitterConfig(clockRate, 20, 20, 60, 400);
  }

  /** Returns the frame length in RTP timestamp units. */
  public int frameUnits() {
    return clockRate * frameMillis / 1000;
  }

  /** Returns how many packets fit: twice the maximum delay in frames, plus slack. */
  int capacity() {
    return 2 * maxDelayMillis / frameMillis + 8;
  }

  long millisToUnits(int millis) {
    return (long) millis * clockRate / 1000;
  }
}
