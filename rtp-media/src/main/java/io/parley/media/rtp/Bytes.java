package io.parley.media.rtp;

/**
 * Big-endian field access shared by the media packet codecs (network byte order, RFC 3550 §5).
 * Callers check bounds first; these helpers assume the bytes are there.
 */
public final class Bytes {

  private Bytes() {}

  /** Reads an unsigned 16-bit value at {@code offset}. */
  public static int u16(byte[] data, int offset) {
    return (data[offset] & 0xFF) << 8 | data[offset + 1] & 0xFF;
  }

  /** Reads an unsigned 32-bit value at {@code offset}. */
  public static long u32(byte[] data, int offset) {
    return ((long) u16(data, offset)) << 16 | u16(data, offset + 2);
  }

  /** Writes the low 16 bits of {@code value} at {@code offset}. */
  public static void put16(byte[] data, int offset, int value) {
    data[offset] = (byte) (value >>> 8);
    data[offset + 1] = (byte) value;
  }

  /** Writes the low 32 bits of {@code value} at {@code offset}. */
  public static void put32(byte[] data, int offset, long value) {
    put16(data, offset, (int) (value >>> 16));
    put16(data, offset + 2, (int) value);
  }
}
