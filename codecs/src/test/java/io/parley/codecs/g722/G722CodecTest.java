package io.parley.codecs.g722;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.parley.codecs.testing.Quality;
import io.parley.codecs.testing.Signals;
import io.parley.media.codec.AudioCodec;
import io.parley.media.codec.CodecException;
import io.parley.media.codec.FormatParameters;
import org.junit.jupiter.api.Test;

class G722CodecTest {

  @Test
  void rfc3551Section4_5_2_sixteenKilohertzAudioOnAnEightKilohertzClock() throws Exception {
    AudioCodec codec = new G722Factory().create();
    assertThat(codec.descriptor().payloadType()).isEqualTo(9);
    assertThat(codec.descriptor().rtpmap()).isEqualTo("G722/8000");
    assertThat(codec.sampleRate()).isEqualTo(16000);
    assertThat(codec.frameSamples()).isEqualTo(320);
    assertThat(codec.rtpTimestampIncrement()).isEqualTo(160);
    assertThat(codec.encode(new short[320], 0, new byte[160], 0)).isEqualTo(160);
  }

  @Test
  void g722Section3_3_silenceFromResetEncodesAs0xFaAndDecodesNearZero() throws Exception {
    AudioCodec codec = new G722Factory().create();
    byte[] out = new byte[160];
    codec.encode(new short[320], 0, out, 0);
    // With the initial DETL of 32 the lowest QUANTL decision levels round to zero, so a zero
    // difference lands in interval 4: lower code 58 (ILP[4]); the higher band sends 3.
    for (int i = 0; i < 40; i++) {
      assertThat(out[i]).as("octet %d", i).isEqualTo((byte) 0xFA);
    }
    short[] back = new short[320];
    assertThat(codec.decode(out, 0, 160, back, 0)).isEqualTo(320);
    assertThat(Quality.peak(back, 0, 320)).isLessThan(16);
  }

  @Test
  void g722Section3_higherSubBandCarriesTonesAbove4Khz() throws Exception {
    // A 6 kHz tone only exists in the 4-8 kHz band: it survives only if the QMF split, the
    // 2-bit higher-band ADPCM and the receive QMF are all right.
    AudioCodec codec = new G722Factory().create();
    short[] tone = Signals.tone(16000, 16000, 6000, 8000);
    short[] out = Quality.roundTrip(codec, tone);
    int delay = Quality.delay(tone, out, 64);
    assertThat(delay).as("QMF delay").isEqualTo(22);
    assertThat(Quality.snr(tone, out, delay, 1600)).isGreaterThan(10);
  }

  @Test
  void g722Section3_encoderAndDecoderPredictorsStayInStepOverLongInput() throws Exception {
    AudioCodec codec = new G722Factory().create();
    short[] speech = Signals.speech(16000);
    short[] once = Quality.roundTrip(codec, speech);
    codec.reset();
    short[] again = Quality.roundTrip(codec, speech);
    assertThat(again).as("reset makes the codec deterministic").isEqualTo(once);
  }

  @Test
  void rfc3551Section4_5_2_packetTimesAndEmptyPayload() throws Exception {
    AudioCodec codec = new G722Factory().create(FormatParameters.EMPTY, 10);
    assertThat(codec.maxPayloadBytes()).isEqualTo(80);
    assertThatThrownBy(() -> codec.decode(new byte[0], 0, 0, new short[10], 0))
        .isInstanceOf(CodecException.class)
        .hasMessageContaining("G722: empty payload");
  }
}
