package io.parley.transport.dns;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;

import io.parley.sip.port.ResolvedTarget;
import io.parley.sip.port.TargetResolutionException;
import io.parley.sip.port.TargetUri;
import io.parley.sip.port.Transport;
import java.time.Duration;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The resolver asking a configured DNS server over real UDP on loopback. */
class DnsTargetResolverOverUdpTest {

  private final FakeDns zone = new FakeDns();
  private LoopbackDnsServer server;

  @BeforeEach
  void startServer() throws Exception {
    zone.add("udp.example.", 60, "NAPTR", "10 10 \"s\" \"SIP+D2U\" \"\" _sip._udp.udp.example.")
        .add("_sip._udp.udp.example.", 60, "SRV", "10 0 5099 pbx.udp.example.")
        .add("pbx.udp.example.", 60, "A", "192.0.2.44")
        .add("pbx.udp.example.", 60, "AAAA", "2001:db8::44");
    server = LoopbackDnsServer.start(zone);
  }

  @AfterEach
  void stopServer() throws Exception {
    server.close();
  }

  @Test
  void rfc3263Section4_resolvesThroughTheConfiguredServer() throws Exception {
    DnsTargetResolver resolver =
        DnsTargetResolver.builder().server(server.address()).timeout(Duration.ofSeconds(5)).build();
    assertThat(
            resolver
                .resolve(TargetUri.sip("udp.example"))
                .toCompletableFuture()
                .get(20, TimeUnit.SECONDS))
        .containsExactly(
            new ResolvedTarget(Transport.UDP, "192.0.2.44", 5099),
            new ResolvedTarget(Transport.UDP, "2001:db8::44", 5099));
    assertThat(zone.questions())
        .startsWith("NAPTR udp.example.", "SRV _sip._udp.udp.example.")
        .containsExactlyInAnyOrder(
            "NAPTR udp.example.",
            "SRV _sip._udp.udp.example.",
            "A pbx.udp.example.",
            "AAAA pbx.udp.example.");
  }

  @Test
  void aServerThatNeverAnswersFailsNamingServerAndQuery() throws Exception {
    zone.silence("quiet.example.", "NAPTR");
    DnsTargetResolver resolver =
        DnsTargetResolver.builder()
            .server(server.address())
            .timeout(Duration.ofMillis(300))
            .build();
    Throwable thrown =
        catchThrowable(
            () ->
                resolver
                    .resolve(TargetUri.sip("quiet.example"))
                    .toCompletableFuture()
                    .get(20, TimeUnit.SECONDS));
    assertThat(thrown).isInstanceOf(ExecutionException.class);
    assertThat(thrown.getCause())
        .isInstanceOf(TargetResolutionException.class)
        .hasMessageContaining("NAPTR quiet.example.")
        .hasMessageContaining("127.0.0.1 port " + server.port());
  }
}
