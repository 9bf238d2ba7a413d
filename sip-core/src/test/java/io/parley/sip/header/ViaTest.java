package io.parley.sip.header;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.parley.sip.syntax.SipParseException;
import org.junit.jupiter.api.Test;

class ViaTest {

  @Test
  void rfc3261Section20_42_sentProtocolSentByAndParameters() throws Exception {
    Via via =
        Via.parse(
            "SIP/2.0/udp pc33.atlanta.com:5066;branch=z9hG4bK776asdhds;received=192.0.2.1;maddr=224.2.0.1;ttl=16");
    assertThat(via.protocol()).isEqualTo("SIP/2.0");
    assertThat(via.transport()).isEqualTo("UDP");
    assertThat(via.host().toString()).isEqualTo("pc33.atlanta.com");
    assertThat(via.port()).isEqualTo(5066);
    assertThat(via.branch()).contains("z9hG4bK776asdhds");
    assertThat(via.hasRfc3261Branch()).isTrue();
    assertThat(via.received()).contains("192.0.2.1");
    assertThat(via.maddr()).contains("224.2.0.1");
    assertThat(via.parameters().get("ttl")).contains("16");
  }

  @Test
  void rfc3581Section3_rportWithAndWithoutValue() throws Exception {
    assertThat(Via.parse("SIP/2.0/UDP h;rport").rport()).hasValue(0);
    assertThat(Via.parse("SIP/2.0/UDP h;rport=5061").rport()).hasValue(5061);
    assertThat(Via.parse("SIP/2.0/UDP h").rport()).isEmpty();
    assertThatThrownBy(() -> Via.parse("SIP/2.0/UDP h;rport=99999"))
        .isInstanceOf(SipParseException.class);
  }

  @Test
  void rfc3581Section3_rportValueMustBeDigits() throws Exception {
    assertThatThrownBy(() -> Via.parse("SIP/2.0/UDP h;rport=12a"))
        .isInstanceOf(SipParseException.class)
        .hasMessageContaining("rport");
    assertThatThrownBy(() -> Via.parse("SIP/2.0/UDP h;rport=050600"))
        .isInstanceOf(SipParseException.class);
    assertThat(Via.parse("SIP/2.0/UDP h;rport=65535").rport()).hasValue(65535);
  }

  @Test
  void rfc3261Section20_42_onlyTheFirstBranchIsChecked() throws Exception {
    Via via = Via.parse("SIP/2.0/UDP h;BRANCH=z9hG4bK1;branch");
    assertThat(via.branch()).contains("z9hG4bK1");
    assertThatThrownBy(() -> Via.parse("SIP/2.0/UDP h;Branch;branch=z9hG4bK1"))
        .isInstanceOf(SipParseException.class)
        .hasMessageContaining("branch");
  }

  @Test
  void rfc3261Section20_42_receivedAndMaddrMustBeHosts() {
    assertThatThrownBy(() -> Via.parse("SIP/2.0/UDP h;received=a_b"))
        .isInstanceOf(SipParseException.class);
    assertThatThrownBy(() -> Via.parse("SIP/2.0/UDP h;MADDR"))
        .isInstanceOf(SipParseException.class)
        .hasMessageContaining("maddr");
  }

  @Test
  void rfc3261Section8_1_1_7_branchWithoutMagicCookieIsRfc2543() throws Exception {
    assertThat(Via.parse("SIP/2.0/UDP h;branch=1234").hasRfc3261Branch()).isFalse();
  }

  @Test
  void rfc3261Section7_3_1_lwsAroundSlashesAndSemicolons() throws Exception {
    Via via = Via.parse("SIP  /  2.0 / TCP   spindle.example.com  ;  branch  =  z9hG4bK9ikj8");
    assertThat(via.transport()).isEqualTo("TCP");
    assertThat(via.branch()).contains("z9hG4bK9ikj8");
  }

  @Test
  void rfc5118Section4_5_ipv6SentByAndReceived() throws Exception {
    Via via = Via.parse("SIP/2.0/UDP [2001:db8::9:1]:5060;received=2001:db8::9:255");
    assertThat(via.host().address()).isEqualTo("2001:db8::9:1");
    assertThat(via.port()).isEqualTo(5060);
  }

  @Test
  void rfc3261Section20_42_malformedViasAreRejected() {
    assertThatThrownBy(() -> Via.parse("SIP/2.0 host")).isInstanceOf(SipParseException.class);
    assertThatThrownBy(() -> Via.parse("SIP/2.0/UDP")).isInstanceOf(SipParseException.class);
    assertThatThrownBy(() -> Via.parse("SIP/2.0/UDP h;received"))
        .isInstanceOf(SipParseException.class);
    assertThatThrownBy(() -> Via.parse("SIP/2.0/UDP h;branch"))
        .isInstanceOf(SipParseException.class);
    assertThatThrownBy(() -> Via.parse("SIP/2.0/UDP h:70000"))
        .isInstanceOf(SipParseException.class);
  }
}
