package io.parley.transport;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class ListenAddressTest {

  @Test
  void parsesIpv4WithPort() {
    ListenAddress address = ListenAddress.parse("udp:127.0.0.1:5090");
    assertThat(address).isEqualTo(new ListenAddress("udp", "127.0.0.1", 5090));
    assertThat(address.toString()).isEqualTo("udp:127.0.0.1:5090");
  }

  @Test
  void rfc5118Ipv6ReferencesUseBrackets() {
    ListenAddress address = ListenAddress.parse("TLS:[::1]:5071");
    assertThat(address.host()).isEqualTo("::1");
    assertThat(address.protocol()).isEqualTo("tls");
    assertThat(address.isIpv6()).isTrue();
    assertThat(address.toString()).isEqualTo("tls:[::1]:5071");
  }

  @Test
  void rfc3261Section19_1_2DefaultPorts() {
    assertThat(ListenAddress.parse("tcp:0.0.0.0").port()).isEqualTo(5060);
    assertThat(ListenAddress.parse("tls:[::]").port()).isEqualTo(5061);
  }

  @Test
  void badInputNamesWhatIsWrong() {
    assertThatThrownBy(() -> ListenAddress.parse("sctp:127.0.0.1:5060"))
        .hasMessageContaining("'sctp'");
    assertThatThrownBy(() -> ListenAddress.parse("udp:example.com:5060"))
        .hasMessageContaining("literal")
        .hasMessageContaining("'example.com'");
    assertThatThrownBy(() -> ListenAddress.parse("udp:127.0.0.1:http"))
        .hasMessageContaining("'http'");
    assertThatThrownBy(() -> ListenAddress.parse("udp:::1:5060")).hasMessageContaining("brackets");
    assertThatThrownBy(() -> ListenAddress.parse("udp:127.0.0.1:70000"))
        .hasMessageContaining("70000");
    assertThatThrownBy(() -> ListenAddress.parse("127.0.0.1")).hasMessageContaining("udp:");
  }
}
