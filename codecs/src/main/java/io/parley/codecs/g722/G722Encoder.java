package io.parley.codecs.g722;

import static io.parley.codecs.g722.G722Band.saturate;

/**
 * G.722 encoder, 64 kbit/s: every pair of 16 kHz samples becomes one octet whose two high bits are
 * the higher-band code and six low bits the lower-band code (ITU-T G.722 §1.4.4).
 */
final class G722Encoder {

  private final int[] qmf = new int[24];
  private final G722Band low = new G722Band(true);
  private final G722Band high = new G722Band(false);

  /** Encodes {@code samples} (even) PCM samples into {@code samples / 2} octets. */
  void encode(short[] pcm, int from, int samples, byte[] out, int to) {
    for (int i = 0; i < samples; i += 2) {
      // Transmit QMF (§3.1): x[23] is the newest sample.
      System.arraycopy(qmf, 2, qmf, 0, 22);
      qmf[22] = pcm[from + i];
      qmf[23] = pcm[from + i + 1];
      int xa = 0;
      int xb = 0;
      for (int k = 0; k < 12; k++) {
        xa += qmf[23 - 2 * k] * G722Tables.QMF[k];
        xb += qmf[22 - 2 * k] * G722Tables.QMF[11 - k];
      }
      int xl = (xa + xb) >> 14;
      int xh = (xa - xb) >> 14;
      int il = encodeLower(xl);
      int ih = encodeHigher(xh);
      out[to + i / 2] = (byte) ((ih << 6) | il);
    }
  }

  private int encodeLower(int xl) {
    int el = saturate(xl - low.s);
    int magnitude = el >= 0 ? el : -(el + 1);
    int interval = 1;
    while (interval < 30 && magnitude >= (G722Tables.Q6[interval] * low.det) >> 12) {
      interval++;
    }
    int il = el < 0 ? G722Tables.ILN[interval] : G722Tables.ILP[interval];
    int dlt = (low.det * G722Tables.QM4[il >> 2]) >> 15;
    low.adaptLower(il >> 2);
    low.update(dlt);
    return il;
  }

  private int encodeHigher(int xh) {
    int eh = saturate(xh - high.s);
    int magnitude = eh >= 0 ? eh : -(eh + 1);
    boolean outer = magnitude >= (564 * high.det) >> 12;
    int ih = eh < 0 ? (outer ? 0 : 1) : (outer ? 2 : 3);
    int dh = (high.det * G722Tables.QM2[ih]) >> 15;
    high.adaptHigher(ih);
    high.update(dh);
    return ih;
  }

  void reset() {
    java.util.Arrays.fill(qmf, 0);
    low.reset();
    high.reset();
  }
}
