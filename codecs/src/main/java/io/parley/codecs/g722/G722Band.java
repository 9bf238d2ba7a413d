package io.parley.codecs.g722;

/**
 * The state one sub-band shares between encoder and decoder: the log scale factor, the quantiser
 * step and the two-pole, six-zero adaptive predictor (ITU-T G.722 §3.6 to §3.8). Both sides run
 * exactly the same integer arithmetic so their predictors never drift apart.
 */
final class G722Band {

  private static final int[] ILB = {
    2048, 2093, 2139, 2186, 2233, 2282, 2332, 2383, 2435, 2489, 2543, 2599, 2656, 2714, 2774, 2834,
    2896, 2960, 3025, 3091, 3158, 3228, 3298, 3371, 3444, 3520, 3597, 3676, 3756, 3838, 3922, 4008
  };

  // LOGSCL/LOGSCH leakage factor 127/128 and scale-factor multipliers.
  private static final int[] WL = {-60, -30, 58, 172, 334, 538, 1198, 3042};
  private static final int[] RL42 = {0, 7, 6, 5, 4, 3, 2, 1, 7, 6, 5, 4, 3, 2, 1, 0};
  private static final int[] WH = {0, -214, 798};
  private static final int[] RH2 = {2, 1, 2, 1};

  private final boolean lower;
  private int nb;
  int det;

  /** Predicted signal value (SL or SH) for the next sample. */
  int s;

  private int sp;
  private int sz;
  private final int[] r = new int[3];
  private final int[] a = new int[3];
  private final int[] ap = new int[3];
  private final int[] p = new int[3];
  private final int[] d = new int[7];
  private final int[] b = new int[7];
  private final int[] bp = new int[7];

  G722Band(boolean lower) {
    this.lower = lower;
    reset();
  }

  void reset() {
    nb = 0;
    det = lower ? 32 : 8;
    s = 0;
    sp = 0;
    sz = 0;
    java.util.Arrays.fill(r, 0);
    java.util.Arrays.fill(a, 0);
    java.util.Arrays.fill(ap, 0);
    java.util.Arrays.fill(p, 0);
    java.util.Arrays.fill(d, 0);
    java.util.Arrays.fill(b, 0);
    java.util.Arrays.fill(bp, 0);
  }

  /** LOGSCL + SCALEL for the lower band, from the 4-bit truncated code. */
  void adaptLower(int code4) {
    nb = clamp(((nb * 127) >> 7) + WL[RL42[code4]], 0, 18432);
    det = scale(nb, 8);
  }

  /** LOGSCH + SCALEH for the higher band, from the 2-bit code. */
  void adaptHigher(int code2) {
    nb = clamp(((nb * 127) >> 7) + WH[RH2[code2]], 0, 22528);
    det = scale(nb, 10);
  }

  private static int scale(int nb, int shiftBase) {
    int mantissa = ILB[(nb >> 6) & 31];
    int shift = shiftBase - (nb >> 11);
    int wd3 = shift < 0 ? mantissa << -shift : mantissa >> shift;
    return wd3 << 2;
  }

  /**
   * Feeds the quantised difference {@code dq} through RECONS, PARREC, UPPOL2, UPPOL1, UPZERO,
   * DELAYA, FILTEP, FILTEZ and PREDIC, leaving the next prediction in {@link #s}.
   */
  void update(int dq) {
    d[0] = dq;
    r[0] = saturate(s + dq);
    p[0] = saturate(sz + dq);
    updatePoles();
    updateZeros(dq);
    for (int i = 6; i > 0; i--) {
      d[i] = d[i - 1];
      b[i] = bp[i];
    }
    for (int i = 2; i > 0; i--) {
      r[i] = r[i - 1];
      p[i] = p[i - 1];
      a[i] = ap[i];
    }
    sp = saturate(((a[1] * saturate(r[1] + r[1])) >> 15) + ((a[2] * saturate(r[2] + r[2])) >> 15));
    int zeros = 0;
    for (int i = 6; i > 0; i--) {
      zeros += (b[i] * saturate(d[i] + d[i])) >> 15;
    }
    sz = saturate(zeros);
    s = saturate(sp + sz);
  }

  // UPPOL2 then UPPOL1: sign-sign gradient adaptation with the stability limits of §3.6.
  private void updatePoles() {
    boolean sg0 = p[0] < 0;
    boolean sg1 = p[1] < 0;
    boolean sg2 = p[2] < 0;
    int wd1 = saturate(a[1] << 2);
    int wd2 = Math.min(sg0 == sg1 ? -wd1 : wd1, 32767);
    int a2 = (wd2 >> 7) + (sg0 == sg2 ? 128 : -128) + ((a[2] * 32512) >> 15);
    ap[2] = clamp(a2, -12288, 12288);
    int a1 = saturate((sg0 == sg1 ? 192 : -192) + ((a[1] * 32640) >> 15));
    int limit = saturate(15360 - ap[2]);
    ap[1] = clamp(a1, -limit, limit);
  }

  private void updateZeros(int dq) {
    int step = dq == 0 ? 0 : 128;
    boolean sg0 = dq < 0;
    for (int i = 1; i < 7; i++) {
      int sign = (d[i] < 0) == sg0 ? step : -step;
      bp[i] = saturate(sign + ((b[i] * 32640) >> 15));
    }
  }

  static int saturate(int value) {
    return clamp(value, Short.MIN_VALUE, Short.MAX_VALUE);
  }

  static int clamp(int value, int min, int max) {
    return value < min ? min : Math.min(value, max);
  }
}
