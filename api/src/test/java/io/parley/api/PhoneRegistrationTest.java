package io.parley.api;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.parley.sip.port.ResolvedTarget;
import io.parley.sip.port.Transport;
import io.parley.sip.transaction.TransactionLayer;
import io.parley.sip.transaction.TransactionTimers;
import io.parley.testkit.loop.VirtualLoop;
import io.parley.testkit.network.FakeNetwork;
import io.parley.testkit.network.FakeTransport;
import io.parley.testkit.registrar.TestRegistrar;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Random;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

class PhoneRegistrationTest {

  private final VirtualLoop loop = new VirtualLoop();
  private final FakeNetwork network = new FakeNetwork(loop, 11);
  private final TestRegistrar registrar = registrar();
  private final List<PhoneEvent> events = Collections.synchronizedList(new ArrayList<>());
  private Phone phone;
  private FakeTransport phoneTransport;

  private TestRegistrar registrar() {
    FakeTransport transport = network.endpoint("10.0.0.10", 5060);
    TransactionLayer layer =
        new TransactionLayer(loop, transport, TransactionTimers.DEFAULT, new Random(1));
    transport.listen(layer.transportListener());
    return new TestRegistrar(layer, loop, "example.com").user("alice", "secret");
  }

  private Phone phone() {
    phone =
        Phone.builder()
            .loop(loop)
            .transportFactory(
                points -> {
                  phoneTransport = network.endpoint("10.0.0.1", 5060);
                  return phoneTransport;
                })
            .resolver(
                uri ->
                    CompletableFuture.completedFuture(
                        List.of(new ResolvedTarget(Transport.UDP, "10.0.0.10", 5060))))
            .userAgent("Parley-test")
            .build();
    phone.events().subscribe(events::add);
    return phone;
  }

  @AfterEach
  void closePhone() throws Exception {
    if (phone != null) {
      CompletableFuture<Void> closing = CompletableFuture.runAsync(phone::close);
      while (!closing.isDone()) {
        loop.advance(Duration.ofMillis(50)); // drive the unregistrations close() waits for
        Thread.sleep(1);
      }
      closing.get();
    }
  }

  private List<RegistrationState> registrationStates(int expected) throws InterruptedException {
    long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(5);
    while (System.nanoTime() < deadline) {
      List<RegistrationState> states;
      synchronized (events) {
        states =
            events.stream()
                .filter(RegistrationChanged.class::isInstance)
                .map(e -> ((RegistrationChanged) e).state())
                .toList();
      }
      if (states.size() >= expected) {
        return states;
      }
      Thread.sleep(5);
    }
    throw new AssertionError("only got " + events);
  }

  @Test
  void registersWithDigestAuthenticationAndReportsEachStep() throws Exception {
    CompletableFuture<Account> registered =
        phone().register(AccountConfig.of("sip:alice@example.com", "secret"));
    loop.advance(Duration.ofMillis(100));

    assertThat(registered).isCompleted();
    Account alice = registered.get();
    assertThat(alice.state()).isEqualTo(RegistrationState.REGISTERED);
    assertThat(alice.isMain()).isTrue();
    assertThat(registrationStates(2))
        .containsExactly(RegistrationState.REGISTERING, RegistrationState.REGISTERED);
    assertThat(registrar.bindings("alice")).hasSize(1);
    assertThat(registrar.received().get(0).header("User-Agent")).contains("Parley-test");
  }

  @Test
  void aWrongPasswordCompletesTheFutureWithTheSipFailure() throws Exception {
    CompletableFuture<Account> registered =
        phone().register(AccountConfig.of("sip:alice@example.com", "wrong"));
    loop.advance(Duration.ofSeconds(1));
    assertThat(registered).isCompletedExceptionally();
    assertThatThrownBy(registered::get)
        .isInstanceOf(ExecutionException.class)
        .cause()
        .isInstanceOf(SipFailureException.class)
        .hasMessageContaining("401");
    assertThat(registrationStates(2)).last().isEqualTo(RegistrationState.FAILED);
  }

  @Test
  void ninetyNineAccountsRegisterAtOnce() {
    phone();
    List<CompletableFuture<Account>> all = new ArrayList<>();
    for (int i = 1; i <= 99; i++) {
      registrar.user("user" + i, "pw" + i);
      all.add(phone.register(AccountConfig.of("sip:user" + i + "@example.com", "pw" + i)));
    }
    loop.advance(Duration.ofMillis(500));
    assertThat(all).allMatch(f -> f.isDone() && !f.isCompletedExceptionally());
    assertThat(registrar.bindings("user57")).hasSize(1);
    assertThat(phone.mainAccount()).map(Account::aor).contains("sip:user1@example.com");
  }

  @Test
  void messageLoggingPublishesEveryMessageWithTheDigestMasked() throws Exception {
    phone().logMessages(true);
    phone.register(AccountConfig.of("sip:alice@example.com", "secret"));
    loop.advance(Duration.ofMillis(100));
    registrationStates(2);
    Thread.sleep(50);
    List<SignalingLogged> logged;
    synchronized (events) {
      logged =
          events.stream()
              .filter(SignalingLogged.class::isInstance)
              .map(SignalingLogged.class::cast)
              .toList();
    }
    assertThat(logged)
        .extracting(SignalingLogged::direction)
        .containsExactly(
            SignalingLogged.Direction.SENT,
            SignalingLogged.Direction.RECEIVED,
            SignalingLogged.Direction.SENT,
            SignalingLogged.Direction.RECEIVED);
    assertThat(logged.get(2).message()).contains("response=\"***\"").doesNotContain("secret");
    assertThat(logged.get(0).remote()).isEqualTo("10.0.0.10:5060");
  }

  @Test
  void closeUnregistersEveryAccount() throws Exception {
    phone().register(AccountConfig.of("sip:alice@example.com", "secret"));
    loop.advance(Duration.ofMillis(100));
    assertThat(registrar.bindings("alice")).hasSize(1);
    closePhone();
    phone = null;
    assertThat(registrar.bindings("alice")).isEmpty();
  }

  @Test
  void malformedUrisAreNamed() {
    phone();
    assertThatThrownBy(() -> phone.addAccount(AccountConfig.of("alice@example.com", "x")))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("aor")
        .hasMessageContaining("'alice@example.com'");
  }

  @Test
  void passwordsStayOutOfToString() {
    assertThat(AccountConfig.of("sip:alice@example.com", "s3cr3t").toString())
        .doesNotContain("s3cr3t")
        .contains("hidden");
  }

  @Test
  void rfc5626Section4_4_aDeadFlowMakesTheAccountRegisterAgain() throws Exception {
    phone().register(AccountConfig.of("sip:alice@example.com", "secret"));
    loop.advance(Duration.ofMillis(100));
    int before = registrar.received().size();
    phoneTransport.failFlow(
        new ResolvedTarget(Transport.UDP, "10.0.0.10", 5060), "connection reset by peer");
    loop.advance(Duration.ofMillis(100));
    assertThat(registrar.received().size()).isGreaterThan(before);
    assertThat(phone.accounts().get(0).state()).isEqualTo(RegistrationState.REGISTERED);

    int after = registrar.received().size();
    phoneTransport.failFlow(new ResolvedTarget(Transport.UDP, "10.0.0.99", 5060), "other peer");
    loop.advance(Duration.ofMillis(100));
    assertThat(registrar.received()).hasSize(after);
  }
}
