package io.parley.sip.port;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Optional;
import java.util.OptionalInt;
import org.junit.jupiter.api.Test;

class TargetUriTest {

  @Test
  void rfc3263Section4_1NumericHostsAreRecognisedWithoutLookup() {
    assertThat(TargetUri.sip("192.0.2.1").numericHost()).isTrue();
    assertThat(TargetUri.sip("[2001:db8::1]").numericHost()).isTrue();
    assertThat(TargetUri.sip("::ffff:192.0.2.1").numericHost()).isTrue();
    assertThat(TargetUri.sip("1:2:3:4:5:6:7:8").numericHost()).isTrue();
    assertThat(TargetUri.sip("example.com").numericHost()).isFalse();
    assertThat(TargetUri.sip("192.0.2.256").numericHost()).isFalse();
    assertThat(TargetUri.sip("192.0.2").numericHost()).isFalse();
    assertThat(TargetUri.sip("1:2:3:4:5:6:7").numericHost()).isFalse();
    assertThat(TargetUri.sip("1::2::3").numericHost()).isFalse();
    assertThat(TargetUri.sip("12345::1").numericHost()).isFalse();
  }

  @Test
  void rfc5118Ipv6BracketsAreStrippedAndRestoredInText() {
    TargetUri uri = TargetUri.sips("[2001:db8::1]").withPort(5071);
    assertThat(uri.host()).isEqualTo("2001:db8::1");
    assertThat(uri.ipv6Host()).isTrue();
    assertThat(uri.toString()).isEqualTo("sips:[2001:db8::1]:5071");
  }

  @Test
  void withersKeepTheOtherParts() {
    TargetUri uri = TargetUri.sip("example.com").withPort(5080).withTransport(Transport.TCP);
    assertThat(uri)
        .isEqualTo(
            new TargetUri(false, "example.com", OptionalInt.of(5080), Optional.of(Transport.TCP)));
    assertThat(uri.toString()).isEqualTo("sip:example.com:5080;transport=tcp");
  }

  @Test
  void rfc3261Section26_2_2SipsWithUdpIsRejected() {
    assertThatThrownBy(() -> TargetUri.sips("example.com").withTransport(Transport.UDP))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("transport=udp")
        .hasMessageContaining("example.com");
  }

  @Test
  void badPartsAreNamed() {
    assertThatThrownBy(() -> TargetUri.sip("")).hasMessageContaining("host");
    assertThatThrownBy(() -> TargetUri.sip("[::1")).hasMessageContaining("'[::1'");
    assertThatThrownBy(() -> TargetUri.sip("example.com").withPort(0)).hasMessageContaining(" 0");
    assertThatThrownBy(() -> TargetUri.sip("example.com").withPort(65536))
        .hasMessageContaining("65536");
  }
}
