package io.parley.media.rtp;

import io.parley.media.MalformedPacketException;
import java.util.Arrays;
import java.util.List;
import java.util.Objects;

/**
 * One RTP packet (RFC 3550 §5.1).
 *
 * <pre>
 *  0                   1                   2                   3
 *  0 1 2 3 4 5 6 7 8 9 0 1 2 3 4 5 6 7 8 9 0 1 2 3 4 5 6 7 8 9 0 1
 * +-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+
 * |V=2|P|X|  CC   |M|     PT      |       sequence number         |
 * +-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+
 * |                           timestamp                           |
 * +-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+
 * |                             SSRC                              |
 * +=+=+=+=+=+=+=+=+=+=+=+=+=+=+=+=+=+=+=+=+=+=+=+=+=+=+=+=+=+=+=+=+
 * |                 CSRC list (CC entries), extension, payload   ...
 * </pre>
 *
 * @param marker the M bit: first packet of a talkspurt for audio (RFC 3551 §4.1)
 * @param payloadType the PT field, 0..127
 * @param sequenceNumber the 16-bit sequence number, 0..65535
 * @param timestamp the 32-bit RTP timestamp, 0..2^32-1
 * @param ssrc the synchronisation source, 0..2^32-1
 * @param csrcs the contributing sources, at most 15
 * @param extension the header extension (RFC 3550 §5.3.1), or {@code null} when the X bit is clear
 * @param payload the payload without padding
 * @param padding the number of padding bytes that follow the payload (0 for none, else 1..255)
 */
public record RtpPacket(
    boolean marker,
    int payloadType,
    int sequenceNumber,
    long timestamp,
    long ssrc,
    List<Long> csrcs,
    HeaderExtension extension,
    byte[] payload,
    int padding) {

  /** The fixed header length in bytes. */
  public static final int FIXED_HEADER_LENGTH = 12;

  /**
   * Validates every field against its wire width.
   *
   * @throws IllegalArgumentException naming the field whose value does not fit
   */
  public RtpPacket {
    requireRange("payloadType", payloadType, 0, 127);
    requireRange("sequenceNumber", sequenceNumber, 0, 0xFFFF);
    requireRange("timestamp", timestamp, 0, 0xFFFF_FFFFL);
    requireRange("ssrc", ssrc, 0, 0xFFFF_FFFFL);
    requireRange("padding", padding, 0, 255);
    csrcs = List.copyOf(Objects.requireNonNull(csrcs, "csrcs"));
    requireRange("csrcs.size()", csrcs.size(), 0, 15);
    for (long csrc : csrcs) {
      requireRange("csrc", csrc, 0, 0xFFFF_FFFFL);
    }
    payload = Objects.requireNonNull(payload, "payload").clone();
  }

  /**
   * Creates a packet without CSRCs, extension or padding, the shape of almost every audio packet.
   *
   * @throws IllegalArgumentException if a field does not fit its wire width
   */
  public static RtpPacket of(
      int payloadType,
      int sequenceNumber,
      long timestamp,
      long ssrc,
      boolean marker,
      byte[] payload) {
    return new RtpPacket(
        marker, payloadType, sequenceNumber, timestamp, ssrc, List.of(), null, payload, 0);
  }

  /** Returns a copy of the payload. */
  @Override
  public byte[] payload() {
    return payload.clone();
  }

  /** Returns the payload length in bytes without copying it. */
  public int payloadLength() {
    return payload.length;
  }

  /** Returns the header length in bytes: fixed part, CSRCs and extension. */
  public int headerLength() {
    int length = FIXED_HEADER_LENGTH + 4 * csrcs.size();
    return extension == null ? length : length + 4 + extension.data().length;
  }

  /** Returns the total length on the wire in bytes. */
  public int length() {
    return headerLength() + payload.length + padding;
  }

  /**
   * Parses one RTP packet.
   *
   * @param data the buffer holding the packet
   * @param offset where the packet starts
   * @param length the packet length in bytes
   * @return the packet
   * @throws MalformedPacketException if the packet is shorter than its header says, has a version
   *     other than 2, or has a padding count larger than the room left for it
   */
  public static RtpPacket parse(byte[] data, int offset, int length)
      throws MalformedPacketException {
    Objects.checkFromIndexSize(offset, length, data.length);
    if (length < FIXED_HEADER_LENGTH) {
      throw new MalformedPacketException(0, "RTP packet needs at least 12 bytes, got " + length);
    }
    int first = data[offset] & 0xFF;
    if (first >>> 6 != 2) {
      throw new MalformedPacketException(0, "RTP version must be 2, got " + (first >>> 6));
    }
    int csrcCount = first & 0x0F;
    int position = FIXED_HEADER_LENGTH + 4 * csrcCount;
    if (position > length) {
      throw new MalformedPacketException(
          FIXED_HEADER_LENGTH, csrcCount + " CSRCs do not fit in " + length + " bytes");
    }
    Long[] csrcs = new Long[csrcCount];
    for (int i = 0; i < csrcCount; i++) {
      csrcs[i] = Bytes.u32(data, offset + FIXED_HEADER_LENGTH + 4 * i);
    }
    HeaderExtension extension = null;
    if ((first & 0x10) != 0) {
      extension = extension(data, offset, position, length);
      position += 4 + extension.data.length;
    }
    int padding = (first & 0x20) != 0 ? padding(data, offset, position, length) : 0;
    int second = data[offset + 1] & 0xFF;
    return new RtpPacket(
        (second & 0x80) != 0,
        second & 0x7F,
        Bytes.u16(data, offset + 2),
        Bytes.u32(data, offset + 4),
        Bytes.u32(data, offset + 8),
        List.of(csrcs),
        extension,
        Arrays.copyOfRange(data, offset + position, offset + length - padding),
        padding);
  }

  private static HeaderExtension extension(byte[] data, int offset, int position, int length)
      throws MalformedPacketException {
    if (position + 4 > length) {
      throw new MalformedPacketException(position, "X bit set but no extension header follows");
    }
    int words = Bytes.u16(data, offset + position + 2);
    int end = position + 4 + 4 * words;
    if (end > length) {
      throw new MalformedPacketException(
          position + 2, "extension of " + words + " words runs past the packet end");
    }
    return new HeaderExtension(
        Bytes.u16(data, offset + position),
        Arrays.copyOfRange(data, offset + position + 4, offset + end));
  }

  private static int padding(byte[] data, int offset, int position, int length)
      throws MalformedPacketException {
    int padding = data[offset + length - 1] & 0xFF;
    if (padding == 0 || position + padding > length) {
      throw new MalformedPacketException(
          length - 1, "padding count " + padding + " does not fit after the header");
    }
    return padding;
  }

  /**
   * Parses a whole datagram as one RTP packet.
   *
   * @throws MalformedPacketException as {@link #parse(byte[], int, int)}
   */
  public static RtpPacket parse(byte[] datagram) throws MalformedPacketException {
    return parse(datagram, 0, datagram.length);
  }

  /**
   * Writes the packet into {@code out} at {@code offset}; padding bytes are zero except the last,
   * which holds the padding count.
   *
   * @return the number of bytes written
   * @throws IndexOutOfBoundsException if {@code out} has fewer than {@link #length()} bytes after
   *     {@code offset} (a caller bug, not bad input)
   */
  public int writeTo(byte[] out, int offset) {
    int length = length();
    Objects.checkFromIndexSize(offset, length, out.length);
    out[offset] =
        (byte) (0x80 | (padding > 0 ? 0x20 : 0) | (extension != null ? 0x10 : 0) | csrcs.size());
    out[offset + 1] = (byte) ((marker ? 0x80 : 0) | payloadType);
    Bytes.put16(out, offset + 2, sequenceNumber);
    Bytes.put32(out, offset + 4, timestamp);
    Bytes.put32(out, offset + 8, ssrc);
    int position = offset + FIXED_HEADER_LENGTH;
    for (long csrc : csrcs) {
      Bytes.put32(out, position, csrc);
      position += 4;
    }
    if (extension != null) {
      Bytes.put16(out, position, extension.profile());
      Bytes.put16(out, position + 2, extension.data().length / 4);
      System.arraycopy(extension.data(), 0, out, position + 4, extension.data().length);
      position += 4 + extension.data().length;
    }
    System.arraycopy(payload, 0, out, position, payload.length);
    position += payload.length;
    if (padding > 0) {
      Arrays.fill(out, position, position + padding - 1, (byte) 0);
      out[position + padding - 1] = (byte) padding;
    }
    return length;
  }

  /** Returns the packet as a new byte array. */
  public byte[] toBytes() {
    byte[] out = new byte[length()];
    writeTo(out, 0);
    return out;
  }

  @Override
  public boolean equals(Object other) {
    return other instanceof RtpPacket that
        && marker == that.marker
        && payloadType == that.payloadType
        && sequenceNumber == that.sequenceNumber
        && timestamp == that.timestamp
        && ssrc == that.ssrc
        && padding == that.padding
        && csrcs.equals(that.csrcs)
        && Objects.equals(extension, that.extension)
        && Arrays.equals(payload, that.payload);
  }

  @Override
  public int hashCode() {
    return Objects.hash(sequenceNumber, timestamp, ssrc, Arrays.hashCode(payload));
  }

  @Override
  public String toString() {
    return "RTP[PT="
        + payloadType
        + " seq="
        + sequenceNumber
        + " ts="
        + timestamp
        + " ssrc="
        + Long.toHexString(ssrc)
        + (marker ? " M" : "")
        + " payload="
        + payload.length
        + "B]";
  }

  private static void requireRange(String name, long value, long min, long max) {
    if (value < min || value > max) {
      throw new IllegalArgumentException(name + " must be " + min + ".." + max + ", got " + value);
    }
  }

  /**
   * An RTP header extension (RFC 3550 §5.3.1): a 16-bit profile-defined value and data whose length
   * is a multiple of four bytes.
   *
   * @param profile the "defined by profile" field (0xBEDE for RFC 8285 one-byte headers)
   * @param data the extension data, a multiple of 4 bytes long
   */
  public record HeaderExtension(int profile, byte[] data) {

    /**
     * Validates the extension.
     *
     * @throws IllegalArgumentException if {@code profile} is outside 0..65535 or the data length is
     *     not a multiple of 4
     */
    public HeaderExtension {
      requireRange("profile", profile, 0, 0xFFFF);
      data = Objects.requireNonNull(data, "data").clone();
      if (data.length % 4 != 0 || data.length > 4 * 0xFFFF) {
        throw new IllegalArgumentException(
            "extension data must be a multiple of 4 bytes, got " + data.length);
      }
    }

    /** Returns a copy of the extension data. */
    @Override
    public byte[] data() {
      return data.clone();
    }

    @Override
    public boolean equals(Object other) {
      return other instanceof HeaderExtension that
          && profile == that.profile
          && Arrays.equals(data, that.data);
    }

    @Override
    public int hashCode() {
      return 31 * profile + Arrays.hashCode(data);
    }

    @Override
    public String toString() {
      return "HeaderExtension[profile=" + Integer.toHexString(profile) + ", " + data.length + "B]";
    }
  }
}
