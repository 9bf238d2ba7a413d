package io.parley.sdp;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class SdpExceptionTest {

  @Test
  void rfc3261Section20_43_warningCarriesCode399AgentAndQuotedReason() {
    SdpParseException e = new SdpParseException(3, "c=IN", "<nettype> <addrtype>");

    assertThat(e.statusCode()).isEqualTo(SdpException.NOT_ACCEPTABLE_HERE);
    assertThat(e.reason()).isEqualTo("malformed SDP at line 3: expected <nettype> <addrtype>");
    assertThat(e.warning("192.0.2.1:5060"))
        .isEqualTo("399 192.0.2.1:5060 \"malformed SDP at line 3: expected <nettype> <addrtype>\"");
    assertThat(e.getMessage())
        .isEqualTo("malformed SDP at line 3 'c=IN': expected <nettype> <addrtype>");
  }

  @Test
  void rfc3261Section20_43_warnAgentMustBeOneToken() {
    SdpParseException e = new SdpParseException(0, "", "x");

    assertThatThrownBy(() -> e.warning("two words"))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("'two words'");
    assertThatThrownBy(() -> e.warning("")).isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  void rfc3261Section25_1_controlCharactersNeverReachTheWarning() {
    SdpParseException e = new SdpParseException(0, "", "a\u0001b\tc");

    assertThat(e.warning()).isEqualTo("399 parley \"malformed SDP: expected a b c\"");
  }

  @Test
  void longOrControlLinesAreShownSafelyInMessages() {
    SdpParseException e = new SdpParseException(9, "a=" + "x".repeat(300) + "\u0000", "y");

    assertThat(e.getMessage()).contains("...").doesNotContain("\u0000").hasSizeLessThan(300);
  }
}
