package io.parley.media.rtcp;

import java.util.Arrays;

/**
 * An RTCP packet of a type this stack does not interpret (for example RTPFB or XR); kept whole so a
 * compound packet still parses and can be relayed.
 *
 * @param packetType the PT field
 * @param count the 5-bit count field
 * @param body the bytes after the 4-byte header, a multiple of 4 bytes
 */
public record UnknownRtcpPacket(int packetType, int count, byte[] body) implements RtcpPacket {

  /**
   * Copies the body.
   *
   * @throws IllegalArgumentException if the body length is not a multiple of 4
   */
  public UnknownRtcpPacket {
    body = body.clone();
    if (body.length % 4 != 0) {
      throw new IllegalArgumentException("RTCP body must be a multiple of 4 bytes");
    }
  }

  /** Returns a copy of the body. */
  @Override
  public byte[] body() {
    return body.clone();
  }

  @Override
  public int length() {
    return 4 + body.length;
  }

  @Override
  public void writeTo(byte[] out, int offset) {
    RtcpPacket.writeHeader(out, offset, count, packetType, length());
    System.arraycopy(body, 0, out, offset + 4, body.length);
  }

  @Override
  public boolean equals(Object other) {
    return other instanceof UnknownRtcpPacket that
        && packetType == that.packetType
        && count == that.count
        && Arrays.equals(body, that.body);
  }

  @Override
  public int hashCode() {
    return packetType * 31 + Arrays.hashCode(body);
  }

  @Override
  public String toString() {
    return "RTCP[PT=" + packetType + ", " + body.length + "B]";
  }
}
