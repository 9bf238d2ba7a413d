package io.parley.media.rtcp;

import io.parley.media.rtp.Bytes;
import java.nio.charset.StandardCharsets;
import java.util.List;

/**
 * A BYE packet (RFC 3550 §6.6): the listed sources leave the session.
 *
 * @param ssrcs the sources leaving, at most 31
 * @param reason why, or the empty string for no reason
 */
public record Goodbye(List<Long> ssrcs, String reason) implements RtcpPacket {

  /**
   * Validates the packet.
   *
   * @throws IllegalArgumentException if there are more than 31 sources or the reason exceeds 255
   *     bytes
   */
  public Goodbye {
    ssrcs = List.copyOf(ssrcs);
    if (ssrcs.size() > 31) {
      throw new IllegalArgumentException("at most 31 sources in a BYE, got " + ssrcs.size());
    }
    if (reason.getBytes(StandardCharsets.UTF_8).length > 255) {
      throw new IllegalArgumentException("BYE reason must be at most 255 bytes");
    }
  }

  @Override
  public int packetType() {
    return BYE;
  }

  @Override
  public int length() {
    int length = 4 + 4 * ssrcs.size();
    int reasonLength = reason.getBytes(StandardCharsets.UTF_8).length;
    return reasonLength == 0 ? length : length + ((1 + reasonLength + 3) & ~3);
  }

  @Override
  public void writeTo(byte[] out, int offset) {
    RtcpPacket.writeHeader(out, offset, ssrcs.size(), BYE, length());
    int position = offset + 4;
    for (long ssrc : ssrcs) {
      Bytes.put32(out, position, ssrc);
      position += 4;
    }
    byte[] text = reason.getBytes(StandardCharsets.UTF_8);
    if (text.length > 0) {
      out[position] = (byte) text.length;
      System.arraycopy(text, 0, out, position + 1, text.length);
      java.util.Arrays.fill(out, position + 1 + text.length, offset + length(), (byte) 0);
    }
  }
}
