package io.parley.sip.port;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class ResolvedTargetTest {

  @Test
  void rfc5118Ipv6TargetsPrintInBrackets() {
    ResolvedTarget target = new ResolvedTarget(Transport.TLS, "[2001:db8::1]", 5061);
    assertThat(target.address()).isEqualTo("2001:db8::1");
    assertThat(target.isIpv6()).isTrue();
    assertThat(target.toString()).isEqualTo("tls:[2001:db8::1]:5061");
    assertThat(new ResolvedTarget(Transport.UDP, "192.0.2.1", 5060).toString())
        .isEqualTo("udp:192.0.2.1:5060");
  }

  @Test
  void rfc5952Section4_ipv6AddressesAreKeptInCanonicalForm() {
    assertThat(new ResolvedTarget(Transport.UDP, "0:0:0:0:0:0:0:1", 5060).address())
        .isEqualTo("::1");
    assertThat(new ResolvedTarget(Transport.UDP, "2001:0DB8:0:0:1:0:0:1", 5060).address())
        .isEqualTo("2001:db8::1:0:0:1");
    assertThat(new ResolvedTarget(Transport.UDP, "2001:db8:0:1:1:1:1:1", 5060).address())
        .isEqualTo("2001:db8:0:1:1:1:1:1");
    assertThat(new ResolvedTarget(Transport.UDP, "2001:db8::", 5060).address())
        .isEqualTo("2001:db8::");
    assertThat(new ResolvedTarget(Transport.UDP, "0:0:0:0:0:0:0:0", 5060).address())
        .isEqualTo("::");
    assertThat(new ResolvedTarget(Transport.UDP, "::ffff:192.0.2.1", 5060).address())
        .isEqualTo("::ffff:c000:201");
    assertThat(new ResolvedTarget(Transport.UDP, "0:0:0:0:0:0:0:1", 5060))
        .isEqualTo(new ResolvedTarget(Transport.UDP, "[::1]", 5060));
  }

  @Test
  void rfc3263Section4_targetsAreAddressesNotNames() {
    assertThatThrownBy(() -> new ResolvedTarget(Transport.UDP, "example.com", 5060))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("'example.com'");
    assertThatThrownBy(() -> new ResolvedTarget(Transport.UDP, "192.0.2.1", 0))
        .hasMessageContaining("not 0");
  }
}
