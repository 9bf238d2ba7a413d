package io.parley.media.rtcp;

import io.parley.media.rtp.Bytes;
import java.nio.charset.StandardCharsets;
import java.util.List;

/**
 * A source description, SDES (RFC 3550 §6.5): per source a list of items such as CNAME.
 *
 * @param chunks one chunk per source, at most 31
 */
public record SourceDescription(List<Chunk> chunks) implements RtcpPacket {

  /** CNAME, the canonical end-point identifier (RFC 3550 §6.5.1). */
  public static final int CNAME = 1;

  /**
   * Copies the chunks.
   *
   * @throws IllegalArgumentException if there are more than 31 chunks
   */
  public SourceDescription {
    chunks = List.copyOf(chunks);
    if (chunks.size() > 31) {
      throw new IllegalArgumentException("at most 31 SDES chunks, got " + chunks.size());
    }
  }

  /** Returns an SDES packet with one chunk holding only a CNAME, as every compound needs. */
  public static SourceDescription cname(long ssrc, String cname) {
    return new SourceDescription(List.of(new Chunk(ssrc, List.of(new Item(CNAME, cname)))));
  }

  @Override
  public int packetType() {
    return SDES;
  }

  @Override
  public int length() {
    int length = 4;
    for (Chunk chunk : chunks) {
      length += chunk.length();
    }
    return length;
  }

  @Override
  public void writeTo(byte[] out, int offset) {
    RtcpPacket.writeHeader(out, offset, chunks.size(), SDES, length());
    int position = offset + 4;
    for (Chunk chunk : chunks) {
      Bytes.put32(out, position, chunk.ssrc());
      int cursor = position + 4;
      for (Item item : chunk.items()) {
        byte[] text = item.text().getBytes(StandardCharsets.UTF_8);
        out[cursor] = (byte) item.type();
        out[cursor + 1] = (byte) text.length;
        System.arraycopy(text, 0, out, cursor + 2, text.length);
        cursor += 2 + text.length;
      }
      int end = position + chunk.length();
      java.util.Arrays.fill(out, cursor, end, (byte) 0);
      position = end;
    }
  }

  /**
   * The items describing one source.
   *
   * @param ssrc the source
   * @param items its items, in order
   */
  public record Chunk(long ssrc, List<Item> items) {

    /** Copies the items. */
    public Chunk {
      items = List.copyOf(items);
    }

    /** Returns the chunk length: SSRC, items, at least one null octet, padded to 4 bytes. */
    int length() {
      int length = 4;
      for (Item item : items) {
        length += 2 + item.text().getBytes(StandardCharsets.UTF_8).length;
      }
      return (length + 4) & ~3;
    }
  }

  /**
   * One SDES item.
   *
   * @param type the item type, 1..8 (CNAME, NAME, EMAIL, PHONE, LOC, TOOL, NOTE, PRIV)
   * @param text the UTF-8 text, at most 255 bytes
   */
  public record Item(int type, String text) {

    /**
     * Validates the item.
     *
     * @throws IllegalArgumentException if the type is outside 1..255 or the text is too long
     */
    public Item {
      if (type < 1 || type > 255) {
        throw new IllegalArgumentException("SDES item type must be 1..255, got " + type);
      }
      if (text.getBytes(StandardCharsets.UTF_8).length > 255) {
        throw new IllegalArgumentException("SDES item text must be at most 255 bytes");
      }
    }
  }
}
