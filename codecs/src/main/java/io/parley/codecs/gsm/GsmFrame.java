package io.parley.codecs.gsm;

import io.parley.media.codec.CodecException;

/**
 * The 76 parameters of one GSM 06.10 frame and their 33-octet RTP layout (RFC 3551 §4.5.8): the
 * signature nibble 0xD, then LARc[1..8] in 6, 6, 5, 5, 4, 4, 3, 3 bits, then for each of the four
 * sub-frames Nc (7 bits), bc (2), Mc (2), xmaxc (6) and thirteen 3-bit xMc, most significant bit
 * first.
 */
final class GsmFrame {

  static final int OCTETS = 33;
  private static final int[] LAR_BITS = {6, 6, 5, 5, 4, 4, 3, 3};

  final int[] larc = new int[8];
  final int[] nc = new int[4];
  final int[] bc = new int[4];
  final int[] mc = new int[4];
  final int[] xmaxc = new int[4];
  final int[][] xmc = new int[4][13];

  void pack(byte[] out, int offset) {
    BitWriter w = new BitWriter(out, offset);
    w.put(0xD, 4);
    for (int i = 0; i < 8; i++) {
      w.put(larc[i], LAR_BITS[i]);
    }
    for (int j = 0; j < 4; j++) {
      w.put(nc[j], 7);
      w.put(bc[j], 2);
      w.put(mc[j], 2);
      w.put(xmaxc[j], 6);
      for (int i = 0; i < 13; i++) {
        w.put(xmc[j][i], 3);
      }
    }
  }

  void unpack(byte[] in, int offset) throws CodecException {
    if ((in[offset] & 0xF0) != 0xD0) {
      throw new CodecException(
          String.format(
              "GSM: frame at offset %d starts with nibble 0x%X, not the 0xD signature",
              offset, (in[offset] >> 4) & 0xF));
    }
    int bit = offset * 8 + 4;
    for (int i = 0; i < 8; i++) {
      larc[i] = take(in, bit, LAR_BITS[i]);
      bit += LAR_BITS[i];
    }
    for (int j = 0; j < 4; j++) {
      nc[j] = take(in, bit, 7);
      bc[j] = take(in, bit + 7, 2);
      mc[j] = take(in, bit + 9, 2);
      xmaxc[j] = take(in, bit + 11, 6);
      bit += 17;
      for (int i = 0; i < 13; i++) {
        xmc[j][i] = take(in, bit, 3);
        bit += 3;
      }
    }
  }

  private static int take(byte[] in, int bit, int count) {
    int value = 0;
    for (int i = 0; i < count; i++) {
      int b = bit + i;
      value = (value << 1) | ((in[b >> 3] >> (7 - (b & 7))) & 1);
    }
    return value;
  }

  private static final class BitWriter {
    private final byte[] out;
    private int bit;

    BitWriter(byte[] out, int offset) {
      this.out = out;
      this.bit = offset * 8;
      java.util.Arrays.fill(out, offset, offset + OCTETS, (byte) 0);
    }

    void put(int value, int count) {
      for (int i = count - 1; i >= 0; i--) {
        if (((value >> i) & 1) != 0) {
          out[bit >> 3] |= (byte) (0x80 >> (bit & 7));
        }
        bit++;
      }
    }
  }
}
