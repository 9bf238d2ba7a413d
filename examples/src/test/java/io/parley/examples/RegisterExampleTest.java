package io.parley.examples;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.parley.api.RegistrationChanged;
import io.parley.api.RegistrationState;
import io.parley.api.Transport;
import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.Test;

class RegisterExampleTest {

  @Test
  void readsTheAccountAndEveryOption() {
    RegisterExample.Options options =
        RegisterExample.parse(
            new String[] {
              "sip:alice@example.com",
              "s3cr3t-pw",
              "--registrar",
              "sip:127.0.0.1:5070",
              "--transport",
              "TCP",
              "--auth-user",
              "alice-auth",
              "--expires",
              "120",
              "--log"
            });

    assertThat(options.account().aor()).isEqualTo("sip:alice@example.com");
    assertThat(options.account().registrar()).contains("sip:127.0.0.1:5070");
    assertThat(options.account().transport()).contains(Transport.TCP);
    assertThat(options.account().authUser()).contains("alice-auth");
    assertThat(options.account().expires()).isEqualTo(Duration.ofSeconds(120));
    assertThat(options.listen()).containsExactly("tcp:0.0.0.0:0");
    assertThat(options.log()).isTrue();
    assertThat(options.account().toString()).doesNotContain("s3cr3t-pw");
  }

  @Test
  void listensOnUdpByDefaultAndTakesRepeatedListenPoints() {
    assertThat(RegisterExample.parse(new String[] {"sip:a@b", "pw"}).listen())
        .containsExactly("udp:0.0.0.0:0");
    assertThat(
            RegisterExample.parse(
                    new String[] {
                      "sip:a@b", "pw", "--listen", "udp:127.0.0.1:0", "--listen", "tcp:127.0.0.1:0"
                    })
                .listen())
        .containsExactly("udp:127.0.0.1:0", "tcp:127.0.0.1:0");
  }

  @Test
  void badArgumentsAreNamed() {
    assertThatThrownBy(() -> RegisterExample.parse(new String[] {"sip:a@b"}))
        .hasMessageContaining("password");
    assertThatThrownBy(() -> RegisterExample.parse(new String[] {"alice@b", "pw"}))
        .hasMessageContaining("'alice@b'");
    assertThatThrownBy(() -> RegisterExample.parse(new String[] {"sip:a@b", "pw", "--colour"}))
        .hasMessageContaining("needs a value");
    assertThatThrownBy(
            () -> RegisterExample.parse(new String[] {"sip:a@b", "pw", "--colour", "red"}))
        .hasMessageContaining("unknown option '--colour'");
    assertThatThrownBy(
            () -> RegisterExample.parse(new String[] {"sip:a@b", "pw", "--transport", "sctp"}))
        .hasMessageContaining("'sctp'");
    assertThatThrownBy(
            () -> RegisterExample.parse(new String[] {"sip:a@b", "pw", "--expires", "soon"}))
        .hasMessageContaining("'soon'");
    assertThatThrownBy(
            () -> RegisterExample.parse(new String[] {"sip:a@b", "pw", "--expires", "0"}))
        .hasMessageContaining("at least 1");
  }

  @Test
  void rfc3261Section10_2_printsTheGrantedLifetimeAndTheRetryDelay() {
    Instant at = Instant.parse("2026-01-01T00:00:00Z");
    assertThat(
            RegisterExample.describe(
                new RegistrationChanged(
                    at,
                    "sip:a@b",
                    RegistrationState.REGISTERED,
                    200,
                    "OK",
                    Duration.ofSeconds(3600),
                    Duration.ZERO)))
        .endsWith("REGISTERED 200 OK (expires in 3600 s)");
    assertThat(
            RegisterExample.describe(
                new RegistrationChanged(
                    at,
                    "sip:a@b",
                    RegistrationState.FAILED,
                    408,
                    "no response",
                    Duration.ZERO,
                    Duration.ofMillis(1500))))
        .endsWith("FAILED 408 no response (retrying in 1500 ms)");
  }
}
