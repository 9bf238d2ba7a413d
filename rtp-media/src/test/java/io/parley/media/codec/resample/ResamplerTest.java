package io.parley.media.codec.resample;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class ResamplerTest {

  private static short[] tone(int rate, int samples, double hz) {
    short[] s = new short[samples];
    for (int i = 0; i < samples; i++) {
      s[i] = (short) Math.round(12000 * Math.sin(2 * Math.PI * hz * i / rate));
    }
    return s;
  }

  /** Feeds the tone in uneven chunks, as a device would, and collects the output. */
  private static short[] run(Resampler r, short[] in) {
    short[] out = new short[r.maxOutput(in.length) * 2];
    int written = 0;
    int pos = 0;
    int chunk = 37;
    while (pos < in.length) {
      int n = Math.min(chunk, in.length - pos);
      written += r.process(in, pos, n, out, written);
      pos += n;
      chunk = chunk * 7 % 331 + 1;
    }
    return java.util.Arrays.copyOf(out, written);
  }

  @ParameterizedTest(name = "{0} Hz -> {1} Hz")
  @CsvSource({
    "8000,48000", "48000,8000", "8000,16000", "16000,8000", "16000,48000", "48000,16000",
    "24000,32000", "32000,24000", "44100,48000", "48000,44100", "8000,44100", "16000,24000"
  })
  void toneKeepsItsFrequencyAndAmplitudeWithHighSnr(int from, int to) {
    double hz = 1000;
    Resampler r = new Resampler(from, to);
    short[] out = run(r, tone(from, from, hz));
    assertThat(out.length).isBetween(to - r.maxOutput(0), to);
    double signal = 0;
    double noise = 0;
    for (int n = to / 10; n < out.length; n++) {
      double ideal = 12000 * Math.sin(2 * Math.PI * hz * n / to);
      signal += ideal * ideal;
      noise += (out[n] - ideal) * (out[n] - ideal);
    }
    assertThat(10 * Math.log10(signal / noise)).as("SNR dB").isGreaterThan(50);
  }

  @Test
  void downsamplingRejectsToneAboveTheNewNyquist() {
    Resampler r = new Resampler(48000, 8000);
    short[] out = run(r, tone(48000, 48000, 6000));
    long energy = 0;
    for (int n = 800; n < out.length; n++) {
      energy += (long) out[n] * out[n];
    }
    double rms = Math.sqrt((double) energy / (out.length - 800));
    // 12000 peak is ~8485 rms; an alias at 2 kHz must be attenuated by more than 60 dB.
    assertThat(20 * Math.log10(rms / 8485.0)).isLessThan(-60);
  }

  @Test
  void fullScaleInputClipsRatherThanWrapsAround() {
    Resampler r = new Resampler(8000, 48000);
    short[] square = new short[8000];
    for (int i = 0; i < square.length; i++) {
      square[i] = (i / 20) % 2 == 0 ? Short.MAX_VALUE : Short.MIN_VALUE;
    }
    short[] out = run(r, square);
    for (int n = 1; n < out.length; n++) {
      // a wrap-around would jump by ~65535 between neighbours
      assertThat(Math.abs(out[n] - out[n - 1])).isLessThan(40000);
    }
  }

  @Test
  void badRatesAreRejectedWithTheValues() {
    assertThatThrownBy(() -> new Resampler(0, 8000)).hasMessageContaining("0 -> 8000");
    assertThatThrownBy(() -> new Resampler(8000, 44101)).hasMessageContaining("phases");
  }
}
