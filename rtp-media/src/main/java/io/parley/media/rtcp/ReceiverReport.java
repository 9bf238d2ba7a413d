package io.parley.media.rtcp;

import io.parley.media.rtp.Bytes;
import java.util.List;

/**
 * A receiver report, RR (RFC 3550 §6.4.2).
 *
 * @param ssrc the reporter
 * @param reports up to 31 reception report blocks
 */
public record ReceiverReport(long ssrc, List<ReportBlock> reports) implements RtcpPacket {

  /**
   * Copies the blocks.
   *
   * @throws IllegalArgumentException if there are more than 31 blocks
   */
  public ReceiverReport {
    reports = List.copyOf(reports);
    if (reports.size() > 31) {
      throw new IllegalArgumentException("at most 31 report blocks, got " + reports.size());
    }
  }

  @Override
  public int packetType() {
    return RR;
  }

  @Override
  public int length() {
    return 8 + ReportBlock.LENGTH * reports.size();
  }

  @Override
  public void writeTo(byte[] out, int offset) {
    RtcpPacket.writeHeader(out, offset, reports.size(), RR, length());
    Bytes.put32(out, offset + 4, ssrc);
    for (int i = 0; i < reports.size(); i++) {
      reports.get(i).writeTo(out, offset + 8 + ReportBlock.LENGTH * i);
    }
  }
}
