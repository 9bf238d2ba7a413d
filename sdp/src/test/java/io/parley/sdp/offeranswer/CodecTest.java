package io.parley.sdp.offeranswer;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class CodecTest {

  @Test
  void rfc3551Section6_staticPayloadTypesAreKnown() {
    assertThat(Codec.ofStatic(0)).isEqualTo(new Codec("PCMU", 8000, 1, "", 0));
    assertThat(Codec.ofStatic(8).encodingName()).isEqualTo("PCMA");
    assertThat(Codec.ofStatic(9).clockRate()).isEqualTo(8000);
    assertThat(Codec.ofStatic(10).channels()).isEqualTo(2);
    assertThat(Codec.staticType(2)).isEmpty();
    assertThat(Codec.staticType(96)).isEmpty();
    assertThatThrownBy(() -> Codec.ofStatic(19))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("19");
  }

  @Test
  void rfc3264Section6_1_matchingIgnoresCasePayloadTypeAndFmtp() {
    Codec opus = Codec.dynamic("opus", 48000, 2);

    assertThat(opus.matches(new Codec("OPUS", 48000, 2, "stereo=1", 111))).isTrue();
    assertThat(opus.matches(Codec.dynamic("opus", 48000, 1))).isFalse();
    assertThat(opus.matches(Codec.dynamic("opus", 16000, 2))).isFalse();
  }

  @Test
  void rfc3551Section3_dynamicCodecsHaveNoRtpmapUntilNumbered() {
    assertThatThrownBy(() -> Codec.dynamic("opus", 48000, 2).rtpMap())
        .isInstanceOf(IllegalStateException.class);
    assertThat(Codec.dynamic("opus", 48000, 2).withPayloadType(111).rtpMap().toString())
        .isEqualTo("111 opus/48000/2");
  }

  @Test
  void badValuesAreNamed() {
    assertThatThrownBy(() -> new Codec("a b", 8000, 1, "", 0)).hasMessageContaining("'a b'");
    assertThatThrownBy(() -> new Codec("X", 0, 1, "", 0)).hasMessageContaining("clock rate");
    assertThatThrownBy(() -> new Codec("X", 8000, 1, "", 128)).hasMessageContaining("128");
  }
}
