package io.parley.media.rtcp;

import io.parley.media.rtp.Bytes;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;

/**
 * An APP packet (RFC 3550 §6.7): application-defined data under a four-character name.
 *
 * @param subtype the 5-bit subtype
 * @param ssrc the sender
 * @param name four ASCII characters
 * @param data application data, a multiple of 4 bytes
 */
public record ApplicationDefined(int subtype, long ssrc, String name, byte[] data)
    implements RtcpPacket {

  /**
   * Validates the packet.
   *
   * @throws IllegalArgumentException if the subtype is outside 0..31, the name is not four ASCII
   *     characters or the data length is not a multiple of 4
   */
  public ApplicationDefined {
    if (subtype < 0 || subtype > 31) {
      throw new IllegalArgumentException("APP subtype must be 0..31, got " + subtype);
    }
    if (name.length() != 4 || !StandardCharsets.US_ASCII.newEncoder().canEncode(name)) {
      throw new IllegalArgumentException("APP name must be 4 ASCII characters, got '" + name + "'");
    }
    data = data.clone();
    if (data.length % 4 != 0) {
      throw new IllegalArgumentException("APP data must be a multiple of 4 bytes");
    }
  }

  /** Returns a copy of the data. */
  @Override
  public byte[] data() {
    return data.clone();
  }

  @Override
  public int packetType() {
    return APP;
  }

  @Override
  public int length() {
    return 12 + data.length;
  }

  @Override
  public void writeTo(byte[] out, int offset) {
    RtcpPacket.writeHeader(out, offset, subtype, APP, length());
    Bytes.put32(out, offset + 4, ssrc);
    System.arraycopy(name.getBytes(StandardCharsets.US_ASCII), 0, out, offset + 8, 4);
    System.arraycopy(data, 0, out, offset + 12, data.length);
  }

  @Override
  public boolean equals(Object other) {
    return other instanceof ApplicationDefined that
        && subtype == that.subtype
        && ssrc == that.ssrc
        && name.equals(that.name)
        && Arrays.equals(data, that.data);
  }

  @Override
  public int hashCode() {
    return Arrays.hashCode(data) * 31 + name.hashCode();
  }

  @Override
  public String toString() {
    return "APP[" + name + "/" + subtype + ", " + data.length + "B]";
  }
}
