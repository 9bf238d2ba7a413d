package io.parley.codecs.g722;

import static io.parley.codecs.g722.G722Band.clamp;
import static io.parley.codecs.g722.G722Band.saturate;

/** G.722 decoder, 64 kbit/s (mode 1): one octet becomes two 16 kHz samples. */
final class G722Decoder {

  private final int[] qmf = new int[24];
  private final G722Band low = new G722Band(true);
  private final G722Band high = new G722Band(false);

  /** Decodes {@code octets} octets into {@code 2 * octets} samples. */
  void decode(byte[] in, int from, int octets, short[] pcm, int to) {
    for (int i = 0; i < octets; i++) {
      int code = in[from + i] & 0xFF;
      int rl = decodeLower(code & 0x3F);
      int rh = decodeHigher(code >> 6);
      // Receive QMF (§4.4): XD = RL - RH feeds the even taps, XS = RL + RH the odd ones.
      System.arraycopy(qmf, 2, qmf, 0, 22);
      qmf[22] = rl + rh;
      qmf[23] = rl - rh;
      int first = 0;
      int second = 0;
      for (int k = 0; k < 12; k++) {
        first += qmf[23 - 2 * k] * G722Tables.QMF[k];
        second += qmf[22 - 2 * k] * G722Tables.QMF[11 - k];
      }
      pcm[to + 2 * i] = (short) saturate(first >> 11);
      pcm[to + 2 * i + 1] = (short) saturate(second >> 11);
    }
  }

  private int decodeLower(int il) {
    int output = clamp(low.s + ((low.det * G722Tables.QM6[il]) >> 15), -16384, 16383);
    int dlt = (low.det * G722Tables.QM4[il >> 2]) >> 15;
    low.adaptLower(il >> 2);
    low.update(dlt);
    return output;
  }

  private int decodeHigher(int ih) {
    int dh = (high.det * G722Tables.QM2[ih]) >> 15;
    int output = clamp(high.s + dh, -16384, 16383);
    high.adaptHigher(ih);
    high.update(dh);
    return output;
  }

  void reset() {
    java.util.Arrays.fill(qmf, 0);
    low.reset();
    high.reset();
  }
}
