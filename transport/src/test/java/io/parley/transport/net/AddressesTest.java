package io.parley.transport.net;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.UnknownHostException;
import org.junit.jupiter.api.Test;

class AddressesTest {

  @Test
  void rfc5952Section4_2_longestZeroRunBecomesDoubleColon() throws UnknownHostException {
    assertThat(format("::1", 5060)).isEqualTo("[::1]:5060");
    assertThat(format("::", 5061)).isEqualTo("[::]:5061");
    assertThat(format("2001:db8:0:0:1:0:0:1", 5060)).isEqualTo("[2001:db8::1:0:0:1]:5060");
    assertThat(format("2001:0db8:0:1:1:1:1:1", 1)).isEqualTo("[2001:db8:0:1:1:1:1:1]:1");
    assertThat(format("fe80:0:0:0:0:0:0:0", 2)).isEqualTo("[fe80::]:2");
  }

  @Test
  void rfc5118Section4_1_ipv4HasNoBrackets() throws UnknownHostException {
    assertThat(format("192.0.2.7", 5060)).isEqualTo("192.0.2.7:5060");
    assertThat(Addresses.format(Protocol.TLS, new InetSocketAddress("127.0.0.1", 5061)))
        .isEqualTo("tls:127.0.0.1:5061");
  }

  private static String format(String literal, int port) throws UnknownHostException {
    return Addresses.format(new InetSocketAddress(InetAddress.getByName(literal), port));
  }
}
