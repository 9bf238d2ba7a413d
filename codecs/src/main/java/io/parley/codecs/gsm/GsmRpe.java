package io.parley.codecs.gsm;

import static io.parley.codecs.gsm.GsmMath.abs;
import static io.parley.codecs.gsm.GsmMath.add;
import static io.parley.codecs.gsm.GsmMath.mult;
import static io.parley.codecs.gsm.GsmMath.multR;
import static io.parley.codecs.gsm.GsmMath.saturate;
import static io.parley.codecs.gsm.GsmMath.sub;

/**
 * Regular pulse excitation of GSM 06.10 §4.2.13 to §4.2.17: weighting filter, grid selection,
 * adaptive PCM of the 13 pulses, and the inverse used by both encoder and decoder.
 */
final class GsmRpe {

  private static final int[] H = {-134, -374, 0, 2054, 5741, 8192, 5741, 2054, 0, -374, -134};
  private static final int[] NRFAC = {29128, 26215, 23832, 21846, 20165, 18725, 17476, 16384};
  private static final int[] FAC = {18431, 20479, 22527, 24575, 26623, 28671, 30719, 32767};

  private GsmRpe() {}

  /**
   * Encodes the 40-sample long-term residual {@code e} of sub-frame {@code j} into {@code frame},
   * and writes the excitation the decoder will rebuild into {@code ep}.
   */
  static void encode(int[] e, GsmFrame frame, int j, int[] ep) {
    int[] x = new int[40];
    for (int k = 0; k < 40; k++) {
      long sum = 4096;
      for (int i = 0; i < 11; i++) {
        int n = k + i - 5;
        if (n >= 0 && n < 40) {
          sum += (long) e[n] * H[i];
        }
      }
      x[k] = saturate(sum >> 13);
    }
    int mc = 0;
    long best = 0;
    for (int m = 0; m < 4; m++) {
      long energy = 0;
      for (int i = 0; i < 13; i++) {
        int v = x[m + 3 * i] >> 2;
        energy += 2L * v * v;
      }
      if (energy > best) {
        mc = m;
        best = energy;
      }
    }
    int[] xm = new int[13];
    int xmax = 0;
    for (int i = 0; i < 13; i++) {
      xm[i] = x[mc + 3 * i];
      xmax = Math.max(xmax, abs(xm[i]));
    }
    int exp = 0;
    int temp = xmax >> 9;
    boolean stop = false;
    for (int i = 0; i <= 5; i++) {
      stop |= temp <= 0;
      temp >>= 1;
      if (!stop) {
        exp++;
      }
    }
    int xmaxc = add(xmax >> (exp + 5), exp << 3);
    int[] expMant = exponentMantissa(xmaxc);
    int shift = 6 - expMant[0];
    int factor = NRFAC[expMant[1]];
    for (int i = 0; i < 13; i++) {
      frame.xmc[j][i] = (mult(xm[i] << shift, factor) >> 12) + 4;
    }
    frame.mc[j] = mc;
    frame.xmaxc[j] = xmaxc;
    decode(frame, j, ep);
  }

  /** Rebuilds the 40-sample excitation of sub-frame {@code j} (§4.2.16, §4.2.17). */
  static void decode(GsmFrame frame, int j, int[] ep) {
    int[] expMant = exponentMantissa(frame.xmaxc[j]);
    int factor = FAC[expMant[1]];
    int shift = sub(6, expMant[0]);
    int round = shift > 0 ? 1 << (shift - 1) : 0;
    java.util.Arrays.fill(ep, 0);
    for (int i = 0; i < 13; i++) {
      int temp = ((frame.xmc[j][i] << 1) - 7) << 12;
      temp = add(multR(factor, temp), round);
      ep[frame.mc[j] + 3 * i] = temp >> shift;
    }
  }

  // §4.2.15: split the coded block maximum into exponent and a 3-bit mantissa.
  private static int[] exponentMantissa(int xmaxc) {
    int exp = xmaxc > 15 ? (xmaxc >> 3) - 1 : 0;
    int mant = xmaxc - (exp << 3);
    if (mant == 0) {
      exp = -4;
      mant = 7;
    } else {
      while (mant <= 7) {
        mant = (mant << 1) | 1;
        exp--;
      }
      mant -= 8;
    }
    return new int[] {exp, mant};
  }
}
