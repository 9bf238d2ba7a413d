package io.parley.sip.registration;

import static org.assertj.core.api.Assertions.assertThat;

import io.parley.sip.auth.DigestAlgorithm;
import io.parley.sip.auth.DigestClient;
import io.parley.sip.auth.DigestCredentials;
import io.parley.sip.message.SipRequest;
import io.parley.sip.port.CredentialStore;
import io.parley.sip.port.ResolvedTarget;
import io.parley.sip.port.TargetResolver;
import io.parley.sip.port.Transport;
import io.parley.sip.syntax.SipParseException;
import io.parley.sip.transaction.TransactionLayer;
import io.parley.sip.transaction.TransactionTimers;
import io.parley.sip.uri.SipUri;
import io.parley.testkit.loop.VirtualLoop;
import io.parley.testkit.network.FakeNetwork;
import io.parley.testkit.network.FakeTransport;
import io.parley.testkit.registrar.TestRegistrar;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Random;
import java.util.concurrent.CompletableFuture;
import org.junit.jupiter.api.Test;

class RegistrationTest {

  private final VirtualLoop loop = new VirtualLoop();
  private final FakeNetwork network = new FakeNetwork(loop, 7);
  private final FakeTransport phone = network.endpoint("10.0.0.1", 5060);
  private final TestRegistrar registrar = registrar("10.0.0.10").user("alice", "secret");
  private final List<RegistrationStatus> events = new ArrayList<>();
  private final TransactionLayer layer = layer(phone);
  private List<ResolvedTarget> targets = List.of(udp("10.0.0.10"));

  private TestRegistrar registrar(String address) {
    FakeTransport transport = network.endpoint(address, 5060);
    return new TestRegistrar(layer(transport), loop, "example.com");
  }

  private TransactionLayer layer(FakeTransport transport) {
    TransactionLayer l =
        new TransactionLayer(loop, transport, TransactionTimers.DEFAULT, new Random(3));
    transport.listen(l.transportListener());
    return l;
  }

  private static ResolvedTarget udp(String address) {
    return new ResolvedTarget(Transport.UDP, address, 5060);
  }

  private Registration registration(String password, Duration expires) throws SipParseException {
    RegistrationConfig config =
        new RegistrationConfig(
            SipUri.parse("sip:alice@example.com"),
            SipUri.parse("sip:example.com"),
            Optional.empty(),
            Optional.empty(),
            Optional.of("Alice"),
            expires,
            Optional.empty(),
            0,
            Optional.of("Parley-test"));
    TargetResolver resolver = uri -> CompletableFuture.completedFuture(targets);
    DigestClient auth =
        new DigestClient(
            CredentialStore.anyRealm(DigestCredentials.ofPassword("alice", password.toCharArray()))
                ::credentialsFor,
            new Random(5),
            2);
    return new Registration(
        "reg-1@test",
        config,
        layer,
        phone,
        loop,
        resolver,
        auth,
        new Random(9),
        (r, s) -> events.add(s));
  }

  private List<RegistrationState> states() {
    return events.stream().map(RegistrationStatus::state).toList();
  }

  @Test
  void rfc3261Section10_2_registersAfterADigestChallenge() throws Exception {
    Registration registration = registration("secret", Duration.ofSeconds(3600));
    registration.register();
    loop.advance(Duration.ofMillis(100));

    assertThat(states())
        .containsExactly(RegistrationState.REGISTERING, RegistrationState.REGISTERED);
    assertThat(events.get(1).expires()).isEqualTo(Duration.ofSeconds(3600));
    assertThat(registrar.bindings("alice"))
        .singleElement()
        .extracting(TestRegistrar.Binding::contact)
        .isEqualTo("sip:alice@10.0.0.1:5060");
    List<SipRequest> seen = registrar.received();
    assertThat(seen).hasSize(2);
    assertThat(seen.get(0).header("Authorization")).isEmpty();
    assertThat(seen.get(1).header("Authorization")).isPresent();
    // §10.2.4: the same Call-ID, a higher CSeq.
    assertThat(seen.get(1).callId()).isEqualTo(seen.get(0).callId());
    assertThat(seen.get(1).cSeq().sequence()).isGreaterThan(seen.get(0).cSeq().sequence());
  }

  @Test
  void rfc3261Section10_2_4_refreshesBeforeTheGrantedExpiry() throws Exception {
    registrar.maxExpires(120);
    Registration registration = registration("secret", Duration.ofSeconds(3600));
    registration.register();
    loop.advance(Duration.ofMillis(100));
    assertThat(registration.grantedExpires()).isEqualTo(Duration.ofSeconds(120));
    int before = registrar.received().size();

    loop.advance(Duration.ofSeconds(89)); // refresh is due 30 s before expiry: at 90 s
    assertThat(registrar.received()).hasSize(before);
    loop.advance(Duration.ofSeconds(2));
    assertThat(registrar.received().size()).isGreaterThan(before);
    // The refresh reuses the nonce (preemptive Authorization): no new 401 round trip.
    assertThat(registrar.received().get(before).header("Authorization")).isPresent();
    loop.advance(Duration.ofHours(3));
    assertThat(registration.state()).isEqualTo(RegistrationState.REGISTERED);
    assertThat(registrar.bindings("alice")).hasSize(1);
  }

  @Test
  void rfc3261Section10_2_8_intervalTooBriefRetriesWithMinExpires() throws Exception {
    registrar.minExpires(300);
    Registration registration = registration("secret", Duration.ofSeconds(30));
    registration.register();
    loop.advance(Duration.ofMillis(200));
    assertThat(registration.state()).isEqualTo(RegistrationState.REGISTERED);
    assertThat(registration.grantedExpires()).isEqualTo(Duration.ofSeconds(300));
  }

  @Test
  void aWrongPasswordFailsCleanlyWithoutRetrying() throws Exception {
    Registration registration = registration("wrong", Duration.ofSeconds(3600));
    registration.register();
    loop.advance(Duration.ofSeconds(1));
    RegistrationStatus last = events.get(events.size() - 1);
    assertThat(last.state()).isEqualTo(RegistrationState.FAILED);
    assertThat(last.statusCode()).isEqualTo(401);
    assertThat(last.reason()).contains("\"example.com\"").contains("refused");
    assertThat(last.retryIn()).isEqualTo(Duration.ZERO);
    int requests = registrar.received().size();
    loop.advance(Duration.ofHours(1));
    assertThat(registrar.received()).hasSize(requests);
  }

  @Test
  void rfc7616Section3_3_aStaleNonceIsNotAFailure() throws Exception {
    Registration registration = registration("secret", Duration.ofSeconds(3600));
    registration.register();
    loop.advance(Duration.ofMillis(100));
    registrar.staleNextNonce();
    registration.unregister();
    loop.advance(Duration.ofMillis(100));
    registration.register();
    loop.advance(Duration.ofMillis(100));
    assertThat(registration.state()).isEqualTo(RegistrationState.REGISTERED);
  }

  @Test
  void rfc3263Section4_3_failsOverToTheNextTargetWhenTheFirstIsSilent() throws Exception {
    TestRegistrar backup = registrar("10.0.0.11").user("alice", "secret");
    targets = List.of(udp("10.0.0.99"), udp("10.0.0.11")); // nobody at .99
    Registration registration = registration("secret", Duration.ofSeconds(3600));
    registration.register();
    loop.advance(Duration.ofSeconds(33)); // Timer F on the first target, then the backup
    assertThat(registration.state()).isEqualTo(RegistrationState.REGISTERED);
    assertThat(backup.bindings("alice")).hasSize(1);
  }

  @Test
  void rfc3263Section4_3_a503MovesOnAtOnce() throws Exception {
    TestRegistrar backup = registrar("10.0.0.11").user("alice", "secret");
    targets = List.of(udp("10.0.0.10"), udp("10.0.0.11"));
    registrar.failNext(503);
    Registration registration = registration("secret", Duration.ofSeconds(3600));
    registration.register();
    loop.advance(Duration.ofMillis(200));
    assertThat(registration.state()).isEqualTo(RegistrationState.REGISTERED);
    assertThat(backup.bindings("alice")).hasSize(1);
  }

  @Test
  void rfc5626Section4_5_failuresAreRetriedWithGrowingBackoff() throws Exception {
    registrar.failNext(500, 500, 500);
    Registration registration = registration("secret", Duration.ofSeconds(3600));
    registration.register();
    loop.advance(Duration.ofMillis(100));
    RegistrationStatus first = events.get(events.size() - 1);
    assertThat(first.state()).isEqualTo(RegistrationState.FAILED);
    assertThat(first.statusCode()).isEqualTo(500);
    assertThat(first.retryIn()).isBetween(Duration.ofSeconds(15), Duration.ofSeconds(30));
    loop.advance(first.retryIn());
    loop.advance(Duration.ofMillis(100));
    RegistrationStatus second = events.get(events.size() - 1);
    assertThat(second.retryIn()).isBetween(Duration.ofSeconds(30), Duration.ofSeconds(60));
    loop.advance(Duration.ofMinutes(5));
    assertThat(registration.state()).isEqualTo(RegistrationState.REGISTERED);
  }

  @Test
  void rfc3261Section10_2_2_unregisterRemovesOurBindingOnly() throws Exception {
    Registration registration = registration("secret", Duration.ofSeconds(3600));
    registration.register();
    loop.advance(Duration.ofMillis(100));
    registration.unregister();
    loop.advance(Duration.ofMillis(100));
    assertThat(registration.state()).isEqualTo(RegistrationState.UNREGISTERED);
    assertThat(registrar.bindings("alice")).isEmpty();
    SipRequest last = registrar.received().get(registrar.received().size() - 1);
    assertThat(last.header("Expires")).contains("0");
    loop.advance(Duration.ofHours(2));
    assertThat(registrar.received().get(registrar.received().size() - 1)).isSameAs(last);
  }

  @Test
  void rfc3261Section10_2_2_unregisterAllSendsAWildcardContact() throws Exception {
    Registration registration = registration("secret", Duration.ofSeconds(3600));
    registration.register();
    loop.advance(Duration.ofMillis(100));
    registration.unregisterAll();
    loop.advance(Duration.ofMillis(100));
    SipRequest last = registrar.received().get(registrar.received().size() - 1);
    assertThat(last.header("Contact")).contains("*");
    assertThat(registrar.bindings("alice")).isEmpty();
    assertThat(registration.state()).isEqualTo(RegistrationState.UNREGISTERED);
  }

  @Test
  void shaTwoFiftySixChallengesAreAnsweredToo() throws Exception {
    registrar.algorithm(DigestAlgorithm.SHA_256);
    Registration registration = registration("secret", Duration.ofSeconds(600));
    registration.register();
    loop.advance(Duration.ofMillis(100));
    assertThat(registration.state()).isEqualTo(RegistrationState.REGISTERED);
  }

  @Test
  void rfc5626Section4_4_aDeadFlowTriggersAnImmediateReRegistration() throws Exception {
    Registration registration = registration("secret", Duration.ofSeconds(3600));
    registration.register();
    loop.advance(Duration.ofMillis(100));
    int before = registrar.received().size();
    registration.flowFailed();
    loop.advance(Duration.ofMillis(100));
    assertThat(registrar.received().size()).isGreaterThan(before);
    assertThat(registration.state()).isEqualTo(RegistrationState.REGISTERED);
  }

  @Test
  void rfc5626Section4_4_1_registrationsOverTcpSendKeepAlivesEvery95To120Seconds()
      throws Exception {
    targets = List.of(new ResolvedTarget(Transport.TCP, "10.0.0.10", 5060));
    Registration registration = registration("secret", Duration.ofSeconds(3600));
    registration.register();
    loop.advance(Duration.ofMillis(100));
    assertThat(registration.state()).isEqualTo(RegistrationState.REGISTERED);
    loop.advance(Duration.ofSeconds(94));
    assertThat(phone.keepAlives()).isEmpty();
    loop.advance(Duration.ofSeconds(27));
    assertThat(phone.keepAlives()).containsExactly(targets.get(0));
    loop.advance(Duration.ofSeconds(240));
    assertThat(phone.keepAlives()).hasSizeBetween(3, 4);
    registration.unregister();
    loop.advance(Duration.ofSeconds(1));
    int sent = phone.keepAlives().size();
    loop.advance(Duration.ofMinutes(10));
    assertThat(phone.keepAlives()).hasSize(sent);
  }

  @Test
  void registrationsOverUdpSendNoCrlfKeepAlives() throws Exception {
    Registration registration = registration("secret", Duration.ofSeconds(3600));
    registration.register();
    loop.advance(Duration.ofMinutes(10));
    assertThat(phone.keepAlives()).isEmpty();
  }
}
