package io.parley.sip.session;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.parley.sip.message.SipRequest;
import io.parley.sip.port.SessionNegotiator.MediaIntent;
import org.junit.jupiter.api.Test;

class InviteSessionTest {

  private final CallHarness h = new CallHarness();

  private ClientInviteSession connect() {
    h.bob.onIncoming = s -> s.accept(h.bob.negotiator);
    ClientInviteSession call = h.alice.call("sip:bob@10.0.0.2");
    h.runMillis(100);
    assertThat(call.state()).isEqualTo(SessionState.CONFIRMED);
    h.network.clearLog();
    return call;
  }

  @Test
  void rfc3261Section15_byeFromCaller() {
    ClientInviteSession call = connect();
    call.hangup();
    h.runMillis(100);
    assertThat(h.sentBy("10.0.0.1")).containsExactly("BYE");
    assertThat(h.sentBy("10.0.0.2")).containsExactly("200 BYE");
    assertThat(h.alice.events.ended().by()).isEqualTo(SessionEvent.Party.LOCAL);
    assertThat(h.bob.events.ended().by()).isEqualTo(SessionEvent.Party.REMOTE);
    assertThat(h.bob.events.ended().status()).isEqualTo(200);
    assertThat(h.alice.core.dialogCount()).isZero();
    assertThat(h.bob.core.dialogCount()).isZero();
  }

  @Test
  void rfc3261Section15_byeFromCallee() {
    ClientInviteSession call = connect();
    h.bob.incoming.get(0).hangup();
    h.runMillis(100);
    assertThat(h.sentBy("10.0.0.2")).containsExactly("BYE");
    assertThat(h.sentBy("10.0.0.1")).containsExactly("200 BYE");
    SipRequest bye = (SipRequest) h.sent("10.0.0.2", "BYE").get(0);
    // §12.2.1.1: the BYE goes to Alice's Contact and carries the dialog's tags swapped
    assertThat(bye.requestUri().toString()).isEqualTo("sip:alice@10.0.0.1:5060");
    assertThat(bye.from().tag().orElseThrow())
        .isEqualTo(h.bob.incoming.get(0).dialog().orElseThrow().id().localTag());
    assertThat(bye.to().tag().orElseThrow()).isEqualTo(call.dialog().orElseThrow().id().localTag());
    assertThat(call.state()).isEqualTo(SessionState.TERMINATED);
    assertThat(h.alice.events.ended().by()).isEqualTo(SessionEvent.Party.REMOTE);
  }

  @Test
  void rfc3261Section14_reInviteHoldAndResumePassTheIntentToTheNegotiator() {
    ClientInviteSession call = connect();
    call.hold();
    h.runMillis(100);
    assertThat(h.alice.events.of(SessionEvent.Modified.class))
        .containsExactly(new SessionEvent.Modified(MediaIntent.HOLD));
    assertThat(call.mediaIntent()).isEqualTo(MediaIntent.HOLD);
    call.resume();
    h.runMillis(100);

    assertThat(h.bob.negotiator.offersAnswered)
        .containsExactly("v=0 offer ACTIVE", "v=0 offer HOLD", "v=0 offer ACTIVE");
    assertThat(h.alice.negotiator.answersTaken).endsWith("v=0 answer to v=0 offer ACTIVE");
    assertThat(h.bob.events.of(SessionEvent.RemoteModified.class)).hasSize(2);
    assertThat(h.sentBy("10.0.0.1")).containsExactly("INVITE", "ACK", "INVITE", "ACK");
    assertThat(h.sent("10.0.0.1", "INVITE"))
        .extracting(m -> m.cSeq().sequence())
        .containsExactly(2L, 3L);
    assertThatThrownBy(() -> h.bob.incoming.get(0).progress(180))
        .isInstanceOf(IllegalStateException.class);
  }

  @Test
  void rfc3261Section14_holdNeedsAConfirmedCall() {
    h.bob.onIncoming = ServerInviteSession::ring;
    ClientInviteSession call = h.alice.call("sip:bob@10.0.0.2");
    h.runMillis(100);
    assertThatThrownBy(call::hold)
        .isInstanceOf(IllegalStateException.class)
        .hasMessageContaining("EARLY");
  }

  @Test
  void rfc3261Section14_1_glareOnBothSidesResolvedByTheRandomisedTimers() {
    ClientInviteSession call = connect();
    ServerInviteSession callee = h.bob.incoming.get(0);
    call.hold();
    callee.hold();
    h.runMillis(6_000);

    assertThat(h.sent("10.0.0.1", "491 INVITE")).hasSize(1);
    assertThat(h.sent("10.0.0.2", "491 INVITE")).hasSize(1);
    assertThat(h.alice.events.of(SessionEvent.Modified.class)).hasSize(1);
    assertThat(h.bob.events.of(SessionEvent.Modified.class)).hasSize(1);
    // §14.1: Bob (not the Call-ID owner) retries within 0-2 s, Alice (owner) after 2.1-4 s
    long glare = h.sendTimes("10.0.0.2", "491 INVITE").get(0);
    long bobRetry = h.sendTimes("10.0.0.2", "INVITE").get(1);
    long aliceRetry = h.sendTimes("10.0.0.1", "INVITE").get(1);
    assertThat(bobRetry - glare).isBetween(0L, 2_100L);
    assertThat(aliceRetry - glare).isBetween(2_100L, 4_100L);
    assertThat(aliceRetry).isGreaterThan(bobRetry);
  }

  @Test
  void rfc3261Section12_3_completedCallsLeaveNoDialogsOrTransactionsBehind() {
    h.bob.onIncoming = s -> s.accept(h.bob.negotiator);
    for (int i = 0; i < 200; i++) {
      ClientInviteSession call = h.alice.call("sip:bob@10.0.0.2");
      h.runMillis(100);
      if (i % 2 == 0) {
        call.hangup();
      } else {
        h.bob.incoming.get(i).hangup();
      }
      h.runMillis(100);
    }
    h.runMillis(40_000); // timers K, J, L, M and I run out

    assertThat(h.alice.events.of(SessionEvent.Ended.class)).hasSize(200);
    assertThat(h.bob.events.of(SessionEvent.Ended.class)).hasSize(200);
    assertThat(h.alice.core.dialogCount()).isZero();
    assertThat(h.bob.core.dialogCount()).isZero();
    assertThat(h.alice.layer.clientTransactionCount() + h.alice.layer.serverTransactionCount())
        .isZero();
    assertThat(h.bob.layer.clientTransactionCount() + h.bob.layer.serverTransactionCount())
        .isZero();
    assertThat(h.loop.pendingTimers()).isZero();
  }

  @Test
  void rfc3311Section5_1_holdWithUpdateNeedsNoAck() {
    ClientInviteSession call = connect();
    call.update(MediaIntent.HOLD);
    h.runMillis(100);

    assertThat(h.sentBy("10.0.0.1")).containsExactly("UPDATE");
    assertThat(h.sentBy("10.0.0.2")).containsExactly("200 UPDATE");
    assertThat(h.bob.negotiator.offersAnswered).endsWith("v=0 offer HOLD");
    assertThat(h.alice.negotiator.answersTaken).endsWith("v=0 answer to v=0 offer HOLD");
    assertThat(h.alice.events.of(SessionEvent.Modified.class))
        .containsExactly(new SessionEvent.Modified(MediaIntent.HOLD));
    assertThat(h.bob.events.of(SessionEvent.RemoteModified.class)).hasSize(1);
  }
}
