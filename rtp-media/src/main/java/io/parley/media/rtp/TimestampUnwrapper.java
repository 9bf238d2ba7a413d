package io.parley.media.rtp;

/**
 * Extends 32-bit RTP timestamps into a monotonic 64-bit timeline (RFC 3550 §5.1: the timestamp
 * wraps and may start anywhere) and reports jumps that are not explained by elapsed packets, the
 * sign of a new talkspurt after silence suppression or of a restarted sender.
 */
public final class TimestampUnwrapper {

  private final long jumpThreshold;
  private boolean started;
  private long lastRaw;
  private long lastExtended;
  private long lastJump;

  /**
   * Creates an unwrapper.
   *
   * @param jumpThreshold a forward or backward step larger than this many timestamp units counts as
   *     a jump (for 8 kHz audio, 8000 is one second)
   * @throws IllegalArgumentException if {@code jumpThreshold} is not positive
   */
  public TimestampUnwrapper(long jumpThreshold) {
    if (jumpThreshold <= 0) {
      throw new IllegalArgumentException("jumpThreshold must be positive, got " + jumpThreshold);
    }
    this.jumpThreshold = jumpThreshold;
  }

  /**
   * Extends one timestamp. Steps are read as signed 32-bit differences, so a reordered packet maps
   * just before its successor, and a wrap from 0xFFFFFFFF to 0 moves forward by one.
   *
   * @param timestamp the 32-bit RTP timestamp
   * @return the extended timestamp; the first call returns {@code timestamp} itself
   */
  public long extend(long timestamp) {
    long raw = timestamp & 0xFFFF_FFFFL;
    if (!started) {
      started = true;
      lastRaw = raw;
      lastExtended = raw;
      return raw;
    }
    long step = (int) (raw - lastRaw);
    lastJump = Math.abs(step) > jumpThreshold ? step : 0;
    lastRaw = raw;
    lastExtended += step;
    return lastExtended;
  }

  /**
   * Returns the step of the last {@link #extend} call if it was a jump, else 0. A jump together
   * with a marker bit is a talkspurt start; without it, a discontinuity the jitter buffer must
   * resynchronise to.
   */
  public long lastJump() {
    return lastJump;
  }
}
