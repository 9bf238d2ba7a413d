package io.parley.benchmarks.codec;

import java.util.Random;

/** A speech-like test signal: a few harmonics of a gliding pitch plus a little noise. */
final class BenchSignal {

  private BenchSignal() {}

  static short[] voiced(int rate, int samples) {
    short[] s = new short[samples];
    Random noise = new Random(1);
    double phase = 0;
    for (int i = 0; i < samples; i++) {
      double pitch = 120 + 40 * Math.sin(2 * Math.PI * i / rate);
      phase += 2 * Math.PI * pitch / rate;
      double v = 0;
      for (int h = 1; h <= 8; h++) {
        v += Math.sin(h * phase) / h;
      }
      s[i] = (short) (4000 * v + 300 * noise.nextGaussian());
    }
    return s;
  }
}
