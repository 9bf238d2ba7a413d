package io.parley.sip.message;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;

import io.parley.sip.syntax.SipParseException;
import io.parley.sip.uri.Host;
import io.parley.sip.uri.SipUri;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import org.junit.jupiter.api.Test;

/** The RFC 5118 IPv6 torture messages, one test per message. */
class Rfc5118Ipv6Test {

  private static SipMessage parse(String name) throws SipParseException {
    try (InputStream in = Rfc5118Ipv6Test.class.getResourceAsStream("/rfc5118/" + name + ".dat")) {
      if (in == null) {
        throw new IllegalStateException("missing resource " + name);
      }
      return SipMessage.parse(in.readAllBytes());
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static SipUri requestUri(String name) throws SipParseException {
    return (SipUri) ((SipRequest) parse(name)).requestUri();
  }

  @Test
  void rfc5118Section4_1_validIpv6References() throws Exception {
    SipRequest m = (SipRequest) parse("ipv6-good");
    SipUri ruri = (SipUri) m.requestUri();
    assertThat(ruri.host().kind()).isEqualTo(Host.Kind.IPV6);
    assertThat(ruri.host().address()).isEqualTo("2001:db8::10");
    assertThat(m.topVia().host().toString()).isEqualTo("[2001:db8::9:1]");
    assertThat(((SipUri) m.contacts().get(0).address().uri()).host().toString())
        .isEqualTo("[2001:db8::1]");
  }

  @Test
  void rfc5118Section4_2_ipv6AddressWithoutBracketsIsRejected() {
    Throwable t = catchThrowable(() -> parse("ipv6-bad"));
    assertThat(t).isInstanceOf(SipParseException.class);
    assertThat(((SipParseException) t).header()).isEqualTo("Request-URI");
  }

  @Test
  void rfc5118Section4_3_portAmbiguousInsideBracketsIsPartOfTheAddress() throws Exception {
    SipUri ruri = requestUri("port-ambiguous");
    assertThat(ruri.host().address()).isEqualTo("2001:db8::10:5070");
    assertThat(ruri.port()).isEqualTo(-1);
  }

  @Test
  void rfc5118Section4_4_portAfterBracketsIsThePort() throws Exception {
    SipUri ruri = requestUri("port-unambiguous");
    assertThat(ruri.host().address()).isEqualTo("2001:db8::10");
    assertThat(ruri.port()).isEqualTo(5070);
  }

  @Test
  void rfc5118Section4_5_viaReceivedWithDelimiters() throws Exception {
    SipMessage m = parse("via-received-param-with-delim");
    assertThat(m.topVia().received()).contains("[2001:db8::9:255]");
    assertThat(Host.parseParameter(m.topVia().received().orElseThrow()))
        .isEqualTo(Host.parse("[2001:db8::9:255]"));
  }

  @Test
  void rfc5118Section4_5_viaReceivedWithoutDelimiters() throws Exception {
    SipMessage m = parse("via-received-param-no-delim");
    assertThat(m.topVia().received()).contains("2001:db8::9:255");
    assertThat(Host.parseParameter(m.topVia().received().orElseThrow()))
        .isEqualTo(Host.parse("[2001:db8::9:255]"));
  }

  @Test
  void rfc5118Section4_6_ipv6InSdpBodyIsCarriedOpaquely() throws Exception {
    SipMessage m = parse("ipv6-in-sdp");
    assertThat(m.bodyText()).contains("c=IN IP6 2001:db8::20");
    assertThat(m.toString()).endsWith("a=rtpmap:107 H263-1998/90000\r\n");
  }

  @Test
  void rfc5118Section4_7_multipleIpAddressFamiliesInHeaders() throws Exception {
    SipMessage m = parse("mult-ip-in-header");
    assertThat(m.vias()).hasSize(3);
    assertThat(m.vias().get(0).port()).isEqualTo(6050);
    assertThat(m.vias().get(0).host().kind()).isEqualTo(Host.Kind.IPV6);
    assertThat(m.vias().get(1).host().kind()).isEqualTo(Host.Kind.IPV4);
    assertThat(m.vias().get(2).received()).contains("192.0.2.200");
  }

  @Test
  void rfc5118Section4_8_multipleIpAddressFamiliesInSdp() throws Exception {
    SipMessage m = parse("mult-ip-in-sdp");
    assertThat(m.bodyText()).contains("c=IN IP4 192.0.2.1").contains("c=IN IP6 2001:db8::1");
  }

  @Test
  void rfc5118Section4_9_ipv4MappedIpv6Addresses() throws Exception {
    SipMessage m = parse("ipv4-mapped-ipv6");
    assertThat(m.topVia().host().address()).isEqualTo("::ffff:192.0.2.10");
    assertThat(m.topVia().port()).isEqualTo(19823);
    SipUri contact = (SipUri) m.contacts().get(0).address().uri();
    assertThat(contact.host()).isEqualTo(Host.parse("[::FFFF:c000:0202]"));
    assertThat(contact.port()).isEqualTo(10820);
  }

  @Test
  void rfc5118Section4_10_threeColonsBeforeIpv4AreRejected() {
    assertThat(catchThrowable(() -> parse("ipv6-bug-abnf-3-colons")))
        .isInstanceOf(SipParseException.class);
  }

  @Test
  void rfc5118Section4_10_twoColonsBeforeIpv4AreAccepted() throws Exception {
    assertThat(requestUri("ipv6-correct-abnf-2-colons").host().address())
        .isEqualTo("2001:db8::192.0.2.1");
  }
}
