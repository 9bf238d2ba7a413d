package io.parley.media.codec;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.LinkedHashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;

class FormatParametersTest {

  @Test
  void rfc4566Section6_fmtpPairsParseInOrderAndCaseInsensitively() throws CodecException {
    FormatParameters p = FormatParameters.parse(" maxplaybackrate=16000; UseInbandFEC=1 ;stereo=0");
    assertThat(p.asMap().keySet()).containsExactly("maxplaybackrate", "useinbandfec", "stereo");
    assertThat(p.getInt("MaxPlaybackRate")).hasValue(16000);
    assertThat(p.getFlag("useinbandfec", false)).isTrue();
    assertThat(p.getFlag("usedtx", true)).isTrue();
    assertThat(p.toString()).isEqualTo("maxplaybackrate=16000;useinbandfec=1;stereo=0");
  }

  @Test
  void rfc4566Section6_blankFmtpIsEmpty() throws CodecException {
    assertThat(FormatParameters.parse("  ")).isSameAs(FormatParameters.EMPTY);
    assertThat(FormatParameters.parse(null).isEmpty()).isTrue();
  }

  @Test
  void rfc4566Section6_badFmtpIsATypedErrorNamingTheProblem() throws CodecException {
    assertThatThrownBy(() -> FormatParameters.parse("a=1;=2"))
        .isInstanceOf(CodecException.class)
        .hasMessageContaining("empty parameter name at offset 4");
    assertThatThrownBy(() -> FormatParameters.parse("a=1;A=2"))
        .isInstanceOf(CodecException.class)
        .hasMessageContaining("'a' repeated");
    FormatParameters p = FormatParameters.parse("ptime=abc;stereo=2");
    assertThatThrownBy(() -> p.getInt("ptime")).hasMessageContaining("ptime=abc is not an integer");
    assertThatThrownBy(() -> p.getFlag("stereo", false)).hasMessageContaining("must be 0 or 1");
  }

  @Test
  void rfc4566Section6_builtParametersFormatLikeTheWire() {
    Map<String, String> pairs = new LinkedHashMap<>();
    pairs.put("useinbandfec", "1");
    pairs.put("0-15", "");
    assertThat(FormatParameters.of(pairs).toString()).isEqualTo("useinbandfec=1;0-15");
  }
}
