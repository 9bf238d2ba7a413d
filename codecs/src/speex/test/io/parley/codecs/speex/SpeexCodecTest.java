package io.parley.codecs.speex;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.parley.media.codec.AudioCodec;
import io.parley.media.codec.CodecRegistry;
import org.junit.jupiter.api.Test;

class SpeexCodecTest {

  @Test
  void rfc5574Section3_narrowbandAndWidebandAreRegisteredWithTheirClockRates() {
    CodecRegistry registry = CodecRegistry.load();
    assertThat(registry.select("speex")).hasSize(2);
    assertThat(registry.find("speex", 8000, 1)).isPresent();
    assertThat(registry.find("speex", 16000, 1)).isPresent();
  }

  @Test
  void rfc5574Section3_oneTwentyMillisecondFramePerPacket() throws Exception {
    AudioCodec nb = new SpeexFactory.Narrowband().create();
    AudioCodec wb = new SpeexFactory.Wideband().create();
    assertThat(nb.frameSamples()).isEqualTo(160);
    assertThat(wb.frameSamples()).isEqualTo(320);
    assertThat(wb.rtpTimestampIncrement()).isEqualTo(320);
    byte[] out = new byte[nb.maxPayloadBytes()];
    // Quality 8 narrowband is mode 6: 300 bits, 38 octets per 20 ms (15 kbit/s).
    assertThat(nb.encode(new short[160], 0, out, 0)).isEqualTo(38);
    short[] pcm = new short[320];
    assertThat(nb.decode(out, 0, 38, pcm, 0)).isEqualTo(160);
    assertThat(nb.conceal(pcm, 0)).isEqualTo(160);
  }

  @Test
  void rfc5574Section3_badSettingsAreRejectedWithTheValue() {
    assertThatThrownBy(() -> new SpeexFactory(32000, 8)).hasMessageContaining("32000");
    assertThatThrownBy(() -> new SpeexFactory(8000, 11)).hasMessageContaining("quality outside");
  }
}
