package io.parley.media.rtcp;

/**
 * NTP-format timestamps for RTCP (RFC 3550 §4): 32 bits of seconds and 32 bits of fraction, and the
 * "compact" middle 32 bits used by LSR and DLSR.
 *
 * <p>Round-trip time only needs one monotonic clock per end, because the far end echoes our own SR
 * timestamp back; so the media clock's nanoseconds are mapped straight to this format and no wall
 * clock is read.
 */
public final class NtpTime {

  private static final long NANOS_PER_SECOND = 1_000_000_000L;

  private NtpTime() {}

  /**
   * Converts clock nanoseconds to the 64-bit NTP format.
   *
   * @param nanos a non-negative instant in nanoseconds
   * @throws IllegalArgumentException if {@code nanos} is negative
   */
  public static long fromNanos(long nanos) {
    if (nanos < 0) {
      throw new IllegalArgumentException("nanos must not be negative, got " + nanos);
    }
    long seconds = nanos / NANOS_PER_SECOND;
    long fraction = ((nanos % NANOS_PER_SECOND) << 32) / NANOS_PER_SECOND;
    return seconds << 32 | fraction;
  }

  /** Returns the middle 32 bits of a 64-bit NTP timestamp (units of 1/65536 s). */
  public static long compact(long ntp) {
    return (ntp >>> 16) & 0xFFFF_FFFFL;
  }

  /** Converts a duration in 1/65536 seconds to nanoseconds. */
  public static long compactToNanos(long compact) {
    return compact * NANOS_PER_SECOND >>> 16;
  }

  /** Converts a non-negative duration in nanoseconds to 1/65536 seconds, truncating to 32 bits. */
  public static long nanosToCompact(long nanos) {
    return ((nanos << 16) / NANOS_PER_SECOND) & 0xFFFF_FFFFL;
  }

  /**
   * Computes the round-trip time from a report block about our stream (RFC 3550 §6.4.1): arrival
   * time minus LSR minus DLSR.
   *
   * @param block the far end's report on our stream
   * @param arrivalNanos when the report arrived, on the clock our SRs were stamped with
   * @return the round-trip time in nanoseconds, or -1 if the far end has not yet seen an SR
   */
  public static long roundTripNanos(ReportBlock block, long arrivalNanos) {
    if (block.lastSenderReport() == 0) {
      return -1;
    }
    long arrival = compact(fromNanos(arrivalNanos));
    long rtt =
        (arrival - block.lastSenderReport() - block.delaySinceLastSenderReport()) & 0xFFFF_FFFFL;
    return rtt > 0x8000_0000L ? 0 : compactToNanos(rtt);
  }
}
