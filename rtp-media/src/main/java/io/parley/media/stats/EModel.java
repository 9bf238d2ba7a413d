package io.parley.media.stats;

/**
 * The ITU-T G.107 E-model, reduced to what a phone can measure: codec impairment, packet loss with
 * its burstiness, and one-way delay. Other factors keep their G.107 default values (Ro - Is = 93.2,
 * A = 0).
 */
public final class EModel {

  private static final double DEFAULT_R = 93.2;

  private EModel() {}

  /**
   * Computes the transmission rating R.
   *
   * @param codec the codec's Ie and Bpl
   * @param lossPercent the packet loss, 0..100
   * @param burstRatio BurstR (1 for random loss, above 1 for bursty loss)
   * @param oneWayDelayMillis mouth-to-ear delay: half the RTT plus jitter buffer and codec delay
   * @return R, 0..93.2
   * @throws IllegalArgumentException if loss is outside 0..100, BurstR is below 1 or the delay is
   *     negative
   */
  public static double rating(
      CodecImpairment codec, double lossPercent, double burstRatio, double oneWayDelayMillis) {
    if (lossPercent < 0 || lossPercent > 100 || burstRatio < 1 || oneWayDelayMillis < 0) {
      throw new IllegalArgumentException(
          "need loss 0..100, BurstR >= 1 and delay >= 0, got "
              + lossPercent
              + "/"
              + burstRatio
              + "/"
              + oneWayDelayMillis);
    }
    double ieEffective =
        codec.ie() + (95 - codec.ie()) * lossPercent / (lossPercent / burstRatio + codec.bpl());
    double r = DEFAULT_R - delayImpairment(oneWayDelayMillis) - ieEffective;
    return Math.max(0, Math.min(DEFAULT_R, r));
  }

  /**
   * The delay impairment Id for an echo-free connection, in the simplified form widely used with
   * G.107: 0.024 d, plus 0.11 (d - 177.3) beyond 177.3 ms.
   */
  static double delayImpairment(double d) {
    return 0.024 * d + (d > 177.3 ? 0.11 * (d - 177.3) : 0);
  }

  /**
   * Converts R to an estimated listening-quality MOS (G.107 Annex B).
   *
   * @return MOS, 1.0..4.5
   */
  public static double mos(double r) {
    if (r <= 0) {
      return 1.0;
    }
    if (r >= 100) {
      return 4.5;
    }
    return 1 + 0.035 * r + r * (r - 60) * (100 - r) * 7e-6;
  }
}
