package io.parley.media.dtmf;

/**
 * Generates in-band DTMF tones as 16-bit linear PCM: the digit's two sine waves at a level given in
 * dBm0 per tone (ITU-T Q.23), where a full-scale sine is +3.14 dBm0 (ITU-T G.711).
 */
public final class DtmfToneGenerator {

  /** The default level of each tone, -8 dBm0: well inside Q.24's acceptance range. */
  public static final double DEFAULT_LEVEL_DBM0 = -8.0;

  private DtmfToneGenerator() {}

  /**
   * Returns the peak amplitude of a sine at {@code levelDbm0}.
   *
   * @throws IllegalArgumentException if the level is above the +3.14 dBm0 full-scale sine
   */
  public static double amplitude(double levelDbm0) {
    if (levelDbm0 > 3.14) {
      throw new IllegalArgumentException("level must be at most +3.14 dBm0, got " + levelDbm0);
    }
    return 32767 * Math.pow(10, (levelDbm0 - 3.14) / 20);
  }

  /**
   * Generates a tone.
   *
   * @param digit the digit
   * @param sampleRate samples per second, e.g. 8000 or 16000
   * @param durationMillis the tone length in milliseconds
   * @param levelDbm0 the level of each of the two tones
   * @return the samples
   * @throws IllegalArgumentException if the rate cannot carry the tones (below 4000 Hz), the
   *     duration is negative, or the level exceeds full scale
   */
  public static short[] tone(
      DtmfDigit digit, int sampleRate, int durationMillis, double levelDbm0) {
    if (sampleRate < 4000 || durationMillis < 0) {
      throw new IllegalArgumentException(
          "need a sample rate >= 4000 and a duration >= 0, got "
              + sampleRate
              + " and "
              + durationMillis);
    }
    double amplitude = amplitude(levelDbm0);
    short[] samples = new short[(int) ((long) sampleRate * durationMillis / 1000)];
    double low = 2 * Math.PI * digit.lowHz() / sampleRate;
    double high = 2 * Math.PI * digit.highHz() / sampleRate;
    for (int n = 0; n < samples.length; n++) {
      double value = amplitude * (Math.sin(low * n) + Math.sin(high * n));
      samples[n] = (short) Math.max(Short.MIN_VALUE, Math.min(Short.MAX_VALUE, Math.round(value)));
    }
    return samples;
  }
}
