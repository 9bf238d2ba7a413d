package io.parley.codecs.g711;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.parley.media.codec.AudioCodec;
import io.parley.media.codec.CodecException;
import io.parley.media.codec.FormatParameters;
import org.junit.jupiter.api.Test;

class G711CodecTest {

  @Test
  void rfc3551Section6_pcmuAndPcmaHaveStaticPayloadTypesZeroAndEight() {
    assertThat(new PcmuFactory().descriptor().payloadType()).isZero();
    assertThat(new PcmaFactory().descriptor().payloadType()).isEqualTo(8);
    assertThat(new PcmuFactory().descriptor().rtpmap()).isEqualTo("PCMU/8000");
  }

  @Test
  void rfc3551Section4_5_14_twentyMillisecondsIs160OctetsOfSilencePattern() throws Exception {
    AudioCodec pcmu = new PcmuFactory().create();
    AudioCodec pcma = new PcmaFactory().create();
    byte[] out = new byte[pcmu.maxPayloadBytes()];
    assertThat(pcmu.encode(new short[160], 0, out, 0)).isEqualTo(160);
    assertThat(out).containsOnly((byte) 0xFF);
    assertThat(pcma.encode(new short[160], 0, out, 0)).isEqualTo(160);
    assertThat(out).containsOnly((byte) 0xD5);
    assertThat(pcmu.rtpTimestampIncrement()).isEqualTo(160);
  }

  @Test
  void rfc3551Section4_5_14_otherPacketTimesScaleThePayload() throws Exception {
    AudioCodec codec = new PcmuFactory().create(FormatParameters.EMPTY, 30);
    assertThat(codec.frameSamples()).isEqualTo(240);
    assertThat(codec.encode(new short[240], 0, new byte[240], 0)).isEqualTo(240);
  }

  @Test
  void g711_fullScaleSamplesMapToTheOuterCodeWords() throws Exception {
    AudioCodec pcmu = new PcmuFactory().create();
    short[] pcm = new short[160];
    pcm[0] = Short.MAX_VALUE;
    pcm[1] = Short.MIN_VALUE;
    byte[] out = new byte[160];
    pcmu.encode(pcm, 0, out, 0);
    assertThat(out[0] & 0xFF).isEqualTo(0x80);
    assertThat(out[1] & 0xFF).isEqualTo(0x00);
    short[] back = new short[160];
    pcmu.decode(out, 0, 160, back, 0);
    assertThat(back[0]).isEqualTo((short) 32124);
    assertThat(back[1]).isEqualTo((short) -32124);
  }

  @Test
  void rfc3551Section4_5_14_anyPayloadLengthDecodesButEmptyIsAnError() throws Exception {
    AudioCodec pcma = new PcmaFactory().create();
    short[] pcm = new short[400];
    assertThat(pcma.decode(new byte[240], 0, 240, pcm, 0)).isEqualTo(240);
    assertThatThrownBy(() -> pcma.decode(new byte[0], 0, 0, pcm, 0))
        .isInstanceOf(CodecException.class)
        .hasMessageContaining("PCMA: empty payload");
  }
}
