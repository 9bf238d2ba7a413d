package io.parley.api.interop;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.parley.api.Account;
import io.parley.api.AccountConfig;
import io.parley.api.Phone;
import io.parley.api.PhoneEvent;
import io.parley.api.RegistrationChanged;
import io.parley.api.RegistrationState;
import io.parley.api.SignalingLogged;
import io.parley.api.SipFailureException;
import io.parley.api.Transport;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.function.Predicate;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * Registers a real {@link Phone} (real sockets, real loops) with a real Kamailio registrar that
 * authenticates with Digest (RFC 3261 §10 and §22, RFC 7616 with qop=auth). Kamailio grants at most
 * what was asked, down to 5 s, so a refresh shows within seconds.
 */
@Tag("interop")
class KamailioRegistrationInteropTest {

  private static final Duration WAIT = Duration.ofSeconds(10);
  private static KamailioProcess kamailio;

  private final List<PhoneEvent> events = new CopyOnWriteArrayList<>();
  private Phone phone;

  @BeforeAll
  static void startKamailio() throws Exception {
    kamailio = KamailioProcess.start();
  }

  @AfterAll
  static void stopKamailio() {
    if (kamailio != null) {
      kamailio.close();
    }
  }

  @AfterEach
  void closePhone() {
    if (phone != null) {
      phone.close();
    }
  }

  private Phone phone() {
    phone =
        Phone.builder()
            .listen("udp:127.0.0.1:0")
            .listen("tcp:127.0.0.1:0")
            .loops(1)
            .userAgent("Parley-interop")
            .logMessages(true)
            .build();
    phone.events().subscribe(events::add);
    return phone;
  }

  private static AccountConfig alice(String password, Transport transport, int expiresSeconds) {
    return AccountConfig.builder("sip:alice@example.com")
        .password(password)
        .registrar("sip:127.0.0.1:" + kamailio.port())
        .transport(transport)
        .expires(Duration.ofSeconds(expiresSeconds))
        .build();
  }

  @ParameterizedTest
  @EnumSource(
      value = Transport.class,
      names = {"UDP", "TCP"})
  void rfc3261Section10_2_registersRefreshesAndUnregistersWithKamailio(Transport transport)
      throws Exception {
    Account account = phone().register(alice("secret", transport, 10)).get(10, TimeUnit.SECONDS);

    assertThat(account.state()).isEqualTo(RegistrationState.REGISTERED);
    awaitCount(RegistrationState.REGISTERED, 1, WAIT);
    RegistrationChanged registered = registrations(RegistrationState.REGISTERED).get(0);
    assertThat(registered.statusCode()).isEqualTo(200);
    assertThat(registered.expires()).isEqualTo(Duration.ofSeconds(10));
    assertThat(registrations(e -> true).get(0).state()).isEqualTo(RegistrationState.REGISTERING);
    SignalingLogged ok = lastReceived();
    assertThat(ok.transport()).isEqualTo(transport.name());
    assertThat(ok.message()).startsWith("SIP/2.0 200").containsIgnoringCase("Contact:");

    // §10.2.1: refreshed half-way through the 10 s granted, before the binding lapses.
    awaitCount(RegistrationState.REGISTERED, 2, Duration.ofSeconds(9));
    List<String> registers = sentRegisters();
    assertThat(callIds(registers)).as("§10.2.4: one Call-ID for the binding").hasSize(1);
    assertThat(registers.get(registers.size() - 1)).contains("Expires: 10");

    account.unregister().get(10, TimeUnit.SECONDS);

    assertThat(account.state()).isEqualTo(RegistrationState.UNREGISTERED);
    awaitCount(RegistrationState.UNREGISTERED, 1, WAIT);
    assertThat(sentRegisters().get(sentRegisters().size() - 1)).contains("Expires: 0");
    SignalingLogged removed = lastReceived();
    assertThat(removed.message())
        .as("§10.3: the registrar lists no binding once it is removed")
        .startsWith("SIP/2.0 200")
        .doesNotContainIgnoringCase("\nContact:");
  }

  @Test
  void rfc3261Section10_2_2_wildcardRemovesEveryBindingAtKamailio() throws Exception {
    Account account =
        phone().register(alice("secret", Transport.UDP, 60)).get(10, TimeUnit.SECONDS);

    account.unregisterAll().get(10, TimeUnit.SECONDS);
    awaitCount(RegistrationState.UNREGISTERED, 1, WAIT);

    assertThat(sentRegisters().get(sentRegisters().size() - 1)).contains("Contact: *");
    assertThat(lastReceived().message())
        .startsWith("SIP/2.0 200")
        .doesNotContainIgnoringCase("\nContact:");
  }

  @Test
  void rfc3261Section22_4_aWrongPasswordFailsCleanlyWithoutARetryStorm() throws Exception {
    var registering = phone().register(alice("wrong", Transport.UDP, 60));

    assertThatThrownBy(() -> registering.get(10, TimeUnit.SECONDS))
        .isInstanceOf(ExecutionException.class)
        .cause()
        .isInstanceOfSatisfying(
            SipFailureException.class, e -> assertThat(e.statusCode()).isIn(401, 403));
    awaitCount(RegistrationState.FAILED, 1, WAIT);
    RegistrationChanged failed = registrations(RegistrationState.FAILED).get(0);
    assertThat(failed.statusCode()).isIn(401, 403);
    assertThat(failed.retryIn()).as("refused credentials are not retried").isZero();
    int sent = sentRegisters().size();
    assertThat(sent).as("one request and a bounded number of answers").isBetween(2, 3);

    Thread.sleep(2000);

    assertThat(sentRegisters()).hasSize(sent);
    assertThat(phone.accounts().get(0).state()).isEqualTo(RegistrationState.FAILED);
    assertThat(sentRegisters()).allSatisfy(r -> assertThat(r).doesNotContain("wrong"));
  }

  private List<RegistrationChanged> registrations(RegistrationState state) {
    return registrations(e -> e.state() == state);
  }

  private List<RegistrationChanged> registrations(Predicate<RegistrationChanged> filter) {
    return events.stream()
        .filter(RegistrationChanged.class::isInstance)
        .map(RegistrationChanged.class::cast)
        .filter(filter)
        .toList();
  }

  private void awaitCount(RegistrationState state, int count, Duration within)
      throws InterruptedException {
    long deadline = System.nanoTime() + within.toNanos();
    while (registrations(state).size() < count) {
      if (System.nanoTime() > deadline) {
        throw new AssertionError(
            "expected "
                + count
                + " "
                + state
                + " events within "
                + within
                + ", got "
                + events
                + "\nkamailio:\n"
                + kamailio.log());
      }
      Thread.sleep(20);
    }
  }

  private List<SignalingLogged> logged(SignalingLogged.Direction direction) {
    return events.stream()
        .filter(SignalingLogged.class::isInstance)
        .map(SignalingLogged.class::cast)
        .filter(e -> e.direction() == direction)
        .toList();
  }

  private List<String> sentRegisters() {
    return logged(SignalingLogged.Direction.SENT).stream()
        .map(SignalingLogged::message)
        .filter(m -> m.startsWith("REGISTER "))
        .toList();
  }

  /**
   * The last response received; call it after awaiting the event it caused (events are ordered).
   */
  private SignalingLogged lastReceived() {
    List<SignalingLogged> received = logged(SignalingLogged.Direction.RECEIVED);
    assertThat(received).as("received messages").isNotEmpty();
    return received.get(received.size() - 1);
  }

  private static List<String> callIds(List<String> messages) {
    return messages.stream()
        .flatMap(m -> m.lines().filter(l -> l.regionMatches(true, 0, "Call-ID:", 0, 8)))
        .distinct()
        .toList();
  }
}
