package io.parley.sip.session;

import io.parley.sip.header.Address;
import io.parley.sip.message.SipMessage;
import io.parley.sip.message.SipRequest;
import io.parley.sip.message.SipResponse;
import io.parley.sip.port.ResolvedTarget;
import io.parley.sip.port.SessionNegotiator;
import io.parley.sip.port.SipTransport;
import io.parley.sip.port.TargetResolver;
import io.parley.sip.port.Transport;
import io.parley.sip.syntax.SipParseException;
import io.parley.sip.transaction.TransactionLayer;
import io.parley.sip.transaction.TransactionTimers;
import io.parley.sip.uri.SipUri;
import io.parley.testkit.loop.VirtualLoop;
import io.parley.testkit.network.FakeNetwork;
import io.parley.testkit.network.FakeTransport;
import io.parley.testkit.network.LinkConditions;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.concurrent.CompletableFuture;
import java.util.function.BiConsumer;
import java.util.function.Consumer;

/**
 * User agents on a fake network and a virtual clock: Alice (10.0.0.1) and Bob (10.0.0.2) run the
 * real transaction layer and user agent core; a {@link ScriptedPeer} answers by hand where a test
 * needs a fork, a challenge or a redirect.
 */
final class CallHarness {

  /** Resolves numeric URIs at once, as RFC 3263 §4.1 does for IP literals. */
  static final TargetResolver NUMERIC =
      uri ->
          CompletableFuture.completedFuture(
              List.of(
                  new ResolvedTarget(
                      uri.transport().orElse(Transport.UDP), uri.host(), uri.port().orElse(5060))));

  final VirtualLoop loop = new VirtualLoop();
  final FakeNetwork network = new FakeNetwork(loop, 7);
  final Party alice;
  final Party bob;

  CallHarness() {
    this(Rel100.SUPPORTED, Rel100.SUPPORTED);
  }

  CallHarness(Rel100 aliceRel100, Rel100 bobRel100) {
    this(aliceRel100, bobRel100, SessionTimerConfig.DISABLED, SessionTimerConfig.DISABLED);
  }

  CallHarness(SessionTimerConfig aliceTimers, SessionTimerConfig bobTimers) {
    this(Rel100.SUPPORTED, Rel100.SUPPORTED, aliceTimers, bobTimers);
  }

  CallHarness(
      Rel100 aliceRel100,
      Rel100 bobRel100,
      SessionTimerConfig aliceTimers,
      SessionTimerConfig bobTimers) {
    alice = new Party("alice", "10.0.0.1", 11, aliceRel100, aliceTimers);
    bob = new Party("bob", "10.0.0.2", 12, bobRel100, bobTimers);
    network.setDefaultConditions(
        LinkConditions.PERFECT.withDelay(Duration.ofMillis(10), Duration.ZERO));
  }

  /** One user agent: transport, transaction layer, core, negotiator fake and event log. */
  final class Party {
    final String name;
    final FakeTransport transport;
    final TransactionLayer layer;
    final UserAgentCore core;
    final FakeNegotiator negotiator = new FakeNegotiator();
    final Events events = new Events();
    final List<ServerInviteSession> incoming = new ArrayList<>();
    Consumer<ServerInviteSession> onIncoming = s -> {};

    Party(String name, String address, long seed, Rel100 rel100, SessionTimerConfig timers) {
      this.name = name;
      this.transport = network.endpoint(address, 5060);
      Random random = new Random(seed);
      this.layer = new TransactionLayer(loop, transport, TransactionTimers.DEFAULT, random);
      this.core =
          new UserAgentCore(
              loop,
              layer,
              transport,
              NUMERIC,
              new UserAgentConfig(name, TransactionTimers.DEFAULT, 3, random, rel100, timers));
      layer.setUser(core);
      transport.listen(layer.transportListener());
      core.setIncomingHandler(
          session -> {
            session.setListener(events);
            incoming.add(session);
            onIncoming.accept(session);
          });
    }

    ClientInviteSession call(String target) {
      return call(OutgoingCall.to(uri(target), Address.of(null, uri("sip:" + name + "@" + at()))));
    }

    ClientInviteSession call(OutgoingCall call) {
      ClientInviteSession session = core.invite(call, negotiator, events);
      loop.runPending();
      return session;
    }

    String at() {
      return transport.address(Transport.UDP).address();
    }
  }

  static SipUri uri(String text) {
    try {
      return SipUri.parse(text);
    } catch (SipParseException e) {
      throw new AssertionError(e);
    }
  }

  static SipMessage parse(String text) {
    try {
      return SipMessage.parse(text.getBytes(StandardCharsets.UTF_8));
    } catch (SipParseException e) {
      throw new AssertionError(e);
    }
  }

  void runMillis(long millis) {
    loop.advance(Duration.ofMillis(millis));
  }

  /** The start lines sent from {@code address}, in order ("INVITE", "ACK", "200 INVITE", ...). */
  List<String> sentBy(String address) {
    return network.log().stream()
        .filter(d -> d.from().address().equals(address))
        .map(d -> describe(d.message()))
        .toList();
  }

  /** When (ms) messages described as {@code what} were sent from {@code address}. */
  List<Long> sendTimes(String address, String what) {
    return network.log().stream()
        .filter(d -> d.from().address().equals(address) && describe(d.message()).equals(what))
        .map(d -> d.at().toMillis())
        .toList();
  }

  /** Messages sent from {@code address} described as {@code what}. */
  List<SipMessage> sent(String address, String what) {
    return network.log().stream()
        .filter(d -> d.from().address().equals(address) && describe(d.message()).equals(what))
        .map(FakeNetwork.Delivery::message)
        .toList();
  }

  /** "INVITE" for a request, "180 INVITE" for a response. */
  static String describe(SipMessage message) {
    if (message instanceof SipRequest r) {
      return r.method();
    }
    SipResponse s = (SipResponse) message;
    return s.statusCode() + " " + s.cSeq().method();
  }

  /** Records the events of every session of one party. */
  static final class Events implements SessionListener {
    final List<SessionEvent> all = new ArrayList<>();

    @Override
    public void onEvent(InviteSession session, SessionEvent event) {
      all.add(event);
    }

    <T extends SessionEvent> List<T> of(Class<T> type) {
      return all.stream().filter(type::isInstance).map(type::cast).toList();
    }

    SessionEvent.Ended ended() {
      List<SessionEvent.Ended> ended = of(SessionEvent.Ended.class);
      if (ended.size() != 1) {
        throw new AssertionError("expected one Ended event, got " + all);
      }
      return ended.get(0);
    }
  }

  /**
   * A negotiator that returns fixed bodies naming its intent, rejects offers containing "bad" and
   * refuses answers containing "garbage".
   */
  static final class FakeNegotiator implements SessionNegotiator {
    final List<String> offersMade = new ArrayList<>();
    final List<String> offersAnswered = new ArrayList<>();
    final List<String> answersTaken = new ArrayList<>();
    String nextOfferText;

    @Override
    public Body createOffer(MediaIntent intent) {
      String text = nextOfferText != null ? nextOfferText : "v=0 offer " + intent;
      offersMade.add(text);
      return body(text);
    }

    @Override
    public Answer answerOffer(Body offer) {
      String text = new String(offer.bytes(), StandardCharsets.UTF_8);
      offersAnswered.add(text);
      if (text.contains("bad")) {
        return new Answer.Rejected(305, "no common codec");
      }
      return new Answer.Accepted(body("v=0 answer to " + text));
    }

    @Override
    public void acceptAnswer(Body answer) throws NegotiationException {
      String text = new String(answer.bytes(), StandardCharsets.UTF_8);
      if (text.contains("garbage")) {
        throw new NegotiationException("not SDP: " + text);
      }
      answersTaken.add(text);
    }

    static Body body(String text) {
      return new Body("application/sdp", text.getBytes(StandardCharsets.UTF_8));
    }
  }

  /** A hand-driven endpoint that records what arrives and answers as a test says. */
  final class ScriptedPeer implements SipTransport.Listener {
    final FakeTransport transport;
    final List<SipMessage> received = new ArrayList<>();
    BiConsumer<SipRequest, ResolvedTarget> onRequest = (r, s) -> {};

    ScriptedPeer(String address) {
      transport = network.endpoint(address, 5060);
      transport.listen(this);
    }

    @Override
    public void onMessage(SipMessage message, ResolvedTarget source) {
      received.add(message);
      if (message instanceof SipRequest request) {
        onRequest.accept(request, source);
      }
    }

    @Override
    public void onSendFailed(SipMessage message, ResolvedTarget target, String reason) {}

    void send(SipMessage message, ResolvedTarget to) {
      transport.send(message, to);
    }

    List<SipRequest> requests(String method) {
      return received.stream()
          .filter(m -> m instanceof SipRequest r && r.method().equals(method))
          .map(SipRequest.class::cast)
          .toList();
    }

    List<SipResponse> responses() {
      return received.stream()
          .filter(m -> m instanceof SipResponse)
          .map(SipResponse.class::cast)
          .toList();
    }
  }
}
