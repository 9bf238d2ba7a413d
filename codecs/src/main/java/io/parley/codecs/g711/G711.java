package io.parley.codecs.g711;

/**
 * Table-driven G.711 companding (ITU-T G.711): 16-bit linear PCM to 8-bit µ-law or A-law and back.
 *
 * <p>Decoding is one table look-up per sample; encoding looks up a 16K-entry table indexed by the
 * sample's top 14 bits (µ-law uses 14 bits of magnitude and sign, A-law 13, so no precision is
 * lost).
 */
public final class G711 {

  private static final short[] ULAW_TO_LINEAR = new short[256];
  private static final short[] ALAW_TO_LINEAR = new short[256];
  private static final byte[] LINEAR_TO_ULAW = new byte[1 << 14];
  private static final byte[] LINEAR_TO_ALAW = new byte[1 << 14];

  static {
    for (int i = 0; i < 256; i++) {
      ULAW_TO_LINEAR[i] = (short) ulawToLinear(i);
      ALAW_TO_LINEAR[i] = (short) alawToLinear(i);
    }
    for (int i = 0; i < (1 << 14); i++) {
      int sample = (short) (i << 2);
      LINEAR_TO_ULAW[i] = (byte) linearToUlaw(sample);
      LINEAR_TO_ALAW[i] = (byte) linearToAlaw(sample);
    }
  }

  private G711() {}

  /** Encodes {@code count} samples from {@code pcm[from..]} as µ-law into {@code out[to..]}. */
  public static void encodeUlaw(short[] pcm, int from, byte[] out, int to, int count) {
    for (int i = 0; i < count; i++) {
      out[to + i] = LINEAR_TO_ULAW[(pcm[from + i] >> 2) & 0x3FFF];
    }
  }

  /** Decodes {@code count} µ-law bytes from {@code in[from..]} into {@code pcm[to..]}. */
  public static void decodeUlaw(byte[] in, int from, short[] pcm, int to, int count) {
    for (int i = 0; i < count; i++) {
      pcm[to + i] = ULAW_TO_LINEAR[in[from + i] & 0xFF];
    }
  }

  /** Encodes {@code count} samples from {@code pcm[from..]} as A-law into {@code out[to..]}. */
  public static void encodeAlaw(short[] pcm, int from, byte[] out, int to, int count) {
    for (int i = 0; i < count; i++) {
      out[to + i] = LINEAR_TO_ALAW[(pcm[from + i] >> 2) & 0x3FFF];
    }
  }

  /** Decodes {@code count} A-law bytes from {@code in[from..]} into {@code pcm[to..]}. */
  public static void decodeAlaw(byte[] in, int from, short[] pcm, int to, int count) {
    for (int i = 0; i < count; i++) {
      pcm[to + i] = ALAW_TO_LINEAR[in[from + i] & 0xFF];
    }
  }

  // ITU-T G.711 µ-law as the G.191 reference tools compute it: a 14-bit magnitude taken as the
  // one's complement of negative input (so -1..-4 give "negative zero", mirroring 0..3), bias 33,
  // eight segments of 16 steps, all bits inverted on the wire.
  private static int linearToUlaw(int sample) {
    int magnitude = Math.min((((sample < 0 ? ~sample : sample) >> 2) + 33), 0x1FFF);
    int segment = 32 - Integer.numberOfLeadingZeros(magnitude >> 6);
    int mantissa = (magnitude >> (segment + 1)) & 0x0F;
    int code = ~((segment << 4) | mantissa) & 0x7F;
    return sample < 0 ? code : code | 0x80;
  }

  private static int ulawToLinear(int ulaw) {
    int value = ~ulaw & 0xFF;
    int sign = value & 0x80;
    int segment = (value >> 4) & 0x07;
    int mantissa = value & 0x0F;
    int magnitude = (((mantissa << 3) + 0x84) << segment) - 0x84;
    return sign != 0 ? -magnitude : magnitude;
  }

  // ITU-T G.711 A-law: one's-complement magnitude as for µ-law, segment 0 linear, even bits
  // inverted (XOR 0x55).
  private static int linearToAlaw(int sample) {
    int sign = sample >= 0 ? 0x80 : 0;
    int magnitude = (sample >= 0 ? sample : -sample - 1) >> 3;
    magnitude = Math.min(magnitude, 0x0FFF);
    int encoded;
    if (magnitude < 32) {
      encoded = magnitude >> 1;
    } else {
      int segment = 1;
      while ((magnitude >> (segment + 4)) > 1 && segment < 7) {
        segment++;
      }
      encoded = (segment << 4) | ((magnitude >> segment) & 0x0F);
    }
    return (sign | encoded) ^ 0x55;
  }

  private static int alawToLinear(int alaw) {
    int value = (alaw ^ 0x55) & 0xFF;
    int segment = (value >> 4) & 0x07;
    int mantissa = value & 0x0F;
    int magnitude;
    if (segment == 0) {
      magnitude = (mantissa << 4) + 8;
    } else {
      magnitude = ((mantissa << 4) + 0x108) << (segment - 1);
    }
    return (value & 0x80) != 0 ? magnitude : -magnitude;
  }
}
