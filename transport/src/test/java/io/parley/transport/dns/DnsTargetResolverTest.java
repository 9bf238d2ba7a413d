package io.parley.transport.dns;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.parley.sip.port.ResolvedTarget;
import io.parley.sip.port.TargetResolutionException;
import io.parley.sip.port.TargetUri;
import io.parley.sip.port.Transport;
import java.time.Duration;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import java.util.random.RandomGenerator;
import org.junit.jupiter.api.Test;
import org.xbill.DNS.Rcode;

class DnsTargetResolverTest {

  /** Always draws 0, so among equal priorities the first listed record wins each draw. */
  private static final RandomGenerator FIRST_DRAW =
      new RandomGenerator() {
        @Override
        public long nextLong() {
          return 0;
        }

        @Override
        public long nextLong(long bound) {
          return 0;
        }
      };

  private final FakeDns dns = new FakeDns();
  private final AtomicLong clock = new AtomicLong();

  private DnsTargetResolver resolver() {
    return DnsTargetResolver.builder()
        .resolver(dns)
        .random(FIRST_DRAW)
        .clock(clock::get)
        .executor(Runnable::run)
        .build();
  }

  private static List<ResolvedTarget> resolve(DnsTargetResolver resolver, TargetUri uri)
      throws Exception {
    return resolver.resolve(uri).toCompletableFuture().get(10, TimeUnit.SECONDS);
  }

  private List<ResolvedTarget> resolve(TargetUri uri) throws Exception {
    return resolve(resolver(), uri);
  }

  private static ResolvedTarget udp(String address, int port) {
    return new ResolvedTarget(Transport.UDP, address, port);
  }

  private static ResolvedTarget tcp(String address, int port) {
    return new ResolvedTarget(Transport.TCP, address, port);
  }

  private static ResolvedTarget tls(String address, int port) {
    return new ResolvedTarget(Transport.TLS, address, port);
  }

  private TargetResolutionException failure(TargetUri uri) {
    Throwable thrown =
        org.assertj.core.api.Assertions.catchThrowable(
            () -> resolver().resolve(uri).toCompletableFuture().get(10, TimeUnit.SECONDS));
    assertThat(thrown).isInstanceOf(ExecutionException.class);
    assertThat(thrown.getCause()).isInstanceOf(TargetResolutionException.class);
    return (TargetResolutionException) thrown.getCause();
  }

  /** A domain with NAPTR, SRV and addresses for all three transports. */
  private void fullDomain() {
    dns.add("example.com.", 300, "NAPTR", "20 10 \"s\" \"SIPS+D2T\" \"\" _sips._tcp.example.com.")
        .add("example.com.", 300, "NAPTR", "10 50 \"S\" \"SIP+D2T\" \"\" _sip._tcp.example.com.")
        .add("example.com.", 300, "NAPTR", "10 20 \"s\" \"SIP+D2U\" \"\" _sip._udp.example.com.")
        .add("_sip._udp.example.com.", 300, "SRV", "10 0 5060 udp.example.com.")
        .add("_sip._tcp.example.com.", 300, "SRV", "10 0 5062 tcp.example.com.")
        .add("_sips._tcp.example.com.", 300, "SRV", "10 0 5063 tls.example.com.")
        .add("udp.example.com.", 300, "A", "192.0.2.10")
        .add("tcp.example.com.", 300, "A", "192.0.2.20")
        .add("tls.example.com.", 300, "A", "192.0.2.30")
        .add("example.com.", 300, "A", "192.0.2.99");
  }

  @Test
  void rfc3263Section4_1_numericHostsNeedNoDns() throws Exception {
    assertThat(resolve(TargetUri.sip("192.0.2.1"))).containsExactly(udp("192.0.2.1", 5060));
    assertThat(resolve(TargetUri.sips("[2001:db8::1]"))).containsExactly(tls("2001:db8::1", 5061));
    assertThat(resolve(TargetUri.sip("192.0.2.1").withPort(5070).withTransport(Transport.TCP)))
        .containsExactly(tcp("192.0.2.1", 5070));
    assertThat(dns.questions()).isEmpty();
  }

  @Test
  void rfc3263Section4_1_explicitPortSkipsNaptrAndSrv() throws Exception {
    fullDomain();
    dns.soa("example.com.", 300, 300);
    DnsTargetResolver resolver = resolver();
    assertThat(resolve(resolver, TargetUri.sip("example.com").withPort(5080)))
        .containsExactly(udp("192.0.2.99", 5080));
    assertThat(resolve(resolver, TargetUri.sips("example.com").withPort(5081)))
        .containsExactly(tls("192.0.2.99", 5081));
    assertThat(dns.questions()).containsExactly("A example.com.", "AAAA example.com.");
  }

  @Test
  void rfc3263Section4_1_transportParameterSkipsNaptr() throws Exception {
    fullDomain();
    assertThat(resolve(TargetUri.sip("example.com").withTransport(Transport.TCP)))
        .containsExactly(tcp("192.0.2.20", 5062));
    assertThat(dns.questions()).first().isEqualTo("SRV _sip._tcp.example.com.");
    assertThat(dns.questions()).noneMatch(question -> question.startsWith("NAPTR"));
  }

  @Test
  void rfc3263Section4_1_sipsWithTransportTcpMeansTls() throws Exception {
    fullDomain();
    assertThat(resolve(TargetUri.sips("example.com").withTransport(Transport.TCP)))
        .containsExactly(tls("192.0.2.30", 5063));
  }

  @Test
  void rfc3263Section4_2_transportParameterWithoutSrvUsesAddressesOnTheDefaultPort()
      throws Exception {
    dns.add("example.org.", 300, "A", "192.0.2.5");
    assertThat(resolve(TargetUri.sip("example.org").withTransport(Transport.TLS)))
        .containsExactly(tls("192.0.2.5", 5061));
  }

  @Test
  void rfc3263Section4_1_naptrLowestOrderWinsThenPreference() throws Exception {
    fullDomain();
    // Order 10 holds UDP (preference 20) and TCP (50); order 20's SIPS record is never used.
    assertThat(resolve(TargetUri.sip("example.com")))
        .containsExactly(udp("192.0.2.10", 5060), tcp("192.0.2.20", 5062));
    assertThat(dns.questions()).doesNotContain("SRV _sips._tcp.example.com.");
  }

  @Test
  void rfc3263Section4_1_sipsUriKeepsOnlySipsNaptrRecords() throws Exception {
    fullDomain();
    assertThat(resolve(TargetUri.sips("example.com"))).containsExactly(tls("192.0.2.30", 5063));
  }

  @Test
  void rfc3263Section4_1_unsupportedTransportsAreDiscarded() throws Exception {
    fullDomain();
    DnsTargetResolver tcpOnly =
        DnsTargetResolver.builder()
            .resolver(dns)
            .random(FIRST_DRAW)
            .executor(Runnable::run)
            .transports(Set.of(Transport.TCP))
            .build();
    assertThat(resolve(tcpOnly, TargetUri.sip("example.com")))
        .containsExactly(tcp("192.0.2.20", 5062));
  }

  @Test
  void rfc3263Section4_1_unusableNaptrFallsBackToSrv() throws Exception {
    dns.add("example.net.", 300, "NAPTR", "10 10 \"s\" \"SIP+D2S\" \"\" _sip._sctp.example.net.")
        .add("example.net.", 300, "NAPTR", "10 20 \"u\" \"E2U+sip\" \"!^.*$!sip:a@b!\" .")
        .add("example.net.", 300, "NAPTR", "10 30 \"a\" \"SIP+D2T\" \"\" tcp.example.net.")
        .add("_sip._tcp.example.net.", 300, "SRV", "10 0 5070 tcp.example.net.")
        .add("tcp.example.net.", 300, "A", "192.0.2.70");
    assertThat(resolve(TargetUri.sip("example.net"))).containsExactly(tcp("192.0.2.70", 5070));
  }

  @Test
  void rfc3263Section4_1_withoutNaptrSrvIsTriedForTlsThenTcpThenUdp() throws Exception {
    dns.add("_sip._udp.example.org.", 300, "SRV", "10 0 5060 u.example.org.")
        .add("_sip._tcp.example.org.", 300, "SRV", "10 0 5060 t.example.org.")
        .add("_sips._tcp.example.org.", 300, "SRV", "10 0 5061 s.example.org.")
        .add("u.example.org.", 300, "A", "192.0.2.1")
        .add("t.example.org.", 300, "A", "192.0.2.2")
        .add("s.example.org.", 300, "A", "192.0.2.3");
    assertThat(resolve(TargetUri.sip("example.org")))
        .containsExactly(tls("192.0.2.3", 5061), tcp("192.0.2.2", 5060), udp("192.0.2.1", 5060));
    dns.clearQuestions();
    assertThat(resolve(TargetUri.sips("example.org"))).containsExactly(tls("192.0.2.3", 5061));
  }

  @Test
  void rfc3263Section4_2_withoutNaptrOrSrvTheHostsAddressesAreUsed() throws Exception {
    dns.add("plain.example.", 300, "A", "192.0.2.8")
        .add("plain.example.", 300, "AAAA", "2001:db8::8");
    assertThat(resolve(TargetUri.sip("plain.example")))
        .containsExactly(udp("192.0.2.8", 5060), udp("2001:db8::8", 5060));
    assertThat(resolve(TargetUri.sips("plain.example")))
        .containsExactly(tls("192.0.2.8", 5061), tls("2001:db8::8", 5061));
  }

  @Test
  void ipv6FirstWhenPreferred() throws Exception {
    dns.add("plain.example.", 300, "A", "192.0.2.8")
        .add("plain.example.", 300, "AAAA", "2001:db8::8");
    DnsTargetResolver v6First =
        DnsTargetResolver.builder().resolver(dns).executor(Runnable::run).preferIpv6(true).build();
    assertThat(resolve(v6First, TargetUri.sip("plain.example").withPort(5070)))
        .extracting(ResolvedTarget::isIpv6)
        .containsExactly(true, false);
  }

  @Test
  void rfc2782_srvPriorityOrdersTargetsAndEveryAddressIsATarget() throws Exception {
    dns.add("_sip._udp.pri.example.", 300, "SRV", "20 0 5090 backup.pri.example.")
        .add("_sip._udp.pri.example.", 300, "SRV", "10 0 5080 main.pri.example.")
        .add("_sip._udp.pri.example.", 300, "SRV", "30 0 5070 .")
        .add("main.pri.example.", 300, "A", "192.0.2.1")
        .add("main.pri.example.", 300, "A", "192.0.2.2")
        .add("backup.pri.example.", 300, "A", "192.0.2.3");
    assertThat(resolve(TargetUri.sip("pri.example").withTransport(Transport.UDP)))
        .containsExactly(udp("192.0.2.1", 5080), udp("192.0.2.2", 5080), udp("192.0.2.3", 5090));
  }

  @Test
  void rfc1035Section3_2_1_answersAreCachedForTheirTtl() throws Exception {
    dns.soa("ttl.example.", 3600, 3600)
        .add("_sip._tcp.ttl.example.", 60, "SRV", "10 0 5060 host.ttl.example.")
        .add("host.ttl.example.", 30, "A", "192.0.2.1")
        .add("host.ttl.example.", 120, "A", "192.0.2.2");
    DnsTargetResolver resolver = resolver();
    TargetUri uri = TargetUri.sip("ttl.example").withTransport(Transport.TCP);
    resolve(resolver, uri);
    assertThat(dns.questions()).hasSize(3);
    clock.set(Duration.ofSeconds(29).toNanos());
    resolve(resolver, uri);
    assertThat(dns.questions()).hasSize(3);
    // The A answer lives as long as its shortest record (30 s); SRV (60 s) is still cached.
    clock.set(Duration.ofSeconds(30).toNanos());
    resolve(resolver, uri);
    assertThat(dns.questions()).hasSize(4).last().isEqualTo("A host.ttl.example.");
  }

  @Test
  void rfc2308Section5_negativeAnswersAreCachedForTheSoaMinimum() throws Exception {
    dns.soa("neg.example.", 3600, 10).add("neg.example.", 300, "A", "192.0.2.1");
    DnsTargetResolver resolver = resolver();
    resolve(resolver, TargetUri.sip("neg.example"));
    int asked = dns.questions().size();
    assertThat(dns.questions()).contains("NAPTR neg.example.", "SRV _sip._udp.neg.example.");
    clock.set(Duration.ofSeconds(9).toNanos());
    resolve(resolver, TargetUri.sip("neg.example"));
    assertThat(dns.questions()).hasSize(asked);
    clock.set(Duration.ofSeconds(10).toNanos());
    resolve(resolver, TargetUri.sip("neg.example"));
    assertThat(dns.questions()).hasSizeGreaterThan(asked).contains("NAPTR neg.example.");
  }

  @Test
  void cachingCanBeTurnedOff() throws Exception {
    dns.add("host.example.", 300, "A", "192.0.2.1");
    DnsTargetResolver uncached =
        DnsTargetResolver.builder().resolver(dns).executor(Runnable::run).cacheEntries(0).build();
    TargetUri uri = TargetUri.sip("host.example").withPort(5060);
    resolve(uncached, uri);
    resolve(uncached, uri);
    assertThat(dns.questions()).hasSize(4);
  }

  @Test
  void rfc3263Section4_unknownHostFailsNamingTheUri() {
    assertThat(failure(TargetUri.sip("nowhere.example")))
        .hasMessageContaining("no SIP targets for sip:nowhere.example")
        .hasMessageContaining("NAPTR, SRV, A or AAAA");
  }

  @Test
  void serverFailureFailsNamingTheQueryAndCode() throws Exception {
    dns.failWith("broken.example.", "NAPTR", Rcode.SERVFAIL);
    assertThat(failure(TargetUri.sip("broken.example")))
        .hasMessageContaining("SERVFAIL")
        .hasMessageContaining("NAPTR broken.example.")
        .hasMessageContaining("fake DNS");
  }

  @Test
  void timeoutFailsNamingTheQuery() throws Exception {
    dns.add("slow.example.", 300, "A", "192.0.2.1").silence("slow.example.", "AAAA");
    assertThat(failure(TargetUri.sip("slow.example").withPort(5060)))
        .hasMessageContaining("AAAA slow.example.")
        .hasMessageContaining("timed out")
        .hasCauseInstanceOf(java.net.SocketTimeoutException.class);
  }

  @Test
  void invalidHostNameFailsWithoutAnyQuery() {
    assertThat(failure(TargetUri.sip("bad..example"))).hasMessageContaining("'bad..example'");
    assertThat(dns.questions()).isEmpty();
  }

  @Test
  void builderNamesBadSettings() {
    assertThatThrownBy(() -> DnsTargetResolver.builder().server("dns.example:53"))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("'dns.example:53'");
    assertThatThrownBy(() -> DnsTargetResolver.builder().server("127.0.0.1:99999"))
        .hasMessageContaining("99999");
    assertThatThrownBy(() -> DnsTargetResolver.builder().server("[::1]x"))
        .hasMessageContaining("'[::1]x'");
    assertThatThrownBy(() -> DnsTargetResolver.builder().timeout(Duration.ZERO))
        .hasMessageContaining("PT0S");
    assertThatThrownBy(() -> DnsTargetResolver.builder().transports(Set.of()))
        .hasMessageContaining("at least one");
  }
}
