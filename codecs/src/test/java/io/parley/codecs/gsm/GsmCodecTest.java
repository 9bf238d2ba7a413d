package io.parley.codecs.gsm;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.parley.codecs.testing.Quality;
import io.parley.codecs.testing.Signals;
import io.parley.media.codec.AudioCodec;
import io.parley.media.codec.CodecException;
import io.parley.media.codec.FormatParameters;
import java.util.Random;
import org.junit.jupiter.api.Test;

class GsmCodecTest {

  @Test
  void rfc3551Section4_5_8_every160SamplesBecome33OctetsWithTheSignatureNibble() throws Exception {
    AudioCodec codec = new GsmFactory().create();
    assertThat(codec.descriptor().payloadType()).isEqualTo(3);
    short[] speech = Signals.speech(8000);
    byte[] out = new byte[codec.maxPayloadBytes()];
    for (int f = 0; f + 160 <= speech.length; f += 160) {
      assertThat(codec.encode(speech, f, out, 0)).isEqualTo(33);
      assertThat(out[0] & 0xF0).as("frame at sample %d", f).isEqualTo(0xD0);
    }
  }

  @Test
  void rfc3551Section4_5_8_fortyMillisecondPacketsCarryTwoFrames() throws Exception {
    AudioCodec codec = new GsmFactory().create(FormatParameters.EMPTY, 40);
    byte[] out = new byte[codec.maxPayloadBytes()];
    short[] tone = Signals.tone(8000, 320, 500, 5000);
    assertThat(codec.encode(tone, 0, out, 0)).isEqualTo(66);
    assertThat(out[33] & 0xF0).isEqualTo(0xD0);
    assertThat(codec.decode(out, 0, 66, new short[320], 0)).isEqualTo(320);
  }

  @Test
  void gsm0610Section4_2_frameParametersSurvivePackingBitExactly() throws Exception {
    GsmFrame frame = new GsmFrame();
    Random random = new Random(7);
    int[] larBits = {6, 6, 5, 5, 4, 4, 3, 3};
    for (int i = 0; i < 8; i++) {
      frame.larc[i] = random.nextInt(1 << larBits[i]);
    }
    for (int j = 0; j < 4; j++) {
      frame.nc[j] = 40 + random.nextInt(81);
      frame.bc[j] = random.nextInt(4);
      frame.mc[j] = random.nextInt(4);
      frame.xmaxc[j] = random.nextInt(64);
      for (int i = 0; i < 13; i++) {
        frame.xmc[j][i] = random.nextInt(8);
      }
    }
    byte[] packed = new byte[33];
    frame.pack(packed, 0);
    GsmFrame back = new GsmFrame();
    back.unpack(packed, 0);
    assertThat(back.larc).isEqualTo(frame.larc);
    assertThat(back.nc).isEqualTo(frame.nc);
    assertThat(back.bc).isEqualTo(frame.bc);
    assertThat(back.mc).isEqualTo(frame.mc);
    assertThat(back.xmaxc).isEqualTo(frame.xmaxc);
    assertThat(back.xmc).isDeepEqualTo(frame.xmc);
  }

  @Test
  void rfc3551Section4_5_8_badLengthOrSignatureIsATypedError() throws Exception {
    AudioCodec codec = new GsmFactory().create();
    short[] pcm = new short[320];
    assertThatThrownBy(() -> codec.decode(new byte[32], 0, 32, pcm, 0))
        .isInstanceOf(CodecException.class)
        .hasMessageContaining("32 octets is not whole 33-octet frames");
    byte[] frame = new byte[33];
    frame[0] = (byte) 0xA0;
    assertThatThrownBy(() -> codec.decode(frame, 0, 33, pcm, 0))
        .isInstanceOf(CodecException.class)
        .hasMessageContaining("nibble 0xA, not the 0xD signature");
  }

  @Test
  void gsm0610Section4_3_randomFramesDecodeWithoutErrorsAndStayBounded() throws Exception {
    AudioCodec codec = new GsmFactory().create();
    Random random = new Random(42);
    byte[] frame = new byte[33];
    short[] pcm = new short[160];
    for (int n = 0; n < 500; n++) {
      random.nextBytes(frame);
      frame[0] = (byte) (0xD0 | (frame[0] & 0x0F));
      assertThat(codec.decode(frame, 0, 33, pcm, 0)).isEqualTo(160);
    }
    // Garbage in, then silence: the decoder's filters must settle back down.
    AudioCodec fresh = new GsmFactory().create();
    byte[] silence = new byte[33];
    fresh.encode(new short[160], 0, silence, 0);
    for (int n = 0; n < 50; n++) {
      codec.decode(silence, 0, 33, pcm, 0);
    }
    assertThat(Quality.peak(pcm, 0, 160)).isLessThan(64);
  }
}
