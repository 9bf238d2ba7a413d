package io.parley.sip.uri;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.parley.sip.syntax.SipParseException;
import org.junit.jupiter.api.Test;

class TelUriTest {

  @Test
  void rfc3966Section3_globalNumberWithVisualSeparatorsAndExtension() throws Exception {
    TelUri tel = (TelUri) Uri.parse("tel:+1-201-555-0123;ext=42");
    assertThat(tel.isGlobal()).isTrue();
    assertThat(tel.number()).isEqualTo("+1-201-555-0123");
    assertThat(tel.parameter("ext")).contains("42");
  }

  @Test
  void rfc3966Section4_visualSeparatorsAndParameterOrderDoNotMatter() throws Exception {
    assertThat(Uri.parse("tel:+1-201-555-0123;ext=1;isub=2"))
        .isEqualTo(Uri.parse("tel:+1(201)5550123;isub=2;ext=1"));
    assertThat(Uri.parse("tel:+12015550123")).isNotEqualTo(Uri.parse("tel:+12015550124"));
  }

  @Test
  void rfc3966Section5_1_5_localNumberNeedsPhoneContext() throws Exception {
    assertThat(((TelUri) Uri.parse("tel:7042;phone-context=example.com")).isGlobal()).isFalse();
    assertThatThrownBy(() -> Uri.parse("tel:7042"))
        .isInstanceOf(SipParseException.class)
        .hasMessageContaining("phone-context");
  }

  @Test
  void rfc3966Section3_lettersInAGlobalNumberAreRejected() {
    assertThatThrownBy(() -> Uri.parse("tel:+1-800-FLOWERS")).isInstanceOf(SipParseException.class);
  }
}
