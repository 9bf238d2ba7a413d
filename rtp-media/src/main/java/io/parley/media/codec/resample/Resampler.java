package io.parley.media.codec.resample;

/**
 * Converts a mono 16-bit PCM stream from one sample rate to another with a polyphase
 * Kaiser-windowed sinc filter, so a codec at any rate works with an audio device at any rate.
 *
 * <p>The ratio is reduced to {@code L/M} (output/input over their greatest common divisor); the
 * filter keeps one set of taps per output phase, so each output sample costs {@code 2 * halfTaps}
 * multiply-adds. The cut-off sits at 92% of the lower Nyquist frequency, which keeps aliasing below
 * about -70 dB with the default 16 zero crossings per side.
 *
 * <p>Output sample {@code n} is the input signal evaluated at time {@code n/outputRate}; the filter
 * needs {@code halfTaps} input samples of look-ahead, so the first outputs of a stream arrive that
 * much later but are not shifted in time. One instance per stream; not thread-safe.
 */
public final class Resampler {

  private static final int ZERO_CROSSINGS = 16;
  private static final double ROLLOFF = 0.92;
  private static final double KAISER_BETA = 8.0;
  private static final int MAX_PHASES = 4096;

  private final int inputRate;
  private final int outputRate;
  private final int up;
  private final int down;
  private final int halfTaps;
  private final float[][] phases;
  private final float[] buffer;
  private int filled;
  private long position;

  /**
   * Creates a resampler.
   *
   * @throws IllegalArgumentException if a rate is not positive, or the reduced ratio needs more
   *     than 4096 filter phases (rates with no useful common divisor)
   */
  public Resampler(int inputRate, int outputRate) {
    if (inputRate <= 0 || outputRate <= 0) {
      throw new IllegalArgumentException(
          "sample rates must be positive: " + inputRate + " -> " + outputRate);
    }
    int gcd = gcd(inputRate, outputRate);
    this.inputRate = inputRate;
    this.outputRate = outputRate;
    this.up = outputRate / gcd;
    this.down = inputRate / gcd;
    if (up > MAX_PHASES) {
      throw new IllegalArgumentException(
          "ratio " + inputRate + " -> " + outputRate + " needs " + up + " phases (max 4096)");
    }
    double cutoff = ROLLOFF * Math.min(1.0, (double) up / down);
    this.halfTaps = (int) Math.ceil(ZERO_CROSSINGS / cutoff);
    this.phases = design(up, halfTaps, cutoff);
    this.buffer = new float[2 * halfTaps + 8192];
    reset();
  }

  /** The input sample rate in Hz. */
  public int inputRate() {
    return inputRate;
  }

  /** The output sample rate in Hz. */
  public int outputRate() {
    return outputRate;
  }

  /**
   * The most samples one call to {@link #process} can write for {@code inputLength} input samples.
   */
  public int maxOutput(int inputLength) {
    return (int) (((long) inputLength + 2L * halfTaps) * up / down) + 2;
  }

  /**
   * Resamples {@code length} samples from {@code in[offset]}, writing at {@code out[outOffset]}.
   *
   * @return the number of output samples written (at most {@link #maxOutput(int)})
   * @throws IndexOutOfBoundsException if a range lies outside its array
   */
  public int process(short[] in, int offset, int length, short[] out, int outOffset) {
    java.util.Objects.checkFromIndexSize(offset, length, in.length);
    int written = 0;
    int consumed = 0;
    while (consumed < length) {
      int take = Math.min(length - consumed, buffer.length - filled);
      for (int i = 0; i < take; i++) {
        buffer[filled + i] = in[offset + consumed + i];
      }
      filled += take;
      consumed += take;
      written += drain(out, outOffset + written);
    }
    return written;
  }

  /** Forgets the stream: the next input starts at time zero after silence. */
  public void reset() {
    java.util.Arrays.fill(buffer, 0f);
    filled = halfTaps;
    position = (long) halfTaps * up;
  }

  private int drain(short[] out, int outOffset) {
    int written = 0;
    int taps = 2 * halfTaps;
    while (true) {
      int centre = (int) (position / up);
      if (centre + halfTaps >= filled) {
        break;
      }
      float[] h = phases[(int) (position % up)];
      int first = centre - halfTaps + 1;
      float sum = 0f;
      for (int j = 0; j < taps; j++) {
        sum += h[j] * buffer[first + j];
      }
      out[outOffset + written++] = clip(sum);
      position += down;
    }
    int keepFrom = (int) (position / up) - halfTaps + 1;
    if (keepFrom > 0) {
      System.arraycopy(buffer, keepFrom, buffer, 0, filled - keepFrom);
      filled -= keepFrom;
      position -= (long) keepFrom * up;
    }
    return written;
  }

  private static short clip(float value) {
    int rounded = Math.round(value);
    return (short) Math.max(Short.MIN_VALUE, Math.min(Short.MAX_VALUE, rounded));
  }

  // Tap j of phase p weighs input sample (centre - halfTaps + 1 + j) for an output at
  // centre + p/up, i.e. at distance t = p/up + halfTaps - 1 - j input samples.
  private static float[][] design(int up, int halfTaps, double cutoff) {
    float[][] table = new float[up][2 * halfTaps];
    double i0Beta = besselI0(KAISER_BETA);
    for (int p = 0; p < up; p++) {
      double sum = 0;
      double[] taps = new double[2 * halfTaps];
      for (int j = 0; j < taps.length; j++) {
        double t = (double) p / up + halfTaps - 1 - j;
        double x = t / halfTaps;
        double window =
            Math.abs(x) >= 1 ? 0 : besselI0(KAISER_BETA * Math.sqrt(1 - x * x)) / i0Beta;
        taps[j] = cutoff * sinc(cutoff * t) * window;
        sum += taps[j];
      }
      for (int j = 0; j < taps.length; j++) {
        table[p][j] = (float) (taps[j] / sum);
      }
    }
    return table;
  }

  private static double sinc(double x) {
    return x == 0 ? 1.0 : Math.sin(Math.PI * x) / (Math.PI * x);
  }

  private static double besselI0(double x) {
    double sum = 1;
    double term = 1;
    for (int k = 1; k < 50; k++) {
      term *= (x / (2 * k)) * (x / (2 * k));
      sum += term;
      if (term < 1e-12 * sum) {
        break;
      }
    }
    return sum;
  }

  private static int gcd(int a, int b) {
    return b == 0 ? a : gcd(b, a % b);
  }
}
