package io.parley.codecs;

import static org.assertj.core.api.Assertions.assertThat;

import io.parley.codecs.testing.Quality;
import io.parley.codecs.testing.Signals;
import io.parley.media.codec.AudioCodec;
import io.parley.media.codec.AudioCodecFactory;
import io.parley.media.codec.CodecException;
import io.parley.media.codec.CodecRegistry;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Every registered codec, fed tones and espeak-ng speech: round-trip SNR floors per codec, and
 * stable behaviour on silence, clipping and packet loss (RFC 3551 §4.5 encodings).
 */
class CodecQualityTest {

  /** Floors: tone SNR dB, speech segmental SNR dB, measured with a few dB of margin. */
  private record Floor(double tone, double speechSegmental) {}

  private static final Map<String, Floor> FLOORS =
      Map.ofEntries(
          Map.entry("PCMU/8000", new Floor(37, 32)),
          Map.entry("PCMA/8000", new Floor(37, 32)),
          Map.entry("G722/8000", new Floor(50, 24)),
          Map.entry("GSM/8000", new Floor(26, 8)),
          Map.entry("L16/8000", new Floor(90, 34)),
          Map.entry("L16/16000", new Floor(90, 34)),
          Map.entry("L16/44100", new Floor(90, 34)),
          Map.entry("L16/48000", new Floor(90, 34)),
          Map.entry("opus/48000/2", new Floor(18, 5)),
          Map.entry("speex/8000", new Floor(24, 11)),
          Map.entry("speex/16000", new Floor(34, 14)));

  static Stream<AudioCodecFactory> codecs() {
    return CodecRegistry.load().factories().stream();
  }

  private static Floor floor(AudioCodecFactory f) {
    Floor floor = FLOORS.get(f.descriptor().rtpmap());
    Assumptions.assumeTrue(floor != null, "no quality floor for " + f.descriptor().rtpmap());
    return floor;
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("codecs")
  void rfc3551Section4_5_toneSurvivesTheRoundTrip(AudioCodecFactory factory) throws CodecException {
    Floor floor = floor(factory);
    AudioCodec codec = factory.create();
    int rate = codec.sampleRate();
    short[] tone = Signals.tone(rate, rate * 2, 440, 8000);
    short[] out = Quality.roundTrip(codec, tone);
    int delay = Quality.delay(tone, out, rate / 50);
    double snr = Quality.snr(tone, out, delay, rate / 5);
    System.out.printf(
        "%s tone SNR %.1f dB (delay %d)%n", factory.descriptor().rtpmap(), snr, delay);
    assertThat(snr).as("tone SNR dB").isGreaterThan(floor.tone());
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("codecs")
  void rfc3551Section4_5_speechKeepsItsSegmentalSnr(AudioCodecFactory factory)
      throws CodecException {
    Floor floor = floor(factory);
    AudioCodec codec = factory.create();
    int rate = codec.sampleRate();
    short[] speech = Signals.speech(rate);
    short[] out = Quality.roundTrip(codec, speech);
    int delay = Quality.delay(speech, out, rate / 50);
    double seg = Quality.segmentalSnr(speech, out, delay, rate / 50);
    System.out.printf("%s speech segSNR %.1f dB%n", factory.descriptor().rtpmap(), seg);
    assertThat(seg).as("segmental SNR dB").isGreaterThan(floor.speechSegmental());
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("codecs")
  void rfc3551Section4_5_silenceStaysSilent(AudioCodecFactory factory) throws CodecException {
    AudioCodec codec = factory.create();
    short[] out = Quality.roundTrip(codec, new short[codec.sampleRate()]);
    assertThat(Quality.peak(out, 0, out.length)).as("peak of decoded silence").isLessThan(64);
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("codecs")
  void rfc3551Section4_5_clippedInputStaysBoundedAndRecovers(AudioCodecFactory factory)
      throws CodecException {
    AudioCodec codec = factory.create();
    int rate = codec.sampleRate();
    short[] clipped = Signals.tone(rate, rate, 300, 80000);
    short[] input = java.util.Arrays.copyOf(clipped, 2 * rate);
    short[] out = Quality.roundTrip(codec, input);
    // Half a second after the clipped tone stops, the decoder has settled back to near silence.
    assertThat(Quality.peak(out, rate + rate / 2, out.length)).isLessThan(256);
    // The clipped part is loud and has no sign flips from integer wrap-around.
    int loud = 0;
    for (int i = rate / 5; i < rate - rate / 10; i++) {
      if (Math.abs(out[i]) > 16000) {
        loud++;
      }
    }
    assertThat(loud).as("samples above 16000 in the clipped tone").isGreaterThan(rate / 4);
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("codecs")
  void rfc3550Section10_lostPacketsAreConcealedWithoutClicks(AudioCodecFactory factory)
      throws CodecException {
    AudioCodec clean = factory.create();
    int rate = clean.sampleRate();
    short[] tone = Signals.tone(rate, rate * 2, 440, 8000);
    short[] reference = Quality.roundTrip(clean, tone);
    int natural = Quality.maxStep(reference, rate / 10, reference.length);
    boolean[] lost = new boolean[tone.length / clean.frameSamples()];
    for (int f = 10; f < lost.length; f += 9) {
      lost[f] = true;
      if (f % 2 == 0) {
        lost[f + 1] = true;
      }
    }
    short[] out = Quality.roundTrip(factory.create(), tone, lost);
    int worst = Quality.maxStep(out, rate / 10, out.length);
    System.out.printf(
        "%s PLC max step %d vs natural %d%n", factory.descriptor().rtpmap(), worst, natural);
    assertThat(worst).as("largest sample step with loss").isLessThan(natural * 2 + 200);
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("codecs")
  void rfc3550Section5_garbagePayloadsGiveTypedErrorsNeverRuntimeExceptions(
      AudioCodecFactory factory) throws CodecException {
    AudioCodec codec = factory.create();
    java.util.Random random = new java.util.Random(factory.descriptor().rtpmap().hashCode());
    short[] pcm = new short[48000 * 120 / 1000 * 2 * 4];
    int decoded = 0;
    for (int n = 0; n < 300; n++) {
      byte[] payload = new byte[1 + random.nextInt(400)];
      random.nextBytes(payload);
      try {
        codec.decode(payload, 0, payload.length, pcm, 0);
        decoded++;
      } catch (CodecException expected) {
        assertThat(expected.getMessage()).isNotBlank();
      }
    }
    // Afterwards the codec still works on good input.
    short[] tone = Signals.tone(codec.sampleRate(), codec.frameSamples() * 10, 440, 8000);
    assertThat(Quality.roundTrip(codec, tone))
        .hasSize(tone.length / codec.frameSamples() * codec.frameSamples());
    System.out.printf(
        "%s decoded %d of 300 garbage payloads%n", factory.descriptor().rtpmap(), decoded);
  }
}
