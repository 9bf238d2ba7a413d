package io.parley.codecs.gsm;

import static io.parley.codecs.gsm.GsmMath.abs;
import static io.parley.codecs.gsm.GsmMath.add;
import static io.parley.codecs.gsm.GsmMath.multR;
import static io.parley.codecs.gsm.GsmMath.sub;

/**
 * Short-term (LPC) filtering shared by encoder and decoder: decoding of the coded log-area ratios,
 * their interpolation over four segments of the frame and the lattice filters (GSM 06.10 §4.2.8 to
 * §4.2.10 and §4.3.4). Holds the previous frame's LARs and the lattice memory.
 */
final class GsmShortTerm {

  static final int[] MIC = {-32, -32, -16, -16, -8, -8, -4, -4};
  static final int[] MAC = {31, 31, 15, 15, 7, 7, 3, 3};
  static final int[] A = {20480, 20480, 20480, 20480, 13964, 15360, 8534, 9036};
  static final int[] B = {0, 0, 2048, -2560, 94, -1792, -341, -1144};
  private static final int[] INVA = {13107, 13107, 13107, 13107, 19223, 17476, 31454, 29708};

  // Segment boundaries of §4.2.9.1: the first three segments interpolate old and new LARs.
  private static final int[] SEGMENT_END = {13, 27, 40, 160};

  private final int[] previousLarpp = new int[8];
  private final int[] larpp = new int[8];
  private final int[] rp = new int[8];
  private final int[] u = new int[9];

  /** Analysis ({@code true}) turns speech into residual; synthesis does the reverse. */
  void filter(int[] larc, int[] signal, boolean analysis) {
    decode(larc);
    int start = 0;
    for (int segment = 0; segment < 4; segment++) {
      interpolate(segment);
      for (int k = start; k < SEGMENT_END[segment]; k++) {
        signal[k] = analysis ? analyse(signal[k]) : synthesise(signal[k]);
      }
      start = SEGMENT_END[segment];
    }
    System.arraycopy(larpp, 0, previousLarpp, 0, 8);
  }

  void reset() {
    java.util.Arrays.fill(previousLarpp, 0);
    java.util.Arrays.fill(u, 0);
  }

  // §4.2.8: LARpp = (LARc + MIC - B / 1024 scaled) / A.
  private void decode(int[] larc) {
    for (int i = 0; i < 8; i++) {
      int temp = add(larc[i], MIC[i]) << 10;
      temp = sub(temp, B[i] << 1);
      temp = multR(INVA[i], temp);
      larpp[i] = add(temp, temp);
    }
  }

  // §4.2.9: interpolate, then §4.2.9.2: log-area ratio back to reflection coefficient.
  private void interpolate(int segment) {
    for (int i = 0; i < 8; i++) {
      int old = previousLarpp[i];
      int now = larpp[i];
      int larp =
          switch (segment) {
            case 0 -> add(add(old >> 2, now >> 2), old >> 1);
            case 1 -> add(old >> 1, now >> 1);
            case 2 -> add(add(old >> 2, now >> 2), now >> 1);
            default -> now;
          };
      int temp = abs(larp);
      if (temp < 11059) {
        temp <<= 1;
      } else if (temp < 20070) {
        temp += 11059;
      } else {
        temp = add(temp >> 2, 26112);
      }
      rp[i] = larp < 0 ? -temp : temp;
    }
  }

  // §4.2.10 lattice analysis filter.
  private int analyse(int sample) {
    int di = sample;
    int sav = di;
    for (int i = 0; i < 8; i++) {
      int ui = u[i];
      u[i] = sav;
      sav = add(ui, multR(rp[i], di));
      di = add(di, multR(rp[i], ui));
    }
    return di;
  }

  // §4.3.4 lattice synthesis filter; u holds the v memory on the decoder side.
  private int synthesise(int residual) {
    int sri = residual;
    for (int i = 7; i >= 0; i--) {
      sri = sub(sri, multR(rp[i], u[i]));
      u[i + 1] = add(u[i], multR(rp[i], sri));
    }
    u[0] = sri;
    return sri;
  }
}
