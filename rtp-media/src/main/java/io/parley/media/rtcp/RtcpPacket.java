package io.parley.media.rtcp;

/**
 * One packet inside an RTCP compound packet (RFC 3550 §6.4-§6.7).
 *
 * <pre>
 *  0                   1                   2                   3
 *  0 1 2 3 4 5 6 7 8 9 0 1 2 3 4 5 6 7 8 9 0 1 2 3 4 5 6 7 8 9 0 1
 * +-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+
 * |V=2|P|  count  |      PT       |   length (32-bit words - 1)   |
 * +-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+
 * </pre>
 */
public sealed interface RtcpPacket
    permits SenderReport,
        ReceiverReport,
        SourceDescription,
        Goodbye,
        ApplicationDefined,
        UnknownRtcpPacket {

  /** SR, RFC 3550 §6.4.1. */
  int SR = 200;

  /** RR, RFC 3550 §6.4.2. */
  int RR = 201;

  /** SDES, RFC 3550 §6.5. */
  int SDES = 202;

  /** BYE, RFC 3550 §6.6. */
  int BYE = 203;

  /** APP, RFC 3550 §6.7. */
  int APP = 204;

  /** Returns the PT field of this packet. */
  int packetType();

  /** Returns the length on the wire in bytes, header included, always a multiple of 4. */
  int length();

  /**
   * Writes the packet, header included, at {@code offset}.
   *
   * @throws IndexOutOfBoundsException if fewer than {@link #length()} bytes remain (a caller bug)
   */
  void writeTo(byte[] out, int offset);

  /** Writes the common header: version 2, no padding, {@code count}, type and length. */
  static void writeHeader(byte[] out, int offset, int count, int packetType, int length) {
    out[offset] = (byte) (0x80 | count);
    out[offset + 1] = (byte) packetType;
    io.parley.media.rtp.Bytes.put16(out, offset + 2, length / 4 - 1);
  }
}
