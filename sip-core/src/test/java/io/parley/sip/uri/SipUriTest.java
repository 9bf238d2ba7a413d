package io.parley.sip.uri;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.parley.sip.syntax.SipParseException;
import org.junit.jupiter.api.Test;

class SipUriTest {

  @Test
  void rfc3261Section19_1_1_allPartsOfASipUri() throws Exception {
    SipUri uri =
        SipUri.parse(
            "sips:alice:secret@atlanta.example.com:5061;transport=tcp;lr?subject=project%20x&priority=urgent");
    assertThat(uri.isSecure()).isTrue();
    assertThat(uri.scheme()).isEqualTo("sips");
    assertThat(uri.user()).contains("alice");
    assertThat(uri.password()).contains("secret");
    assertThat(uri.host().toString()).isEqualTo("atlanta.example.com");
    assertThat(uri.port()).isEqualTo(5061);
    assertThat(uri.parameter("transport")).contains("tcp");
    assertThat(uri.isLooseRouter()).isTrue();
    assertThat(uri.header("Subject")).contains("project x");
    assertThat(uri.header("priority")).contains("urgent");
    assertThat(uri.toString())
        .isEqualTo(
            "sips:alice:secret@atlanta.example.com:5061;transport=tcp;lr?subject=project%20x&priority=urgent");
  }

  @Test
  void rfc3261Section19_1_4_equivalentUrisAreEqual() throws Exception {
    assertThat(SipUri.parse("sip:%61lice@atlanta.com;transport=TCP"))
        .isEqualTo(SipUri.parse("sip:alice@AtLanTa.CoM;Transport=tcp"));
    assertThat(SipUri.parse("sip:carol@chicago.com"))
        .isEqualTo(SipUri.parse("sip:carol@chicago.com;newparam=5"));
    assertThat(SipUri.parse("sip:biloxi.com;transport=tcp;method=REGISTER?to=sip:bob%40biloxi.com"))
        .isEqualTo(
            SipUri.parse("sip:biloxi.com;method=REGISTER;transport=tcp?to=sip:bob%40biloxi.com"));
    assertThat(SipUri.parse("sip:alice@atlanta.com?subject=project%20x&priority=urgent"))
        .isEqualTo(SipUri.parse("sip:alice@atlanta.com?priority=urgent&subject=project%20x"));
  }

  @Test
  void rfc3261Section19_1_4_differentUrisAreNotEqual() throws Exception {
    assertThat(SipUri.parse("SIP:ALICE@AtLanTa.CoM;Transport=udp"))
        .isNotEqualTo(SipUri.parse("sip:alice@AtLanTa.CoM;Transport=UDP"));
    assertThat(SipUri.parse("sip:bob@biloxi.com"))
        .isNotEqualTo(SipUri.parse("sip:bob@biloxi.com:5060"));
    assertThat(SipUri.parse("sip:bob@biloxi.com"))
        .isNotEqualTo(SipUri.parse("sip:bob@biloxi.com;transport=udp"));
    assertThat(SipUri.parse("sip:carol@chicago.com;security=on"))
        .isNotEqualTo(SipUri.parse("sip:carol@chicago.com;security=off"));
    assertThat(SipUri.parse("sip:carol@chicago.com"))
        .isNotEqualTo(SipUri.parse("sips:carol@chicago.com"));
  }

  @Test
  void rfc5118Section4_4_ipv6ReferenceWithPort() throws Exception {
    SipUri uri = SipUri.parse("sip:[2001:db8::10]:5070");
    assertThat(uri.host().kind()).isEqualTo(Host.Kind.IPV6);
    assertThat(uri.port()).isEqualTo(5070);
  }

  @Test
  void rfc3261Section19_1_1_portAbove65535IsRejected() {
    assertThatThrownBy(() -> SipUri.parse("sip:a@b.com:65536"))
        .isInstanceOf(SipParseException.class)
        .hasMessageContaining("port");
  }

  @Test
  void rfc3261Section19_1_1_emptyHostIsRejected() {
    assertThatThrownBy(() -> SipUri.parse("sip:alice@")).isInstanceOf(SipParseException.class);
  }

  @Test
  void rfc3261Section19_1_1_spaceInUserIsRejectedButEscapedSpaceIsDecoded() throws Exception {
    assertThatThrownBy(() -> SipUri.parse("sip:a b@c.com")).isInstanceOf(SipParseException.class);
    assertThat(SipUri.parse("sip:a%20b@c.com").user()).contains("a b");
  }

  @Test
  void rfc3261Section19_1_parseOfOtherSchemeAsSipUriIsRejected() {
    assertThatThrownBy(() -> SipUri.parse("tel:+1-201-555-0123"))
        .isInstanceOf(SipParseException.class)
        .hasMessageContaining("sip: or sips:");
  }

  @Test
  void rfc3261Section19_1_uriLongerThanTheLimitIsRejectedWith414() {
    String longUser = "u".repeat(5000);
    assertThatThrownBy(() -> Uri.parse("sip:" + longUser + "@example.com"))
        .isInstanceOfSatisfying(
            SipParseException.class, e -> assertThat(e.statusCode()).isEqualTo(414));
  }

  @Test
  void rfc3261Section19_1_schemeIsCaseInsensitive() throws Exception {
    assertThat(Uri.parse("SIP:bob@example.com")).isInstanceOf(SipUri.class);
    assertThat(Uri.parse("TEL:+15551234567")).isInstanceOf(TelUri.class);
    assertThat(Uri.parse("urn:service:sos")).isInstanceOf(AbsoluteUri.class);
  }
}
