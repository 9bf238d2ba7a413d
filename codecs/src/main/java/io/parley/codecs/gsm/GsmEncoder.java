package io.parley.codecs.gsm;

import static io.parley.codecs.gsm.GsmMath.abs;
import static io.parley.codecs.gsm.GsmMath.add;
import static io.parley.codecs.gsm.GsmMath.div;
import static io.parley.codecs.gsm.GsmMath.lAdd;
import static io.parley.codecs.gsm.GsmMath.mult;
import static io.parley.codecs.gsm.GsmMath.multR;
import static io.parley.codecs.gsm.GsmMath.norm;
import static io.parley.codecs.gsm.GsmMath.sub;

/** GSM 06.10 RPE-LTP encoder (§4.2): 160 samples in, one {@link GsmFrame} out. */
final class GsmEncoder {

  static final int[] QLB = {3277, 11469, 21299, 32767};
  private static final int[] DLB = {6554, 16384, 26214, 32767};

  private final GsmShortTerm shortTerm = new GsmShortTerm();
  private final int[] s = new int[160];
  private final int[] dp = new int[160];
  private final int[] e = new int[40];
  private final int[] ep = new int[40];
  private final int[] dpp = new int[40];
  private int z1;
  private int lz2;
  private int mp;

  void encode(short[] pcm, int offset, GsmFrame frame) {
    preprocess(pcm, offset);
    int[] larc = lpcAnalysis();
    System.arraycopy(larc, 0, frame.larc, 0, 8);
    shortTerm.filter(larc, s, true);
    for (int j = 0; j < 4; j++) {
      encodeSubframe(j, frame);
    }
  }

  void reset() {
    shortTerm.reset();
    java.util.Arrays.fill(dp, 0);
    z1 = 0;
    lz2 = 0;
    mp = 0;
  }

  // §4.2.1 to §4.2.3: down-scaling to 13 bits, offset compensation, pre-emphasis.
  private void preprocess(short[] pcm, int offset) {
    for (int k = 0; k < 160; k++) {
      int so = (pcm[offset + k] >> 3) << 2;
      int s1 = so - z1;
      z1 = so;
      int ls2 = s1 << 15;
      int msp = lz2 >> 15;
      int lsp = lz2 - (msp << 15);
      ls2 += multR(lsp, 32735);
      lz2 = lAdd(msp * 32735, ls2);
      int sof = lAdd(lz2, 16384) >> 15;
      s[k] = add(sof, multR(mp, -28180));
      mp = sof;
    }
  }

  // §4.2.4 to §4.2.7: autocorrelation, Schur recursion, LAR transform and coding.
  private int[] lpcAnalysis() {
    long[] acf = autocorrelation();
    int[] r = schur(acf);
    int[] larc = new int[8];
    for (int i = 0; i < 8; i++) {
      int temp = abs(r[i]);
      if (temp < 22118) {
        temp >>= 1;
      } else if (temp < 31130) {
        temp -= 11059;
      } else {
        temp = (temp - 26112) << 2;
      }
      int lar = r[i] < 0 ? -temp : temp;
      temp = add(add(mult(GsmShortTerm.A[i], lar), GsmShortTerm.B[i]), 256) >> 9;
      temp = Math.max(GsmShortTerm.MIC[i], Math.min(GsmShortTerm.MAC[i], temp));
      larc[i] = temp - GsmShortTerm.MIC[i];
    }
    return larc;
  }

  private long[] autocorrelation() {
    int smax = 0;
    for (int k = 0; k < 160; k++) {
      smax = Math.max(smax, abs(s[k]));
    }
    int scale = smax == 0 ? 0 : 4 - norm(smax << 16);
    // Scaling keeps the 32-bit sums from overflowing; as in §4.2.4 the scaled-down signal is
    // shifted back afterwards, dropping its low bits.
    if (scale > 0) {
      for (int k = 0; k < 160; k++) {
        s[k] = multR(s[k], 16384 >> (scale - 1));
      }
    }
    int[] scaled = s;
    long[] acf = new long[9];
    for (int k = 0; k <= 8; k++) {
      long sum = 0;
      for (int i = k; i < 160; i++) {
        sum += 2L * scaled[i] * scaled[i - k];
      }
      acf[k] = sum;
    }
    if (scale > 0) {
      for (int k = 0; k < 160; k++) {
        s[k] <<= scale;
      }
    }
    return acf;
  }

  private static int[] schur(long[] lacf) {
    int[] r = new int[8];
    if (lacf[0] == 0) {
      return r;
    }
    int shift = norm((int) Math.min(Integer.MAX_VALUE, lacf[0]));
    int[] acf = new int[9];
    for (int k = 0; k <= 8; k++) {
      acf[k] = (int) ((lacf[k] << shift) >> 16);
    }
    int[] p = acf.clone();
    int[] kk = new int[9];
    for (int i = 1; i <= 7; i++) {
      kk[9 - i] = acf[i];
    }
    for (int n = 1; n <= 8; n++) {
      if (p[0] < abs(p[1])) {
        break;
      }
      int rn = div(abs(p[1]), p[0]);
      r[n - 1] = p[1] > 0 ? -rn : rn;
      if (n == 8) {
        break;
      }
      p[0] = add(p[0], multR(p[1], r[n - 1]));
      for (int m = 1; m <= 8 - n; m++) {
        p[m] = add(p[m + 1], multR(kk[9 - m], r[n - 1]));
        kk[9 - m] = add(kk[9 - m], multR(p[m + 1], r[n - 1]));
      }
    }
    return r;
  }

  // §4.2.11 to §4.2.18 for one sub-frame: the residual d sits in s[40j..40j+39].
  private void encodeSubframe(int j, GsmFrame frame) {
    int base = 40 * j;
    ltpParameters(base, frame, j);
    int gain = QLB[frame.bc[j]];
    int lag = frame.nc[j];
    for (int k = 0; k < 40; k++) {
      dpp[k] = multR(gain, dp[120 + k - lag]);
      e[k] = sub(s[base + k], dpp[k]);
    }
    GsmRpe.encode(e, frame, j, ep);
    for (int k = 0; k < 40; k++) {
      dp[120 + k] = add(ep[k], dpp[k]);
    }
    System.arraycopy(dp, 40, dp, 0, 120);
  }

  private void ltpParameters(int base, GsmFrame frame, int j) {
    int dmax = 0;
    for (int k = 0; k < 40; k++) {
      dmax = Math.max(dmax, abs(s[base + k]));
    }
    int temp = dmax == 0 ? 0 : norm(dmax << 16);
    int scal = temp > 6 ? 0 : 6 - temp;
    int[] wt = new int[40];
    for (int k = 0; k < 40; k++) {
      wt[k] = s[base + k] >> scal;
    }
    long best = 0;
    int nc = 40;
    for (int lambda = 40; lambda <= 120; lambda++) {
      long sum = 0;
      for (int k = 0; k < 40; k++) {
        sum += (long) wt[k] * dp[120 + k - lambda];
      }
      if (sum > best) {
        nc = lambda;
        best = sum;
      }
    }
    frame.nc[j] = nc;
    long lmax = (best << 1) >> (6 - scal);
    long power = 0;
    for (int k = 0; k < 40; k++) {
      int v = dp[120 + k - nc] >> 3;
      power += (long) v * v;
    }
    power <<= 1;
    frame.bc[j] = ltpGain(lmax, power);
  }

  private static int ltpGain(long lmax, long power) {
    if (lmax <= 0) {
      return 0;
    }
    if (lmax >= power) {
      return 3;
    }
    int shift = norm((int) Math.min(Integer.MAX_VALUE, power));
    int r = (int) ((lmax << shift) >> 16);
    int s = (int) ((power << shift) >> 16);
    int bc = 0;
    while (bc < 3 && r > mult(s, DLB[bc])) {
      bc++;
    }
    return bc;
  }
}
