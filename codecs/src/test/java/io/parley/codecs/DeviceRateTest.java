package io.parley.codecs;

import static org.assertj.core.api.Assertions.assertThat;

import io.parley.codecs.testing.Quality;
import io.parley.codecs.testing.Signals;
import io.parley.media.codec.AudioCodec;
import io.parley.media.codec.AudioCodecFactory;
import io.parley.media.codec.CodecException;
import io.parley.media.codec.CodecRegistry;
import io.parley.media.codec.resample.Resampler;
import java.util.Arrays;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Any codec with any device rate: capture at the device rate, resample to the codec, encode,
 * decode, resample back, as the media engine does (RFC 3551 §4.1: the codec fixes the RTP rate, not
 * the sound card).
 */
class DeviceRateTest {

  private static short[] deviceRoundTrip(AudioCodec codec, short[] device, int deviceRate)
      throws CodecException {
    Resampler down = new Resampler(deviceRate, codec.sampleRate());
    Resampler up = new Resampler(codec.sampleRate(), deviceRate);
    short[] atCodec = new short[down.maxOutput(device.length)];
    int n = down.process(device, 0, device.length, atCodec, 0);
    short[] decoded = Quality.roundTrip(codec, Arrays.copyOf(atCodec, n));
    short[] back = new short[up.maxOutput(decoded.length)];
    return Arrays.copyOf(back, up.process(decoded, 0, decoded.length, back, 0));
  }

  // G.722's 22-sample delay at 16 kHz is 60.6 samples at 44.1 kHz; aligning to whole samples
  // caps the measurable SNR there, hence its lower floor.
  @ParameterizedTest(name = "{0} with a {1} Hz device")
  @CsvSource({
    "PCMU, 48000, 30",
    "PCMA, 44100, 30",
    "G722, 48000, 40",
    "G722, 44100, 28",
    "GSM, 48000, 20",
    "L16/16000, 44100, 45",
    "L16/8000, 48000, 45",
    "opus, 44100, 15",
    "opus, 16000, 15"
  })
  void rfc3551Section4_1_codecWorksAtAnyDeviceRate(String name, int deviceRate, double floorDb)
      throws CodecException {
    AudioCodecFactory factory = CodecRegistry.load().select(name).get(0);
    short[] device = Signals.tone(deviceRate, deviceRate * 2, 1000, 8000);
    short[] out = deviceRoundTrip(factory.create(), device, deviceRate);
    int delay = Quality.delay(device, out, deviceRate / 20);
    double snr = Quality.snr(device, out, delay, deviceRate / 5);
    assertThat(snr).as("%s at %d Hz: SNR dB", name, deviceRate).isGreaterThan(floorDb);
  }
}
