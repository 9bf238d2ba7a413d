package io.parley.codecs.opus;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.jaredmdobson.concentus.OpusBandwidth;
import io.parley.codecs.testing.Quality;
import io.parley.codecs.testing.Signals;
import io.parley.media.codec.AudioCodec;
import io.parley.media.codec.CodecException;
import io.parley.media.codec.FormatParameters;
import org.junit.jupiter.api.Test;

class OpusCodecTest {

  private static OpusCodec create(String remoteFmtp) throws CodecException {
    return (OpusCodec) new OpusFactory().create(FormatParameters.parse(remoteFmtp), 20);
  }

  @Test
  void rfc7587Section4_1_rtpClockIs48KhzWhateverThePcmRate() throws Exception {
    OpusSettings wideband = new OpusSettings(16000, false, 24000, 5, true, false, 10);
    AudioCodec codec = new OpusFactory(wideband).create();
    assertThat(codec.descriptor().rtpmap()).isEqualTo("opus/48000/2");
    assertThat(codec.sampleRate()).isEqualTo(16000);
    assertThat(codec.frameSamples()).isEqualTo(320);
    assertThat(codec.rtpTimestampIncrement()).isEqualTo(960);
  }

  @Test
  void rfc7587Section6_1_remoteParametersBoundWhatWeSend() throws Exception {
    OpusCodec codec =
        create("maxplaybackrate=16000;maxaveragebitrate=20000;useinbandfec=1;usedtx=1");
    assertThat(codec.maxBandwidth()).isEqualTo(OpusBandwidth.OPUS_BANDWIDTH_WIDEBAND);
    assertThat(codec.bitrate()).isEqualTo(20000);
    assertThat(codec.sendsFec()).isTrue();
    assertThat(codec.usesDtx()).isTrue();
    OpusCodec plain = create("");
    assertThat(plain.maxBandwidth()).isEqualTo(OpusBandwidth.OPUS_BANDWIDTH_FULLBAND);
    assertThat(plain.bitrate()).isEqualTo(32000);
    assertThat(plain.sendsFec()).as("FEC only when the receiver says it can use it").isFalse();
    assertThat(plain.usesDtx()).isFalse();
    assertThat(create("maxplaybackrate=8000").maxBandwidth())
        .isEqualTo(OpusBandwidth.OPUS_BANDWIDTH_NARROWBAND);
  }

  @Test
  void rfc7587Section6_1_badParametersAreTypedErrorsNamingTheParameter() {
    assertThatThrownBy(() -> create("maxaveragebitrate=100"))
        .isInstanceOf(CodecException.class)
        .hasMessageContaining("maxaveragebitrate=100 outside 6000..510000");
    assertThatThrownBy(() -> create("useinbandfec=yes"))
        .isInstanceOf(CodecException.class)
        .hasMessageContaining("useinbandfec=yes must be 0 or 1");
  }

  @Test
  void rfc7587Section6_1_ourFmtpSaysWhatWeCanReceive() {
    assertThat(new OpusFactory().offer().toString())
        .isEqualTo(
            "maxplaybackrate=48000;sprop-maxcapturerate=48000;stereo=0;sprop-stereo=0;useinbandfec=1");
  }

  @Test
  void rfc7587Section3_1_3_dtxSendsNothingDuringSilence() throws Exception {
    OpusCodec codec = create("usedtx=1");
    byte[] out = new byte[codec.maxPayloadBytes()];
    int empty = 0;
    for (int f = 0; f < 50; f++) {
      if (codec.encode(new short[960], 0, out, 0) == 0) {
        empty++;
      }
    }
    assertThat(empty).as("frames not sent out of 50 silent ones").isGreaterThan(30);
  }

  @Test
  void rfc7587Section3_3_inBandFecRecoversLostFramesBetterThanConcealment() throws Exception {
    short[] speech = Signals.speech(48000);
    boolean[] lost = new boolean[speech.length / 960];
    for (int f = 5; f < lost.length; f += 4) {
      lost[f] = true;
    }
    short[] fec = Quality.roundTrip(create("useinbandfec=1"), speech, lost);
    // Without LBRR data in the next packet, the decoder's FEC path falls back to concealment.
    short[] concealed = Quality.roundTrip(create("useinbandfec=0"), speech, lost);
    int delay = Quality.delay(speech, Quality.roundTrip(create(""), speech), 960);
    double withFec = Quality.segmentalSnr(speech, fec, delay, 960);
    double withPlc = Quality.segmentalSnr(speech, concealed, delay, 960);
    assertThat(withFec).isGreaterThan(withPlc + 1.0);
  }

  @Test
  void rfc6716Section3_malformedPacketIsATypedError() throws Exception {
    AudioCodec codec = create("");
    // TOC code 3 (arbitrary frame count) with a frame count of zero is invalid (RFC 6716 §3.2.5).
    byte[] bad = {(byte) 0x03, 0x00};
    assertThatThrownBy(() -> codec.decode(bad, 0, bad.length, new short[5760], 0))
        .isInstanceOf(CodecException.class)
        .hasMessageContaining("opus: cannot decode packet of 2 octets");
  }

  @Test
  void rfc6716Section3_decodingAcceptsPacketsLongerThanOurFrame() throws Exception {
    AudioCodec sender = new OpusFactory().create(FormatParameters.EMPTY, 60);
    byte[] packet = new byte[sender.maxPayloadBytes()];
    int n = sender.encode(Signals.tone(48000, 2880, 440, 8000), 0, packet, 0);
    AudioCodec receiver = create("");
    assertThat(receiver.decode(packet, 0, n, new short[5760], 0)).isEqualTo(2880);
  }

  @Test
  void rfc7587Section6_1_stereoPcmIsInterleavedAndSurvivesTheRoundTrip() throws Exception {
    OpusSettings stereo = new OpusSettings(48000, true, 64000, 5, false, false, 0);
    AudioCodec codec = new OpusFactory(stereo).create(FormatParameters.parse("stereo=1"), 20);
    assertThat(codec.channels()).isEqualTo(2);
    assertThat(codec.fmtp().get("stereo")).isEqualTo("1");
    // Left a 440 Hz tone, right silent: the channels must stay apart.
    short[] left = Signals.tone(48000, 48000, 440, 8000);
    short[] pcm = new short[2 * left.length];
    for (int i = 0; i < left.length; i++) {
      pcm[2 * i] = left[i];
    }
    short[] out = Quality.roundTrip(codec, pcm);
    long leftEnergy = 0;
    long rightEnergy = 0;
    for (int i = 9600; i < out.length / 2; i++) {
      leftEnergy += (long) out[2 * i] * out[2 * i];
      rightEnergy += (long) out[2 * i + 1] * out[2 * i + 1];
    }
    assertThat(10 * Math.log10((double) leftEnergy / Math.max(1, rightEnergy))).isGreaterThan(20);
  }

  @Test
  void rfc7587Section4_1_badLocalSettingsAreRejectedWithTheValue() {
    assertThatThrownBy(() -> new OpusSettings(44100, false, 32000, 5, true, false, 10))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("44100");
    assertThatThrownBy(() -> new OpusSettings(48000, false, 32000, 11, true, false, 10))
        .hasMessageContaining("complexity outside 0..10: 11");
  }
}
