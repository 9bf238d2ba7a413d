package io.parley.api;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.parley.sip.message.SipMessage;
import io.parley.sip.message.SipRequest;
import io.parley.sip.port.ResolvedTarget;
import io.parley.sip.port.Transport;
import io.parley.testkit.loop.VirtualLoop;
import io.parley.testkit.network.FakeNetwork;
import io.parley.testkit.network.LinkConditions;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.function.BooleanSupplier;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** Two phones on one fake network and virtual clock: Alice 10.0.0.1 calls Bob 10.0.0.2. */
class CallTest {

  private final VirtualLoop loop = new VirtualLoop();
  private final FakeNetwork network = new FakeNetwork(loop, 5);
  private final List<Phone> phones = new ArrayList<>();
  private final List<PhoneEvent> aliceEvents = Collections.synchronizedList(new ArrayList<>());
  private final List<PhoneEvent> bobEvents = Collections.synchronizedList(new ArrayList<>());

  CallTest() {
    network.setDefaultConditions(
        LinkConditions.PERFECT.withDelay(Duration.ofMillis(10), Duration.ZERO));
  }

  private Phone phone(String user, String address, List<PhoneEvent> events, int maxLines) {
    Phone phone =
        Phone.builder()
            .loop(loop)
            .transportFactory(network.transportFactory(address))
            .resolver(
                uri ->
                    CompletableFuture.completedFuture(
                        List.of(
                            new ResolvedTarget(
                                Transport.UDP, uri.host(), uri.port().orElse(5060)))))
            .codecs("PCMU", "PCMA", "telephone-event")
            .maxLines(maxLines)
            .build();
    phone.addAccount(AccountConfig.builder("sip:" + user + "@" + address).build());
    phone.events().subscribe(events::add);
    phones.add(phone);
    return phone;
  }

  private Phone alice() {
    return phone("alice", "10.0.0.1", aliceEvents, 16);
  }

  private Phone bob(int maxLines) {
    return phone("bob", "10.0.0.2", bobEvents, maxLines);
  }

  @AfterEach
  void close() {
    phones.forEach(Phone::close);
  }

  /** Drives the virtual clock until {@code condition} holds (events arrive on a real thread). */
  private void until(BooleanSupplier condition) throws InterruptedException {
    long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(5);
    while (!condition.getAsBoolean()) {
      if (System.nanoTime() > deadline) {
        throw new AssertionError("timed out; alice saw " + aliceEvents + ", bob saw " + bobEvents);
      }
      loop.advance(Duration.ofMillis(20));
      Thread.sleep(1);
    }
  }

  private static <T extends PhoneEvent> List<T> of(List<PhoneEvent> events, Class<T> type) {
    synchronized (events) {
      return events.stream().filter(type::isInstance).map(type::cast).toList();
    }
  }

  private static List<CallState> states(List<PhoneEvent> events) {
    return of(events, CallStateChanged.class).stream().map(CallStateChanged::state).toList();
  }

  private static CallStateChanged ended(List<PhoneEvent> events) {
    return of(events, CallStateChanged.class).stream()
        .filter(e -> e.state() == CallState.ENDED)
        .findFirst()
        .orElseThrow();
  }

  private Call incomingAtBob() throws InterruptedException {
    until(() -> !of(bobEvents, IncomingCall.class).isEmpty());
    return of(bobEvents, IncomingCall.class).get(0).call();
  }

  @Test
  void rfc3261Section13_callRingsIsAnsweredHeldResumedAndHungUpWithEventsAndCdrOnBothSides()
      throws Exception {
    Phone alice = alice();
    bob(16);
    CompletableFuture<Call> placed = alice.call("sip:bob@10.0.0.2");
    Call atBob = incomingAtBob();
    IncomingCall incoming = of(bobEvents, IncomingCall.class).get(0);
    assertThat(incoming.caller()).isEqualTo("sip:alice@10.0.0.1");
    assertThat(incoming.callee()).isEqualTo("sip:bob@10.0.0.2");
    assertThat(atBob.line()).isEqualTo(1);
    until(() -> states(aliceEvents).contains(CallState.RINGING));

    atBob.answer();
    until(placed::isDone);
    Call atAlice = placed.join();
    assertThat(atAlice.state()).isEqualTo(CallState.CONNECTED);
    assertThat(atAlice.callId()).isEqualTo(atBob.callId()).isNotEmpty();
    until(() -> atBob.state() == CallState.CONNECTED);

    CompletableFuture<Void> held = atAlice.hold();
    until(held::isDone);
    assertThat(atAlice.state()).isEqualTo(CallState.HELD);
    until(() -> atBob.state() == CallState.REMOTELY_HELD);

    CompletableFuture<Void> resumed = atAlice.resume();
    until(resumed::isDone);
    until(() -> atBob.state() == CallState.CONNECTED);
    assertThat(atAlice.state()).isEqualTo(CallState.CONNECTED);

    loop.advance(Duration.ofSeconds(30));
    atAlice.hangup();
    until(() -> of(aliceEvents, CallDetailRecord.class).size() == 1);
    until(() -> of(bobEvents, CallDetailRecord.class).size() == 1);

    assertThat(states(aliceEvents))
        .containsExactly(
            CallState.TRYING,
            CallState.RINGING,
            CallState.ANSWERED,
            CallState.CONNECTED,
            CallState.HELD,
            CallState.CONNECTED,
            CallState.ENDED);
    assertThat(states(bobEvents))
        .containsExactly(
            CallState.RINGING,
            CallState.ANSWERED,
            CallState.CONNECTED,
            CallState.REMOTELY_HELD,
            CallState.CONNECTED,
            CallState.ENDED);
    assertThat(bobEvents.get(0)).isInstanceOf(IncomingCall.class);
    assertThat(ended(aliceEvents).endedBy()).contains(Party.LOCAL);
    assertThat(ended(bobEvents).endedBy()).contains(Party.REMOTE);
    assertThat(ended(bobEvents).statusCode()).isEqualTo(200);

    CallDetailRecord aliceCdr = of(aliceEvents, CallDetailRecord.class).get(0);
    CallDetailRecord bobCdr = of(bobEvents, CallDetailRecord.class).get(0);
    assertThat(aliceCdr.callId()).isEqualTo(bobCdr.callId()).isEqualTo(atAlice.callId());
    assertThat(aliceCdr.caller()).isEqualTo("sip:alice@10.0.0.1");
    assertThat(aliceCdr.callee()).isEqualTo("sip:bob@10.0.0.2");
    assertThat(aliceCdr.connected()).isPresent();
    assertThat(aliceCdr.duration()).isGreaterThanOrEqualTo(Duration.ofSeconds(30));
    assertThat(aliceCdr.disconnectCode()).isEqualTo(200);
    assertThat(aliceCdr.disconnectedBy()).isEqualTo(Party.LOCAL);
    assertThat(bobCdr.disconnectedBy()).isEqualTo(Party.REMOTE);
    assertThat(alice.calls()).isEmpty();
  }

  @Test
  void rfc3264Section5_theInviteOffersThePhonesCodecsAndHoldOffersSendonly() throws Exception {
    Phone alice = alice();
    bob(16);
    CompletableFuture<Call> placed = alice.call("sip:bob@10.0.0.2");
    incomingAtBob().answer();
    until(placed::isDone);
    placed.join().hold();
    until(() -> placed.join().state() == CallState.HELD);

    List<String> invites =
        network.log().stream()
            .map(FakeNetwork.Delivery::message)
            .filter(m -> m instanceof SipRequest r && r.method().equals("INVITE"))
            .map(SipMessage::bodyText)
            .toList();
    assertThat(invites.get(0))
        .contains("m=audio 40000 RTP/AVP 0 8 ")
        .contains("a=rtpmap:0 PCMU/8000")
        .contains("telephone-event/8000")
        .contains("c=IN IP4 10.0.0.1");
    assertThat(invites.get(invites.size() - 1)).contains("a=sendonly");
  }

  @Test
  void rfc3261Section21_4_7_busyRejectionFailsTheCallWith486EndedByTheRemote() throws Exception {
    Phone alice = alice();
    bob(16);
    CompletableFuture<Call> placed = alice.call("sip:bob@10.0.0.2");
    incomingAtBob().reject(486);
    until(placed::isDone);

    assertThatThrownBy(placed::join)
        .hasCauseInstanceOf(SipFailureException.class)
        .cause()
        .satisfies(e -> assertThat(((SipFailureException) e).statusCode()).isEqualTo(486));
    until(() -> !of(aliceEvents, CallDetailRecord.class).isEmpty());
    assertThat(ended(aliceEvents).statusCode()).isEqualTo(486);
    assertThat(ended(aliceEvents).endedBy()).contains(Party.REMOTE);
    assertThat(of(aliceEvents, CallDetailRecord.class).get(0).connected()).isEmpty();
    until(() -> !of(bobEvents, CallDetailRecord.class).isEmpty());
    assertThat(ended(bobEvents).endedBy()).contains(Party.LOCAL);
  }

  @Test
  void rfc3261Section9_1_hangupBeforeAnswerCancelsAndTheCalleeSees487() throws Exception {
    Phone alice = alice();
    bob(16);
    CompletableFuture<Call> placed = alice.call("sip:bob@10.0.0.2");
    incomingAtBob();
    until(() -> states(aliceEvents).contains(CallState.RINGING));
    alice.calls().get(0).hangup();
    until(placed::isDone);

    assertThatThrownBy(placed::join)
        .cause()
        .isInstanceOf(SipFailureException.class)
        .satisfies(e -> assertThat(((SipFailureException) e).statusCode()).isEqualTo(487));
    until(() -> !of(bobEvents, CallDetailRecord.class).isEmpty());
    until(() -> !of(aliceEvents, CallDetailRecord.class).isEmpty()); // events trail the future
    assertThat(ended(bobEvents).statusCode()).isEqualTo(487);
    assertThat(ended(bobEvents).endedBy()).contains(Party.REMOTE);
    assertThat(ended(aliceEvents).endedBy()).contains(Party.LOCAL);
    assertThat(
            network.log().stream()
                .map(FakeNetwork.Delivery::message)
                .anyMatch(m -> m instanceof SipRequest r && r.method().equals("CANCEL")))
        .isTrue();
  }

  @Test
  void rfc3261Section21_4_7_callsBeyondTheLineLimitAreRefused() throws Exception {
    Phone alice = phone("alice", "10.0.0.1", aliceEvents, 2);
    bob(1);
    CompletableFuture<Call> first = alice.call("sip:bob@10.0.0.2");
    Call atBob = incomingAtBob();
    CompletableFuture<Call> second = alice.call("sip:bob@10.0.0.2");
    assertThat(alice.calls()).extracting(Call::line).containsExactly(1, 2);
    until(second::isDone);
    assertThatThrownBy(second::join)
        .cause()
        .satisfies(e -> assertThat(((SipFailureException) e).statusCode()).isEqualTo(486));

    assertThat(alice.call("sip:bob@10.0.0.2")).isNotDone(); // line 2 is free again
    assertThatThrownBy(() -> alice.call("sip:bob@10.0.0.2"))
        .isInstanceOf(IllegalStateException.class)
        .hasMessageContaining("all 2 lines are busy");
    assertThat(atBob.line()).isEqualTo(1);
    assertThat(first).isNotDone();
  }

  @Test
  void rfc3261Section8_1_3_4_aRedirectedCallIsFollowedToTheNewTarget() throws Exception {
    Phone alice = alice();
    bob(16);
    List<PhoneEvent> carolEvents = Collections.synchronizedList(new ArrayList<>());
    phone("carol", "10.0.0.3", carolEvents, 16);
    CompletableFuture<Call> placed = alice.call("sip:bob@10.0.0.2");
    incomingAtBob().redirect("sip:carol@10.0.0.3");
    until(() -> !of(carolEvents, IncomingCall.class).isEmpty());
    of(carolEvents, IncomingCall.class).get(0).call().answer();
    until(placed::isDone);

    assertThat(placed.join().state()).isEqualTo(CallState.CONNECTED);
    until(() -> !of(bobEvents, CallDetailRecord.class).isEmpty());
    assertThat(ended(bobEvents).statusCode()).isEqualTo(302);
  }

  @Test
  void rfc3261Section17_1_1_2_anUnansweredInviteTimesOutWith408() throws Exception {
    Phone alice = alice();
    CompletableFuture<Call> placed = alice.call("sip:nobody@10.0.0.9");
    loop.advance(Duration.ofSeconds(33)); // Timer B is 64*T1 (RFC 3261 §17.1.1.2)
    until(placed::isDone);

    assertThatThrownBy(placed::join)
        .cause()
        .satisfies(e -> assertThat(((SipFailureException) e).statusCode()).isEqualTo(408));
    until(() -> !of(aliceEvents, CallDetailRecord.class).isEmpty());
    assertThat(ended(aliceEvents).statusCode()).isEqualTo(408);
    assertThat(ended(aliceEvents).endedBy()).contains(Party.LOCAL);
    assertThat(alice.calls()).isEmpty();
  }

  @Test
  void misuseIsRefusedAtOnceWithTheLineAndState() throws Exception {
    Phone alice = alice();
    bob(16);
    alice.call("sip:bob@10.0.0.2");
    Call atBob = incomingAtBob();
    Call atAlice = alice.calls().get(0);
    until(() -> atAlice.state() == CallState.RINGING);

    assertThatThrownBy(atAlice::hold)
        .isInstanceOf(IllegalStateException.class)
        .hasMessage("hold() needs a confirmed call; line 1 is RINGING");
    assertThatThrownBy(atBob::resume)
        .isInstanceOf(IllegalStateException.class)
        .hasMessageContaining("line 1 is RINGING");
    assertThatThrownBy(atAlice::answer)
        .isInstanceOf(IllegalStateException.class)
        .hasMessageContaining("needs an incoming call");
    assertThatThrownBy(() -> atBob.reject(200))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("300 to 699");
    assertThatThrownBy(() -> atBob.redirect("not a uri"))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("not a uri");
    assertThatThrownBy(() -> alice.call("bob at home"))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("'bob at home'");
    assertThatThrownBy(
            () ->
                Phone.builder()
                    .codecs("speex")
                    .loop(loop)
                    .transportFactory(network.transportFactory("10.0.0.9"))
                    .build())
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("speex");
  }
}
