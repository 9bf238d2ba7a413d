package io.parley.codecs.g722;

/** Quantiser tables of ITU-T G.722 §3 and the transmit/receive QMF coefficients of §3.1. */
final class G722Tables {

  /** Even-indexed QMF coefficients h0, h2, ..., h22; the odd ones are these reversed. */
  static final int[] QMF = {3, -11, 12, 32, -210, 951, 3876, -805, 362, -156, 53, -11};

  /** QUANTL decision levels, in units of DETL / 4096. */
  static final int[] Q6 = {
    0, 35, 72, 110, 150, 190, 233, 276, 323, 370, 422, 473, 530, 587, 650, 714, 786, 858, 940, 1023,
    1121, 1219, 1339, 1458, 1612, 1765, 1980, 2195, 2557, 2919
  };

  /** Lower-band 6-bit codes for negative and positive differences, by quantiser interval. */
  static final int[] ILN = {
    0, 63, 62, 31, 30, 29, 28, 27, 26, 25, 24, 23, 22, 21, 20, 19, 18, 17, 16, 15, 14, 13, 12, 11,
    10, 9, 8, 7, 6, 5, 4, 0
  };

  static final int[] ILP = {
    0, 61, 60, 59, 58, 57, 56, 55, 54, 53, 52, 51, 50, 49, 48, 47, 46, 45, 44, 43, 42, 41, 40, 39,
    38, 37, 36, 35, 34, 33, 32, 0
  };

  /** INVQAL: 4-bit inverse quantiser used for predictor adaptation. */
  static final int[] QM4 = {
    0, -20456, -12896, -8968, -6288, -4240, -2584, -1200, 20456, 12896, 8968, 6288, 4240, 2584,
    1200, 0
  };

  /** INVQBL mode 1: 6-bit inverse quantiser for the decoder output at 64 kbit/s. */
  static final int[] QM6 = {
    -136, -136, -136, -136, -24808, -21904, -19008, -16704, -14984, -13512, -12280, -11192, -10232,
    -9360, -8576, -7856, -7192, -6576, -6000, -5456, -4944, -4464, -4008, -3576, -3168, -2776,
    -2400, -2032, -1688, -1360, -1040, -728, 24808, 21904, 19008, 16704, 14984, 13512, 12280, 11192,
    10232, 9360, 8576, 7856, 7192, 6576, 6000, 5456, 4944, 4464, 4008, 3576, 3168, 2776, 2400, 2032,
    1688, 1360, 1040, 728, 432, 136, -432, -136
  };

  /** INVQAH: 2-bit higher-band inverse quantiser. */
  static final int[] QM2 = {-7408, -1616, 7408, 1616};

  private G722Tables() {}
}
