package io.parley.sip.session;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.parley.sip.auth.DigestClient;
import io.parley.sip.auth.DigestCredentials;
import io.parley.sip.header.Address;
import io.parley.sip.header.HeaderName;
import io.parley.sip.header.Headers;
import io.parley.sip.message.ResponseBuilder;
import io.parley.sip.message.SipRequest;
import io.parley.sip.message.SipResponse;
import io.parley.sip.port.CredentialStore;
import io.parley.sip.port.ResolvedTarget;
import io.parley.sip.syntax.SipParseException;
import io.parley.sip.uri.SipUri;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Random;
import org.junit.jupiter.api.Test;

class ClientInviteSessionTest {

  private final CallHarness h = new CallHarness();

  private static SipResponse reply(SipRequest request, int code, String tag, String body) {
    ResponseBuilder b = SipResponse.builder(request, code).toTag(tag);
    b.add(HeaderName.CONTACT, "<sip:" + tag + "@10.0.0.9>");
    if (body != null) {
      b.body("application/sdp", body.getBytes(StandardCharsets.UTF_8));
    }
    return b.build();
  }

  @Test
  void rfc3261Section9_1_cancelBeforeAnswerGets487And200() {
    h.bob.onIncoming = ServerInviteSession::ring;
    ClientInviteSession call = h.alice.call("sip:bob@10.0.0.2");
    h.runMillis(100);
    call.hangup();
    assertThat(call.state()).isEqualTo(SessionState.TERMINATING);
    h.runMillis(100);

    assertThat(h.sentBy("10.0.0.1")).containsExactly("INVITE", "CANCEL", "ACK");
    assertThat(h.sentBy("10.0.0.2")).containsExactly("180 INVITE", "200 CANCEL", "487 INVITE");
    assertThat(h.alice.events.ended().status()).isEqualTo(487);
    assertThat(h.alice.events.ended().by()).isEqualTo(SessionEvent.Party.LOCAL);
    assertThat(h.bob.events.ended().status()).isEqualTo(487);
    assertThat(h.bob.events.ended().by()).isEqualTo(SessionEvent.Party.REMOTE);
    SipRequest cancel = (SipRequest) h.sent("10.0.0.1", "CANCEL").get(0);
    SipRequest invite = (SipRequest) h.sent("10.0.0.1", "INVITE").get(0);
    assertThat(cancel.topVia()).isEqualTo(invite.topVia()); // §9.1
    assertThat(cancel.cSeq().sequence()).isEqualTo(invite.cSeq().sequence());
    SipResponse cancelled = (SipResponse) h.sent("10.0.0.2", "200 CANCEL").get(0);
    SipResponse terminated = (SipResponse) h.sent("10.0.0.2", "487 INVITE").get(0);
    assertThat(cancelled.to().tag()).isEqualTo(terminated.to().tag()); // §9.2
    assertThat(h.alice.core.dialogCount()).isZero();
    assertThat(h.bob.core.dialogCount()).isZero();
  }

  @Test
  void rfc3261Section9_1_cancelWaitsForAProvisionalResponse() {
    h.network.setConditions(
        "10.0.0.2",
        "10.0.0.1",
        io.parley.testkit.network.LinkConditions.PERFECT.withDelay(
            java.time.Duration.ofMillis(300), java.time.Duration.ZERO));
    h.bob.onIncoming = ServerInviteSession::ring;
    ClientInviteSession call = h.alice.call("sip:bob@10.0.0.2");
    call.hangup(); // nothing has come back yet: no CANCEL may be sent
    h.runMillis(100);
    assertThat(h.sentBy("10.0.0.1")).containsExactly("INVITE");
    h.runMillis(400); // the 100 Trying / 180 arrives
    assertThat(h.sentBy("10.0.0.1")).contains("CANCEL");
    h.runMillis(1_000);
    assertThat(h.alice.events.ended().status()).isEqualTo(487);
  }

  @Test
  void rfc3261Section9_1_cancelCrossingTheTwoHundredIsFollowedByAckAndBye() {
    h.bob.onIncoming = ServerInviteSession::ring;
    ClientInviteSession call = h.alice.call("sip:bob@10.0.0.2");
    h.runMillis(100);
    h.bob.incoming.get(0).accept(h.bob.negotiator); // the 200 and the CANCEL cross on the wire
    call.hangup();
    h.runMillis(200);

    assertThat(h.sentBy("10.0.0.2"))
        .containsExactly("180 INVITE", "200 INVITE", "200 CANCEL", "200 BYE");
    assertThat(h.sentBy("10.0.0.1")).containsExactly("INVITE", "CANCEL", "ACK", "BYE");
    assertThat(h.alice.events.ended().status()).isEqualTo(487);
    assertThat(h.alice.events.ended().by()).isEqualTo(SessionEvent.Party.LOCAL);
    assertThat(h.bob.events.of(SessionEvent.Confirmed.class)).hasSize(1);
    assertThat(h.bob.events.ended().by()).isEqualTo(SessionEvent.Party.REMOTE);
    assertThat(h.bob.core.dialogCount()).isZero();
  }

  @Test
  void rfc3261Section13_2_2_4_forkingTwoEarlyDialogsFirstAnswerWinsLateOneGetsAckAndBye() {
    CallHarness.ScriptedPeer forker = h.new ScriptedPeer("10.0.0.9");
    List<ResolvedTarget> from = new ArrayList<>();
    forker.onRequest = (r, s) -> from.add(s);
    ClientInviteSession call = h.alice.call("sip:bob@10.0.0.9");
    h.runMillis(50);
    SipRequest invite = forker.requests("INVITE").get(0);
    ResolvedTarget alice = from.get(0);
    forker.send(reply(invite, 180, "f1", null), alice);
    h.runMillis(50);
    forker.send(reply(invite, 183, "f2", "v=0 early f2"), alice);
    h.runMillis(50);

    List<SessionEvent.Progress> progress = h.alice.events.of(SessionEvent.Progress.class);
    assertThat(progress)
        .extracting(p -> p.dialog().orElseThrow().remoteTag())
        .containsExactly("f1", "f2");
    assertThat(progress.get(1).earlyMedia()).isPresent();
    assertThat(h.alice.core.dialogCount()).isEqualTo(2);

    forker.send(reply(invite, 200, "f1", "v=0 answer f1"), alice);
    h.runMillis(50);
    forker.send(reply(invite, 200, "f2", "v=0 answer f2"), alice);
    h.runMillis(50);

    assertThat(call.dialog().orElseThrow().id().remoteTag()).isEqualTo("f1");
    assertThat(h.alice.events.of(SessionEvent.Confirmed.class)).hasSize(1);
    assertThat(forker.requests("ACK"))
        .extracting(a -> a.to().tag().orElseThrow())
        .containsExactly("f1", "f2");
    assertThat(forker.requests("BYE"))
        .extracting(b -> b.to().tag().orElseThrow())
        .containsExactly("f2");
    assertThat(forker.requests("BYE").get(0).requestUri().toString()).isEqualTo("sip:f2@10.0.0.9");
    assertThat(h.alice.core.dialogCount()).isEqualTo(1);

    forker.send(reply(invite, 200, "f1", "v=0 answer f1"), alice); // a retransmission: ACK again
    h.runMillis(50);
    assertThat(forker.requests("ACK")).hasSize(3);
    assertThat(forker.requests("BYE")).hasSize(1);
    assertThat(call.state()).isEqualTo(SessionState.CONFIRMED);
  }

  @Test
  void rfc3261Section22_2_inviteChallengedWith401IsRetriedWithCredentials()
      throws SipParseException {
    CallHarness.ScriptedPeer registrar = h.new ScriptedPeer("10.0.0.9");
    registrar.onRequest =
        (r, s) -> {
          if (!r.method().equals("INVITE")) {
            return;
          }
          if (r.header(HeaderName.AUTHORIZATION).isEmpty()) {
            registrar.send(
                SipResponse.builder(r, 401)
                    .toTag("c1")
                    .add(
                        HeaderName.WWW_AUTHENTICATE,
                        "Digest realm=\"parley.test\", nonce=\"n0nce\", qop=\"auth\", algorithm=MD5")
                    .build(),
                s);
          } else {
            registrar.send(reply(r, 200, "ok", "v=0 answer"), s);
          }
        };
    DigestClient auth =
        new DigestClient(
            CredentialStore.anyRealm(DigestCredentials.ofPassword("alice", "secret".toCharArray()))
                ::credentialsFor,
            new Random(3),
            2);
    OutgoingCall call =
        OutgoingCall.to(
                CallHarness.uri("sip:bob@10.0.0.9"),
                Address.of("Alice", CallHarness.uri("sip:alice@10.0.0.1")))
            .withAuth(auth);
    ClientInviteSession session = h.alice.call(call);
    h.runMillis(200);

    List<SipRequest> invites = registrar.requests("INVITE");
    assertThat(invites).hasSize(2);
    assertThat(invites.get(1).callId()).isEqualTo(invites.get(0).callId());
    assertThat(invites.get(1).cSeq().sequence()).isEqualTo(invites.get(0).cSeq().sequence() + 1);
    assertThat(invites.get(1).topVia().branch()).isNotEqualTo(invites.get(0).topVia().branch());
    var credentials = invites.get(1).first(Headers.AUTHORIZATION).orElseThrow();
    assertThat(credentials.toString())
        .contains("username=\"alice\"")
        .contains("realm=\"parley.test\"");
    assertThat(session.state()).isEqualTo(SessionState.CONFIRMED);
    assertThat(registrar.requests("ACK"))
        .hasSize(2); // one for the 401 (§17.1.1.3), one for the 200
  }

  @Test
  void rfc3261Section8_1_3_4_redirectIsFollowed() {
    CallHarness.ScriptedPeer redirector = h.new ScriptedPeer("10.0.0.9");
    redirector.onRequest =
        (r, s) -> {
          if (r.method().equals("INVITE")) {
            redirector.send(
                SipResponse.builder(r, 302)
                    .toTag("r1")
                    .add(HeaderName.CONTACT, "<sip:bob@10.0.0.2>;q=0.9, <sip:old@10.0.0.3>;q=0.1")
                    .build(),
                s);
          }
        };
    h.bob.onIncoming = s -> s.accept(h.bob.negotiator);
    ClientInviteSession call = h.alice.call("sip:bob@10.0.0.9");
    h.runMillis(200);

    assertThat(call.state()).isEqualTo(SessionState.CONFIRMED);
    assertThat(call.requestUri().toString()).isEqualTo("sip:bob@10.0.0.2");
    assertThat(h.bob.incoming).hasSize(1);
    assertThat(h.bob.incoming.get(0).request().to().uri().toString()).isEqualTo("sip:bob@10.0.0.9");
  }

  @Test
  void rfc3261Section8_1_3_4_redirectLoopsAreBounded() {
    CallHarness.ScriptedPeer redirector = h.new ScriptedPeer("10.0.0.9");
    int[] hop = {0};
    redirector.onRequest =
        (r, s) -> {
          if (r.method().equals("INVITE")) {
            redirector.send(
                SipResponse.builder(r, 302)
                    .toTag("r" + hop[0])
                    .add(HeaderName.CONTACT, "<sip:hop" + ++hop[0] + "@10.0.0.9>")
                    .build(),
                s);
          }
        };
    h.alice.call("sip:bob@10.0.0.9");
    h.runMillis(1_000);

    assertThat(redirector.requests("INVITE")).hasSize(4); // the first try and 3 redirects
    assertThat(h.alice.events.ended().status()).isEqualTo(302);
  }

  @Test
  void rfc3261Section13_2_2_4_unusableAnswerIsAckedThenEndedWithBye() {
    h.alice.negotiator.nextOfferText = "v=0 garbage";
    h.bob.onIncoming = s -> s.accept(h.bob.negotiator);
    ClientInviteSession call = h.alice.call("sip:bob@10.0.0.2");
    h.runMillis(200);

    assertThat(h.sentBy("10.0.0.1")).containsExactly("INVITE", "ACK", "BYE");
    assertThat(h.alice.events.ended().status()).isEqualTo(488);
    assertThat(h.alice.events.ended().by()).isEqualTo(SessionEvent.Party.LOCAL);
    assertThat(h.alice.events.of(SessionEvent.Confirmed.class)).isEmpty();
    assertThat(h.bob.events.ended().by()).isEqualTo(SessionEvent.Party.REMOTE);
    assertThat(call.state()).isEqualTo(SessionState.TERMINATED);
  }

  @Test
  void rfc3261Section12_2_1_2_reInviteAnswered481EndsTheDialog() {
    CallHarness.ScriptedPeer peer = h.new ScriptedPeer("10.0.0.9");
    peer.onRequest =
        (r, s) -> {
          if (!r.method().equals("INVITE")) {
            return;
          }
          if (r.to().tag().isEmpty()) {
            peer.send(reply(r, 200, "p1", "v=0 answer"), s);
          } else {
            peer.send(SipResponse.builder(r, 481).build(), s);
          }
        };
    ClientInviteSession call = h.alice.call("sip:bob@10.0.0.9");
    h.runMillis(100);
    call.hold();
    h.runMillis(100);

    assertThat(h.alice.events.of(SessionEvent.ModifyFailed.class))
        .extracting(SessionEvent.ModifyFailed::status)
        .containsExactly(481);
    assertThat(h.alice.events.ended().status()).isEqualTo(481);
    assertThat(peer.requests("BYE")).isEmpty();
    assertThat(h.alice.core.dialogCount()).isZero();
  }

  @Test
  void rfc3261Section8_1_1_customHeadersAndDisplayNameGoOnTheInvite() {
    h.bob.onIncoming = ServerInviteSession::ring;
    OutgoingCall call =
        new OutgoingCall(
            CallHarness.uri("sip:bob@10.0.0.2"),
            Address.of("Alice Liddell", CallHarness.uri("sip:alice@10.0.0.1")),
            List.of(
                Map.entry("P-Asserted-Identity", "<sip:+15551234@example.com>"),
                Map.entry("X-Campaign", "42")),
            Optional.empty());
    h.alice.call(call);
    h.runMillis(100);

    SipRequest invite = h.bob.incoming.get(0).request();
    assertThat(invite.header(HeaderName.P_ASSERTED_IDENTITY))
        .contains("<sip:+15551234@example.com>");
    assertThat(invite.header("X-Campaign")).contains("42");
    assertThat(invite.from().displayName()).contains("Alice Liddell");
  }

  @Test
  void rfc3261Section8_1_1_headersTheSessionOwnsOrBrokenValuesAreRefused() {
    SipUri bob = CallHarness.uri("sip:bob@10.0.0.2");
    Address alice = Address.of(null, CallHarness.uri("sip:alice@10.0.0.1"));
    assertThatThrownBy(
            () ->
                new OutgoingCall(bob, alice, List.of(Map.entry("Call-ID", "x")), Optional.empty()))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("Call-ID");
    assertThatThrownBy(
            () ->
                new OutgoingCall(
                    bob, alice, List.of(Map.entry("X-A", "1\r\nVia: evil")), Optional.empty()))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("CR or LF");
    assertThatThrownBy(() -> OutgoingCall.to(CallHarness.uri("sip:bob@10.0.0.2?Subject=hi"), alice))
        .isInstanceOf(IllegalArgumentException.class);
  }
}
