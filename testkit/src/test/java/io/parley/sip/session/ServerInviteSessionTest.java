package io.parley.sip.session;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.parley.sip.header.Headers;
import io.parley.sip.message.SipResponse;
import io.parley.sip.syntax.SipParseException;
import io.parley.testkit.network.LinkConditions;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;

class ServerInviteSessionTest {

  private final CallHarness h = new CallHarness();

  private static List<Long> relative(List<Long> times) {
    return times.stream().map(t -> t - times.get(0)).toList();
  }

  @Test
  void rfc3261Section13_basicCallRingsAnswersAndConfirms() {
    h.bob.onIncoming = ServerInviteSession::ring;
    ClientInviteSession call = h.alice.call("sip:bob@10.0.0.2");
    h.runMillis(100);
    assertThat(h.alice.events.of(SessionEvent.Progress.class))
        .extracting(SessionEvent.Progress::status)
        .containsExactly(180);
    assertThat(call.state()).isEqualTo(SessionState.EARLY);
    ServerInviteSession incoming = h.bob.incoming.get(0);
    assertThat(incoming.offer()).isPresent();

    incoming.accept(h.bob.negotiator);
    h.runMillis(100);

    assertThat(call.state()).isEqualTo(SessionState.CONFIRMED);
    assertThat(h.alice.events.of(SessionEvent.Confirmed.class)).hasSize(1);
    assertThat(h.bob.events.of(SessionEvent.Confirmed.class)).hasSize(1);
    assertThat(h.bob.negotiator.offersAnswered).containsExactly("v=0 offer ACTIVE");
    assertThat(h.alice.negotiator.answersTaken).containsExactly("v=0 answer to v=0 offer ACTIVE");
    assertThat(h.sentBy("10.0.0.1")).containsExactly("INVITE", "ACK");
    assertThat(h.sentBy("10.0.0.2")).containsExactly("180 INVITE", "200 INVITE");
    assertThat(call.dialog().orElseThrow().id().remoteTag())
        .isEqualTo(incoming.dialog().orElseThrow().id().localTag());
    h.runMillis(40_000);
    assertThat(h.sendTimes("10.0.0.2", "200 INVITE")).hasSize(1); // the ACK stopped them
  }

  @Test
  void rfc3261Section13_3_1_4_twoHundredRetransmittedUntilAckUnderLoss() {
    h.bob.onIncoming = s -> s.accept(h.bob.negotiator);
    h.network.setConditions("10.0.0.1", "10.0.0.2", LinkConditions.PERFECT);
    h.alice.call("sip:bob@10.0.0.2");
    h.runMillis(5); // the INVITE is on its way; now every ACK is lost for a while
    h.network.setConditions("10.0.0.1", "10.0.0.2", LinkConditions.PERFECT.withLoss(1.0));
    h.runMillis(3_000);
    assertThat(h.bob.events.of(SessionEvent.Confirmed.class)).isEmpty();
    h.network.setConditions("10.0.0.1", "10.0.0.2", LinkConditions.PERFECT);
    h.runMillis(5_000);

    // T1 = 500 ms doubling: sent at 0, 0.5, 1.5, 3.5 s; the re-sent ACK for the last arrives.
    assertThat(relative(h.sendTimes("10.0.0.2", "200 INVITE")))
        .containsExactly(0L, 500L, 1500L, 3500L);
    assertThat(h.sent("10.0.0.1", "ACK")).hasSize(4);
    assertThat(h.bob.events.of(SessionEvent.Confirmed.class)).hasSize(1);
    assertThat(h.alice.events.of(SessionEvent.Confirmed.class)).hasSize(1);
  }

  @Test
  void rfc3261Section13_3_1_4_noAckMeansByeAfter64T1() {
    h.bob.onIncoming = s -> s.accept(h.bob.negotiator);
    h.alice.call("sip:bob@10.0.0.2");
    h.runMillis(5);
    h.network.setConditions("10.0.0.1", "10.0.0.2", LinkConditions.PERFECT.withLoss(1.0));
    h.runMillis(40_000);

    // doubling from T1 and capped at T2 = 4 s, until 64*T1 = 32 s
    List<Long> okTimes = h.sendTimes("10.0.0.2", "200 INVITE");
    assertThat(relative(okTimes))
        .containsExactly(
            0L, 500L, 1500L, 3500L, 7500L, 11500L, 15500L, 19500L, 23500L, 27500L, 31500L);
    assertThat(h.sendTimes("10.0.0.2", "BYE").get(0) - okTimes.get(0)).isEqualTo(32_000L);
    SessionEvent.Ended ended = h.bob.events.ended();
    assertThat(ended.status()).isEqualTo(408);
    assertThat(ended.by()).isEqualTo(SessionEvent.Party.LOCAL);
    assertThat(h.alice.events.ended().by()).isEqualTo(SessionEvent.Party.REMOTE);
    assertThat(h.bob.core.dialogCount()).isZero();
  }

  @Test
  void rfc3264Section6_unacceptableOfferIsAnswered488WithWarning() throws SipParseException {
    h.alice.negotiator.nextOfferText = "v=0 bad codecs";
    h.bob.onIncoming = s -> s.accept(h.bob.negotiator);
    h.alice.call("sip:bob@10.0.0.2");
    h.runMillis(200);

    SipResponse rejected = (SipResponse) h.sent("10.0.0.2", "488 INVITE").get(0);
    assertThat(rejected.first(Headers.WARNING).orElseThrow().code()).isEqualTo(305);
    assertThat(rejected.first(Headers.WARNING).orElseThrow().text()).isEqualTo("no common codec");
    assertThat(h.alice.events.ended().status()).isEqualTo(488);
    assertThat(h.alice.events.ended().by()).isEqualTo(SessionEvent.Party.REMOTE);
    assertThat(h.bob.events.ended().status()).isEqualTo(488);
    assertThat(h.sentBy("10.0.0.1")).containsExactly("INVITE", "ACK");
  }

  @Test
  void rfc3261Section13_3_1_rejectAndRedirectNeedAnUnansweredCall() {
    h.bob.onIncoming = s -> s.reject(486);
    ClientInviteSession call = h.alice.call("sip:bob@10.0.0.2");
    h.runMillis(100);
    assertThat(h.alice.events.ended().status()).isEqualTo(486);
    assertThat(call.state()).isEqualTo(SessionState.TERMINATED);
    ServerInviteSession incoming = h.bob.incoming.get(0);
    assertThatThrownBy(() -> incoming.accept(h.bob.negotiator))
        .isInstanceOf(IllegalStateException.class)
        .hasMessageContaining("TERMINATED");
    assertThatThrownBy(() -> incoming.reject(200)).isInstanceOf(IllegalArgumentException.class);
    assertThat(Duration.ofMillis(h.loop.elapsed().toMillis())).isPositive();
  }

  @Test
  void rfc3261Section13_3_1_1_earlyMediaAnswerIn183IsReusedBy200() {
    h.bob.onIncoming = s -> s.earlyMedia(h.bob.negotiator);
    ClientInviteSession call = h.alice.call("sip:bob@10.0.0.2");
    h.runMillis(100);

    SessionEvent.Progress progress = h.alice.events.of(SessionEvent.Progress.class).get(0);
    assertThat(progress.status()).isEqualTo(183);
    assertThat(progress.earlyMedia()).isPresent();
    assertThat(h.alice.negotiator.answersTaken).containsExactly("v=0 answer to v=0 offer ACTIVE");
    assertThat(call.state()).isEqualTo(SessionState.EARLY);

    h.bob.incoming.get(0).accept(h.bob.negotiator);
    h.runMillis(100);
    assertThat(h.sent("10.0.0.2", "200 INVITE").get(0).bodyText())
        .isEqualTo("v=0 answer to v=0 offer ACTIVE");
    assertThat(h.bob.negotiator.offersAnswered).hasSize(1);
    assertThat(h.alice.negotiator.answersTaken).hasSize(1);
    assertThat(call.state()).isEqualTo(SessionState.CONFIRMED);
    assertThatThrownBy(() -> h.bob.incoming.get(0).earlyMedia(h.bob.negotiator))
        .isInstanceOf(IllegalStateException.class);
  }
}
