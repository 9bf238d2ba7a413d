package io.parley.media.dtmf;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class GoertzelDetectorTest {

  @ParameterizedTest
  @ValueSource(ints = {8000, 16000})
  void ituQ24_allSixteenDigitsAreDetectedInOrder(int sampleRate) {
    List<DtmfDigit> sent = List.of(DtmfDigit.values());
    List<short[]> audio = new ArrayList<>();
    for (DtmfDigit digit : sent) {
      audio.add(DtmfToneGenerator.tone(digit, sampleRate, 60, -12));
      audio.add(new short[sampleRate / 20]);
    }

    assertThat(detect(new GoertzelDetector(sampleRate, -30), audio)).isEqualTo(sent);
  }

  @Test
  void ituQ24_weakTonesWithTwistAndNoiseAreDetected() {
    Random random = new Random(24);
    List<short[]> audio = new ArrayList<>();
    for (DtmfDigit digit : DtmfDigit.values()) {
      short[] low = sine(digit.lowHz(), -20, 80);
      short[] high = sine(digit.highHz(), -24, 80);
      short[] mixed = new short[low.length];
      for (int i = 0; i < mixed.length; i++) {
        mixed[i] = (short) (low[i] + high[i] + random.nextGaussian() * 60);
      }
      audio.add(mixed);
      audio.add(new short[400]);
    }

    assertThat(detect(new GoertzelDetector(8000, -30), audio)).containsExactly(DtmfDigit.values());
  }

  @Test
  void ituQ24_repeatedDigitNeedsTheGapToCountTwice() {
    List<short[]> audio =
        List.of(
            DtmfToneGenerator.tone(DtmfDigit.D7, 8000, 100, -10),
            new short[480],
            DtmfToneGenerator.tone(DtmfDigit.D7, 8000, 100, -10));

    assertThat(detect(new GoertzelDetector(8000, -30), audio))
        .containsExactly(DtmfDigit.D7, DtmfDigit.D7);
  }

  @Test
  void ituQ24_singleTonesAreRejected() {
    List<short[]> audio = new ArrayList<>();
    for (int hz : new int[] {697, 770, 852, 941, 1209, 1336, 1477, 1633, 1000, 440}) {
      audio.add(sine(hz, -5, 300));
    }

    assertThat(detect(new GoertzelDetector(8000, -30), audio)).isEmpty();
  }

  @Test
  void ituQ24_excessiveTwistIsRejected() {
    short[] low = sine(770, -5, 200);
    short[] high = sine(1336, -20, 200);
    for (int i = 0; i < low.length; i++) {
      low[i] += high[i];
    }

    assertThat(detect(new GoertzelDetector(8000, -30), List.of(low))).isEmpty();
  }

  @Test
  void ituQ24_noiseAndSpeechLikeSignalsAreRejected() {
    Random random = new Random(7);
    short[] noise = new short[8000 * 5];
    for (int i = 0; i < noise.length; i++) {
      noise[i] = (short) (random.nextGaussian() * 3000);
    }

    assertThat(detect(new GoertzelDetector(8000, -30), List.of(noise, voiced(random)))).isEmpty();
  }

  /** Vowel-like audio: a gliding 100-220 Hz voice with 30 harmonics under two formants. */
  private static short[] voiced(Random random) {
    short[] out = new short[8000 * 10];
    double phase = 0;
    for (int n = 0; n < out.length; n++) {
      double pitch = 160 + 60 * Math.sin(2 * Math.PI * n / 8000.0 * 0.7);
      phase += 2 * Math.PI * pitch / 8000;
      double value = 0;
      for (int h = 1; h <= 30; h++) {
        double hz = h * pitch;
        double formants =
            Math.exp(-Math.pow((hz - 700) / 250, 2)) + Math.exp(-Math.pow((hz - 1300) / 300, 2));
        value += (0.2 + formants) / h * Math.sin(h * phase);
      }
      out[n] = (short) (value * 4000 + random.nextGaussian() * 50);
    }
    return out;
  }

  private static short[] sine(int hz, double levelDbm0, int millis) {
    double amplitude = DtmfToneGenerator.amplitude(levelDbm0);
    short[] out = new short[8 * millis];
    for (int n = 0; n < out.length; n++) {
      out[n] = (short) Math.round(amplitude * Math.sin(2 * Math.PI * hz * n / 8000));
    }
    return out;
  }

  private static List<DtmfDigit> detect(GoertzelDetector detector, List<short[]> audio) {
    List<DtmfDigit> found = new ArrayList<>();
    for (short[] chunk : audio) {
      for (int offset = 0; offset < chunk.length; offset += 160) {
        found.addAll(detector.process(chunk, offset, Math.min(160, chunk.length - offset)));
      }
    }
    return found;
  }
}
