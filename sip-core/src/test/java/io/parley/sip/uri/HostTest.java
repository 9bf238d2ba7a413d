package io.parley.sip.uri;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.parley.sip.syntax.SipParseException;
import org.junit.jupiter.api.Test;

class HostTest {

  @Test
  void rfc3261Section25_1_kindsOfHost() throws Exception {
    assertThat(Host.parse("example.com").kind()).isEqualTo(Host.Kind.NAME);
    assertThat(Host.parse("192.0.2.1").kind()).isEqualTo(Host.Kind.IPV4);
    assertThat(Host.parse("[2001:db8::1]").kind()).isEqualTo(Host.Kind.IPV6);
    assertThat(Host.parse("[2001:db8::1]").address()).isEqualTo("2001:db8::1");
  }

  @Test
  void rfc5954Section3_ipv6AddressesCompareByValue() throws Exception {
    assertThat(Host.parse("[2001:DB8::1]")).isEqualTo(Host.parse("[2001:db8:0:0:0:0:0:1]"));
    assertThat(Host.parse("[::ffff:192.0.2.1]")).isEqualTo(Host.parse("[::ffff:c000:201]"));
    assertThat(Host.parse("Example.COM")).isEqualTo(Host.parse("example.com"));
  }

  @Test
  void rfc5118Section4_2_unbracketedOrMalformedIpv6IsRejected() {
    assertThatThrownBy(() -> Host.parse("2001:db8::1")).isInstanceOf(SipParseException.class);
    assertThatThrownBy(() -> Host.parse("[2001:db8:::1]")).isInstanceOf(SipParseException.class);
    assertThatThrownBy(() -> Host.parse("[1:2:3:4:5:6:7:8:9]"))
        .isInstanceOf(SipParseException.class);
    assertThatThrownBy(() -> Host.parse("[12345::1]")).isInstanceOf(SipParseException.class);
  }

  @Test
  void rfc5118Section4_5_receivedMayCarryIpv6WithOrWithoutBrackets() throws Exception {
    assertThat(Host.parseParameter("2001:db8::9:255"))
        .isEqualTo(Host.parseParameter("[2001:db8::9:255]"));
  }

  @Test
  void rfc3261Section25_1_badHostCharactersAreRejected() {
    assertThatThrownBy(() -> Host.parse("exa_mple.com")).isInstanceOf(SipParseException.class);
    assertThatThrownBy(() -> Host.parse("a..b")).isInstanceOf(SipParseException.class);
    assertThatThrownBy(() -> Host.parse("")).isInstanceOf(SipParseException.class);
  }
}
