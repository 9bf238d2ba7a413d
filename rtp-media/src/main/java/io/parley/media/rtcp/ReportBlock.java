package io.parley.media.rtcp;

import io.parley.media.rtp.Bytes;

/**
 * A reception report block (RFC 3550 §6.4.1), 24 bytes in an SR or RR.
 *
 * @param ssrc the source this block reports on
 * @param fractionLost the fraction lost since the previous report, in 1/256 units (0..255)
 * @param cumulativeLost the packets lost since reception began, a signed 24-bit value
 * @param extendedHighestSequence the extended highest sequence number received
 * @param jitter the interarrival jitter in timestamp units
 * @param lastSenderReport the middle 32 bits of the NTP timestamp of the last SR received (LSR)
 * @param delaySinceLastSenderReport the delay since that SR in 1/65536 seconds (DLSR)
 */
public record ReportBlock(
    long ssrc,
    int fractionLost,
    int cumulativeLost,
    long extendedHighestSequence,
    long jitter,
    long lastSenderReport,
    long delaySinceLastSenderReport) {

  /** The block length on the wire. */
  public static final int LENGTH = 24;

  /**
   * Validates each field against its wire width; {@code cumulativeLost} is clamped to the signed
   * 24-bit range as RFC 3550 §6.4.1 asks.
   *
   * @throws IllegalArgumentException if a 32-bit field or the fraction does not fit
   */
  public ReportBlock {
    check("ssrc", ssrc);
    check("extendedHighestSequence", extendedHighestSequence);
    check("jitter", jitter);
    check("lastSenderReport", lastSenderReport);
    check("delaySinceLastSenderReport", delaySinceLastSenderReport);
    if (fractionLost < 0 || fractionLost > 255) {
      throw new IllegalArgumentException("fractionLost must be 0..255, got " + fractionLost);
    }
    cumulativeLost = Math.max(-0x800000, Math.min(0x7FFFFF, cumulativeLost));
  }

  static ReportBlock read(byte[] data, int offset) {
    int lost = (int) (Bytes.u32(data, offset + 4) & 0xFFFFFF);
    return new ReportBlock(
        Bytes.u32(data, offset),
        data[offset + 4] & 0xFF,
        lost << 8 >> 8,
        Bytes.u32(data, offset + 8),
        Bytes.u32(data, offset + 12),
        Bytes.u32(data, offset + 16),
        Bytes.u32(data, offset + 20));
  }

  void writeTo(byte[] out, int offset) {
    Bytes.put32(out, offset, ssrc);
    Bytes.put32(out, offset + 4, ((long) fractionLost << 24) | (cumulativeLost & 0xFFFFFF));
    Bytes.put32(out, offset + 8, extendedHighestSequence);
    Bytes.put32(out, offset + 12, jitter);
    Bytes.put32(out, offset + 16, lastSenderReport);
    Bytes.put32(out, offset + 20, delaySinceLastSenderReport);
  }

  private static void check(String name, long value) {
    if (value < 0 || value > 0xFFFF_FFFFL) {
      throw new IllegalArgumentException(name + " must fit 32 unsigned bits, got " + value);
    }
  }
}
