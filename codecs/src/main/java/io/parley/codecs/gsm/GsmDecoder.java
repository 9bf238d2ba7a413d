package io.parley.codecs.gsm;

import static io.parley.codecs.gsm.GsmMath.add;
import static io.parley.codecs.gsm.GsmMath.multR;

/** GSM 06.10 RPE-LTP decoder (§4.3): one {@link GsmFrame} in, 160 samples out. */
final class GsmDecoder {

  private final GsmShortTerm shortTerm = new GsmShortTerm();
  private final int[] drp = new int[160];
  private final int[] erp = new int[40];
  private final int[] wt = new int[160];
  private int previousLag = 40;
  private int msr;

  void decode(GsmFrame frame, short[] pcm, int offset) {
    for (int j = 0; j < 4; j++) {
      GsmRpe.decode(frame, j, erp);
      int lag = frame.nc[j];
      if (lag < 40 || lag > 120) {
        lag = previousLag;
      }
      previousLag = lag;
      int gain = GsmEncoder.QLB[frame.bc[j]];
      for (int k = 0; k < 40; k++) {
        drp[120 + k] = add(erp[k], multR(gain, drp[120 + k - lag]));
        wt[40 * j + k] = drp[120 + k];
      }
      System.arraycopy(drp, 40, drp, 0, 120);
    }
    shortTerm.filter(frame.larc, wt, false);
    // §4.3.5: de-emphasis, then up-scaling to 16 bits with the 3 unused bits cleared.
    for (int k = 0; k < 160; k++) {
      msr = add(wt[k], multR(msr, 28180));
      pcm[offset + k] = (short) (add(msr, msr) & 0xFFF8);
    }
  }

  void reset() {
    shortTerm.reset();
    java.util.Arrays.fill(drp, 0);
    previousLag = 40;
    msr = 0;
  }
}
