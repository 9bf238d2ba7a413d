package io.parley.media.rtcp;

import io.parley.media.MalformedPacketException;
import io.parley.media.rtp.Bytes;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Objects;

/**
 * Parses and writes RTCP compound packets (RFC 3550 §6.1) and tells RTCP from RTP on a multiplexed
 * port (RFC 5761 §4).
 */
public final class RtcpCompound {

  private RtcpCompound() {}

  /**
   * Tells whether a datagram on an rtcp-mux port is RTCP: its second byte, the RTCP packet type, is
   * 192..223 (RFC 5761 §4), a range RTP payload types avoid when the marker bit is considered.
   *
   * @param data the datagram
   * @param length its length
   * @return true for RTCP, false for RTP or anything too short to tell
   */
  public static boolean isRtcp(byte[] data, int length) {
    if (length < 4 || length > data.length) {
      return false;
    }
    int type = data[1] & 0xFF;
    return type >= 192 && type <= 223;
  }

  /**
   * Parses a compound packet and checks it as RFC 3550 Appendix A.2 does: version 2 everywhere, the
   * first packet an SR or RR, padding only in the last packet, and lengths that add up to the
   * datagram.
   *
   * @param data the buffer
   * @param offset where the compound starts
   * @param length its length in bytes
   * @return the packets in order
   * @throws MalformedPacketException naming the offset of the first problem
   */
  public static List<RtcpPacket> parse(byte[] data, int offset, int length)
      throws MalformedPacketException {
    Objects.checkFromIndexSize(offset, length, data.length);
    List<RtcpPacket> packets = new ArrayList<>();
    int position = 0;
    while (position < length) {
      if (length - position < 4) {
        throw new MalformedPacketException(position, "RTCP header needs 4 bytes");
      }
      int first = data[offset + position] & 0xFF;
      if (first >>> 6 != 2) {
        throw new MalformedPacketException(position, "RTCP version must be 2");
      }
      int size = 4 * (Bytes.u16(data, offset + position + 2) + 1);
      if (position + size > length) {
        throw new MalformedPacketException(
            position + 2, "RTCP length " + size + " runs past the datagram end");
      }
      int end = size;
      if ((first & 0x20) != 0) {
        if (position + size != length) {
          throw new MalformedPacketException(
              position, "padding is only allowed in the last packet");
        }
        int padding = data[offset + position + size - 1] & 0xFF;
        if (padding == 0 || padding > size - 4) {
          throw new MalformedPacketException(position + size - 1, "bad padding count " + padding);
        }
        end = size - padding;
      }
      int type = data[offset + position + 1] & 0xFF;
      if (position == 0 && type != RtcpPacket.SR && type != RtcpPacket.RR) {
        throw new MalformedPacketException(0, "compound must start with SR or RR, got PT " + type);
      }
      packets.add(parseOne(new Reader(data, offset + position, end, position), first & 0x1F, type));
      position += size;
    }
    return packets;
  }

  /**
   * Parses a whole datagram.
   *
   * @throws MalformedPacketException as {@link #parse(byte[], int, int)}
   */
  public static List<RtcpPacket> parse(byte[] datagram) throws MalformedPacketException {
    return parse(datagram, 0, datagram.length);
  }

  /**
   * Writes packets back to back into one compound packet.
   *
   * @throws IllegalArgumentException if {@code packets} is empty
   */
  public static byte[] write(List<? extends RtcpPacket> packets) {
    if (packets.isEmpty()) {
      throw new IllegalArgumentException("a compound packet needs at least one packet");
    }
    int length = 0;
    for (RtcpPacket packet : packets) {
      length += packet.length();
    }
    byte[] out = new byte[length];
    int position = 0;
    for (RtcpPacket packet : packets) {
      packet.writeTo(out, position);
      position += packet.length();
    }
    return out;
  }

  private static RtcpPacket parseOne(Reader in, int count, int type)
      throws MalformedPacketException {
    switch (type) {
      case RtcpPacket.SR:
        in.need(28 + ReportBlock.LENGTH * count, "SR with " + count + " blocks");
        return new SenderReport(
            in.u32(4),
            in.u32(8) << 32 | in.u32(12),
            in.u32(16),
            in.u32(20),
            in.u32(24),
            blocks(in, 28, count));
      case RtcpPacket.RR:
        in.need(8 + ReportBlock.LENGTH * count, "RR with " + count + " blocks");
        return new ReceiverReport(in.u32(4), blocks(in, 8, count));
      case RtcpPacket.SDES:
        return sourceDescription(in, count);
      case RtcpPacket.BYE:
        return goodbye(in, count);
      case RtcpPacket.APP:
        in.need(12, "APP");
        return new ApplicationDefined(
            count, in.u32(4), in.ascii(8, 4), in.bytes(12, (in.length - 12) & ~3));
      default:
        return new UnknownRtcpPacket(type, count, in.bytes(4, (in.length - 4) & ~3));
    }
  }

  private static List<ReportBlock> blocks(Reader in, int start, int count) {
    List<ReportBlock> blocks = new ArrayList<>(count);
    for (int i = 0; i < count; i++) {
      blocks.add(ReportBlock.read(in.data, in.start + start + ReportBlock.LENGTH * i));
    }
    return blocks;
  }

  private static SourceDescription sourceDescription(Reader in, int count)
      throws MalformedPacketException {
    List<SourceDescription.Chunk> chunks = new ArrayList<>(count);
    int position = 4;
    for (int c = 0; c < count; c++) {
      in.need(position + 4, "SDES chunk " + c);
      long ssrc = in.u32(position);
      position += 4;
      List<SourceDescription.Item> items = new ArrayList<>();
      while (true) {
        in.need(position + 1, "SDES item");
        int itemType = in.data[in.start + position] & 0xFF;
        if (itemType == 0) {
          position = (position + 4) & ~3;
          break;
        }
        in.need(position + 2, "SDES item length");
        int itemLength = in.data[in.start + position + 1] & 0xFF;
        in.need(position + 2 + itemLength, "SDES item text");
        String text = in.utf8(position + 2, itemLength);
        items.add(new SourceDescription.Item(itemType, text));
        position += 2 + itemLength;
      }
      chunks.add(new SourceDescription.Chunk(ssrc, items));
    }
    return new SourceDescription(chunks);
  }

  private static Goodbye goodbye(Reader in, int count) throws MalformedPacketException {
    in.need(4 + 4 * count, "BYE with " + count + " sources");
    List<Long> ssrcs = new ArrayList<>(count);
    for (int i = 0; i < count; i++) {
      ssrcs.add(in.u32(4 + 4 * i));
    }
    int position = 4 + 4 * count;
    String reason = "";
    if (position < in.length) {
      int reasonLength = in.data[in.start + position] & 0xFF;
      in.need(position + 1 + reasonLength, "BYE reason");
      reason = in.utf8(position + 1, reasonLength);
    }
    return new Goodbye(ssrcs, reason);
  }

  /** Bounds-checked reads inside one packet of the compound. */
  private static final class Reader {
    final byte[] data;
    final int start;
    final int length;
    final int compoundOffset;

    Reader(byte[] data, int start, int length, int compoundOffset) {
      this.data = data;
      this.start = start;
      this.length = length;
      this.compoundOffset = compoundOffset;
    }

    void need(int bytes, String what) throws MalformedPacketException {
      if (bytes > length) {
        throw new MalformedPacketException(
            compoundOffset, what + " needs " + bytes + " bytes, packet has " + length);
      }
    }

    long u32(int at) {
      return Bytes.u32(data, start + at);
    }

    byte[] bytes(int at, int count) {
      return Arrays.copyOfRange(data, start + at, start + at + count);
    }

    /** Decodes strictly, so text that would not survive re-encoding is refused, not replaced. */
    String utf8(int at, int count) throws MalformedPacketException {
      try {
        return StandardCharsets.UTF_8
            .newDecoder()
            .decode(ByteBuffer.wrap(data, start + at, count))
            .toString();
      } catch (CharacterCodingException e) {
        throw new MalformedPacketException(compoundOffset + at, "text is not valid UTF-8");
      }
    }

    String ascii(int at, int count) throws MalformedPacketException {
      for (int i = 0; i < count; i++) {
        if (data[start + at + i] < 0) {
          throw new MalformedPacketException(compoundOffset + at + i, "APP name is not ASCII");
        }
      }
      return new String(data, start + at, count, StandardCharsets.US_ASCII);
    }
  }
}
