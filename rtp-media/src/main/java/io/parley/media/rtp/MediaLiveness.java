package io.parley.media.rtp;

/**
 * Decides when a stream must send an RTP keep-alive (while held or muted, so NAT bindings stay
 * open, RFC 6263) and when the far end has gone silent for longer than the media timeout.
 *
 * <p>Times are media-clock nanoseconds passed in by the caller; the class reads no clock.
 */
public final class MediaLiveness {

  private final long keepAliveNanos;
  private final long timeoutNanos;
  private long lastSent;
  private long lastReceived;

  /**
   * Creates the tracker; both intervals start at {@code nowNanos}.
   *
   * @param keepAliveNanos send a keep-alive when nothing was sent for this long (e.g. 15 s)
   * @param timeoutNanos report a timeout when nothing arrived for this long; 0 disables it
   * @param nowNanos the current media-clock time
   * @throws IllegalArgumentException if {@code keepAliveNanos} is not positive or {@code
   *     timeoutNanos} is negative
   */
  public MediaLiveness(long keepAliveNanos, long timeoutNanos, long nowNanos) {
    if (keepAliveNanos <= 0 || timeoutNanos < 0) {
      throw new IllegalArgumentException(
          "keepAliveNanos must be positive and timeoutNanos not negative, got "
              + keepAliveNanos
              + " and "
              + timeoutNanos);
    }
    this.keepAliveNanos = keepAliveNanos;
    this.timeoutNanos = timeoutNanos;
    this.lastSent = nowNanos;
    this.lastReceived = nowNanos;
  }

  /** Records that an RTP packet (media or keep-alive) was sent at {@code nowNanos}. */
  public void sent(long nowNanos) {
    lastSent = nowNanos;
  }

  /** Records that a valid RTP or RTCP packet arrived at {@code nowNanos}. */
  public void received(long nowNanos) {
    lastReceived = nowNanos;
  }

  /** Returns true if nothing was sent for the keep-alive interval. */
  public boolean keepAliveDue(long nowNanos) {
    return nowNanos - lastSent >= keepAliveNanos;
  }

  /** Returns true if a timeout is configured and nothing arrived for that long. */
  public boolean timedOut(long nowNanos) {
    return timeoutNanos > 0 && nowNanos - lastReceived >= timeoutNanos;
  }

  /**
   * Builds the RFC 6263 §4.6 keep-alive: an RTP packet with no payload, carrying a payload type the
   * far end did not negotiate so that it ignores it, and the stream's current sequence and
   * timestamp.
   *
   * @throws IllegalArgumentException if a field does not fit its wire width
   */
  public static RtpPacket keepAlivePacket(
      int unusedPayloadType, int sequenceNumber, long timestamp, long ssrc) {
    return RtpPacket.of(unusedPayloadType, sequenceNumber, timestamp, ssrc, false, new byte[0]);
  }
}
