package io.parley.codecs.l16;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.parley.media.codec.AudioCodec;
import io.parley.media.codec.CodecException;
import org.junit.jupiter.api.Test;

class L16CodecTest {

  @Test
  void rfc3551Section4_5_11_samplesGoOutMostSignificantOctetFirst() throws Exception {
    AudioCodec codec = new L16Factory.Rate8000().create();
    short[] pcm = new short[160];
    pcm[0] = 0x1234;
    pcm[1] = -2;
    byte[] out = new byte[codec.maxPayloadBytes()];
    assertThat(codec.encode(pcm, 0, out, 0)).isEqualTo(320);
    assertThat(out).startsWith((byte) 0x12, (byte) 0x34, (byte) 0xFF, (byte) 0xFE, (byte) 0);
    short[] back = new short[160];
    assertThat(codec.decode(out, 0, 320, back, 0)).isEqualTo(160);
    assertThat(back).isEqualTo(pcm);
  }

  @Test
  void rfc3551Section6_mono44100HasStaticPayloadTypeElevenOthersAreDynamic() throws Exception {
    AudioCodec cd = new L16Factory.Rate44100().create();
    assertThat(cd.descriptor().payloadType()).isEqualTo(11);
    assertThat(cd.frameSamples()).isEqualTo(882);
    assertThat(cd.rtpTimestampIncrement()).isEqualTo(882);
    assertThat(new L16Factory.Rate48000().descriptor().payloadType()).isEqualTo(-1);
    assertThat(new L16Factory.Rate16000().descriptor().rtpmap()).isEqualTo("L16/16000");
  }

  @Test
  void rfc3551Section4_5_11_oddPayloadLengthIsATypedError() throws Exception {
    AudioCodec codec = new L16Factory(16000).create();
    assertThatThrownBy(() -> codec.decode(new byte[3], 0, 3, new short[10], 0))
        .isInstanceOf(CodecException.class)
        .hasMessageContaining("3 octets is not whole samples");
  }
}
