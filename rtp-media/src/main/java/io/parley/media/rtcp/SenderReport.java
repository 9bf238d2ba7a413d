package io.parley.media.rtcp;

import io.parley.media.rtp.Bytes;
import java.util.List;

/**
 * A sender report, SR (RFC 3550 §6.4.1).
 *
 * @param ssrc the sender
 * @param ntpTimestamp the 64-bit NTP-format timestamp of the report
 * @param rtpTimestamp the RTP timestamp matching {@code ntpTimestamp}
 * @param packetCount the sender's packet count
 * @param octetCount the sender's payload octet count
 * @param reports up to 31 reception report blocks
 */
public record SenderReport(
    long ssrc,
    long ntpTimestamp,
    long rtpTimestamp,
    long packetCount,
    long octetCount,
    List<ReportBlock> reports)
    implements RtcpPacket {

  /**
   * Copies the blocks.
   *
   * @throws IllegalArgumentException if there are more than 31 blocks
   */
  public SenderReport {
    reports = List.copyOf(reports);
    if (reports.size() > 31) {
      throw new IllegalArgumentException("at most 31 report blocks, got " + reports.size());
    }
  }

  /** Returns the middle 32 bits of the NTP timestamp: the LSR value receivers echo. */
  public long compactNtp() {
    return (ntpTimestamp >>> 16) & 0xFFFF_FFFFL;
  }

  @Override
  public int packetType() {
    return SR;
  }

  @Override
  public int length() {
    return 28 + ReportBlock.LENGTH * reports.size();
  }

  @Override
  public void writeTo(byte[] out, int offset) {
    RtcpPacket.writeHeader(out, offset, reports.size(), SR, length());
    Bytes.put32(out, offset + 4, ssrc);
    Bytes.put32(out, offset + 8, ntpTimestamp >>> 32);
    Bytes.put32(out, offset + 12, ntpTimestamp & 0xFFFF_FFFFL);
    Bytes.put32(out, offset + 16, rtpTimestamp);
    Bytes.put32(out, offset + 20, packetCount);
    Bytes.put32(out, offset + 24, octetCount);
    for (int i = 0; i < reports.size(); i++) {
      reports.get(i).writeTo(out, offset + 28 + ReportBlock.LENGTH * i);
    }
  }
}
