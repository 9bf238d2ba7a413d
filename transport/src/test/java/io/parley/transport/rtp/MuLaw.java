package io.parley.transport.rtp;

/** G.711 μ-law (ITU-T G.711 §2), enough to put a tone on the wire in tests. */
final class MuLaw {

  private static final int BIAS = 0x84;
  private static final int CLIP = 32635;

  private MuLaw() {}

  static byte[] encode(short[] samples) {
    byte[] out = new byte[samples.length];
    for (int i = 0; i < samples.length; i++) {
      out[i] = encode(samples[i]);
    }
    return out;
  }

  static byte encode(short sample) {
    int value = sample;
    int sign = value < 0 ? 0x80 : 0;
    int magnitude = Math.min(Math.abs(value), CLIP) + BIAS;
    int exponent = 7;
    for (int mask = 0x4000; (magnitude & mask) == 0 && exponent > 0; mask >>= 1) {
      exponent--;
    }
    int mantissa = (magnitude >> (exponent + 3)) & 0x0F;
    return (byte) ~(sign | (exponent << 4) | mantissa);
  }

  static short decode(byte code) {
    int u = ~code & 0xFF;
    int magnitude = (((u & 0x0F) << 3) + BIAS) << ((u >> 4) & 0x07);
    return (short) ((u & 0x80) != 0 ? BIAS - magnitude : magnitude - BIAS);
  }
}
