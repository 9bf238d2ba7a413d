package io.parley.media.dtmf;

import java.util.ArrayList;
import java.util.List;

/**
 * Detects in-band DTMF in 16-bit linear PCM with the Goertzel algorithm (ITU-T Q.24 ranges).
 *
 * <p>Each analysis window is 25.6 ms (205 samples at 8 kHz), evaluated every half window. A window
 * holds a digit when: the strongest row and column tones are above a minimum level; their twist is
 * within 8 dB normal and 4 dB reverse; every other tone of each group is at least 6 dB weaker; and
 * the two tones carry most of the window's energy. That last check rejects speech and music, whose
 * energy spreads over many harmonics, and the twist check rejects single tones. A digit is reported
 * once, after two consecutive windows agree, so tones of 50 ms or more are found.
 *
 * <p>Not thread-safe: one detector per received stream.
 */
public final class GoertzelDetector {

  private static final int[] ROWS = {697, 770, 852, 941};
  private static final int[] COLUMNS = {1209, 1336, 1477, 1633};
  private static final char[][] KEYS = {
    {'1', '2', '3', 'A'}, {'4', '5', '6', 'B'}, {'7', '8', '9', 'C'}, {'*', '0', '#', 'D'}
  };
  private static final double NORMAL_TWIST = Math.pow(10, -8 / 10.0);
  private static final double REVERSE_TWIST = Math.pow(10, 4 / 10.0);
  private static final double OTHER_TONE_RATIO = Math.pow(10, -6 / 10.0);
  private static final double MIN_ENERGY_SHARE = 0.7;

  private final int window;
  private final double[] rowCoefficients = new double[4];
  private final double[] columnCoefficients = new double[4];
  private final double minimumPower;
  private final double[] ring;
  private int filled;
  private int position;
  private int sinceLast;
  private DtmfDigit candidate;
  private DtmfDigit reported;

  /**
   * Creates a detector.
   *
   * @param sampleRate samples per second (8000 for narrowband, 16000 for wideband)
   * @param minimumLevelDbm0 the weakest tone accepted, e.g. -30 dBm0
   * @throws IllegalArgumentException if the sample rate is below 4000 Hz
   */
  public GoertzelDetector(int sampleRate, double minimumLevelDbm0) {
    if (sampleRate < 4000) {
      throw new IllegalArgumentException("sample rate must be at least 4000, got " + sampleRate);
    }
    this.window = Math.round(205f * sampleRate / 8000);
    for (int i = 0; i < 4; i++) {
      rowCoefficients[i] = 2 * Math.cos(2 * Math.PI * ROWS[i] / sampleRate);
      columnCoefficients[i] = 2 * Math.cos(2 * Math.PI * COLUMNS[i] / sampleRate);
    }
    double amplitude = DtmfToneGenerator.amplitude(Math.min(3.14, minimumLevelDbm0));
    this.minimumPower = Math.pow(window * amplitude / 2, 2);
    this.ring = new double[window];
  }

  /**
   * Feeds samples and returns the digits whose start lies in them, in order.
   *
   * @param samples the buffer
   * @param offset the first sample to read
   * @param length how many samples to read
   * @throws IndexOutOfBoundsException if the range lies outside {@code samples} (a caller bug)
   */
  public List<DtmfDigit> process(short[] samples, int offset, int length) {
    java.util.Objects.checkFromIndexSize(offset, length, samples.length);
    List<DtmfDigit> found = new ArrayList<>(1);
    for (int i = offset; i < offset + length; i++) {
      ring[position] = samples[i];
      position = (position + 1) % window;
      filled = Math.min(window, filled + 1);
      if (++sinceLast >= window / 2 && filled == window) {
        sinceLast = 0;
        DtmfDigit digit = analyse();
        if (digit != null && digit == candidate && digit != reported) {
          found.add(digit);
          reported = digit;
        } else if (digit == null && candidate == null) {
          reported = null;
        }
        candidate = digit;
      }
    }
    return found;
  }

  private DtmfDigit analyse() {
    double energy = 0;
    for (double sample : ring) {
      energy += sample * sample;
    }
    double[] rows = powers(rowCoefficients);
    double[] columns = powers(columnCoefficients);
    int row = strongest(rows);
    int column = strongest(columns);
    double rowPower = rows[row];
    double columnPower = columns[column];
    if (rowPower < minimumPower || columnPower < minimumPower) {
      return null;
    }
    double twist = columnPower / rowPower;
    if (twist < NORMAL_TWIST || twist > REVERSE_TWIST) {
      return null;
    }
    if (!dominates(rows, row) || !dominates(columns, column)) {
      return null;
    }
    if (2 * (rowPower + columnPower) < MIN_ENERGY_SHARE * window * energy) {
      return null;
    }
    return DtmfDigit.of(KEYS[row][column]).orElse(null);
  }

  private double[] powers(double[] coefficients) {
    double[] result = new double[4];
    for (int k = 0; k < 4; k++) {
      double coefficient = coefficients[k];
      double previous = 0;
      double beforePrevious = 0;
      for (int n = 0; n < window; n++) {
        double current = ring[(position + n) % window] + coefficient * previous - beforePrevious;
        beforePrevious = previous;
        previous = current;
      }
      result[k] =
          previous * previous
              + beforePrevious * beforePrevious
              - coefficient * previous * beforePrevious;
    }
    return result;
  }

  private static int strongest(double[] powers) {
    int best = 0;
    for (int i = 1; i < powers.length; i++) {
      if (powers[i] > powers[best]) {
        best = i;
      }
    }
    return best;
  }

  private static boolean dominates(double[] powers, int best) {
    for (int i = 0; i < powers.length; i++) {
      if (i != best && powers[i] > powers[best] * OTHER_TONE_RATIO) {
        return false;
      }
    }
    return true;
  }
}
