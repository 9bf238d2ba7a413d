package io.parley.sip.port;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class TransportTest {

  @Test
  void rfc3261Section19_1_2DefaultPorts() {
    assertThat(Transport.UDP.defaultPort()).isEqualTo(5060);
    assertThat(Transport.TCP.defaultPort()).isEqualTo(5060);
    assertThat(Transport.TLS.defaultPort()).isEqualTo(5061);
  }

  @Test
  void rfc3261Section18_onlyUdpIsUnreliableAndOnlyTlsIsSecure() {
    assertThat(Transport.UDP.isReliable()).isFalse();
    assertThat(Transport.TCP.isReliable()).isTrue();
    assertThat(Transport.TLS.isReliable()).isTrue();
    assertThat(Transport.TLS.isSecure()).isTrue();
    assertThat(Transport.TCP.isSecure()).isFalse();
  }

  @Test
  void rfc3261Section19_1_1TransportParameterIgnoresCase() {
    assertThat(Transport.fromParameter("UDP")).isEqualTo(Transport.UDP);
    assertThat(Transport.fromParameter("tcp")).isEqualTo(Transport.TCP);
    assertThat(Transport.fromParameter("Tls")).isEqualTo(Transport.TLS);
    assertThat(Transport.TCP.parameterValue()).isEqualTo("tcp");
  }

  @Test
  void unknownTransportIsNamedInTheError() {
    assertThatThrownBy(() -> Transport.fromParameter("sctp"))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("'sctp'");
  }
}
