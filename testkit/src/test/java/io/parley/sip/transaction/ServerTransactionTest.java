package io.parley.sip.transaction;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.parley.sip.message.SipMessage;
import io.parley.sip.message.SipRequest;
import io.parley.sip.message.SipResponse;
import io.parley.sip.port.ResolvedTarget;
import io.parley.sip.port.Transport;
import io.parley.testkit.network.FakeNetwork;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;

class ServerTransactionTest {

  private final Harness h = new Harness();

  /** Sends {@code request} from Alice's transport straight to Bob, without a transaction. */
  private void raw(SipRequest request, Transport transport) {
    h.aliceTransport.send(request, h.bobAt(transport));
    h.advanceMillis(1);
  }

  private List<SipMessage> sentByBob() {
    return h.network.log().stream()
        .filter(d -> d.from().address().equals("10.0.0.2"))
        .map(FakeNetwork.Delivery::message)
        .toList();
  }

  @Test
  void rfc3261Section17_2_2_retransmissionsAreAbsorbedThenAnsweredWithTheLastResponse() {
    SipRequest options = h.request("OPTIONS", Transport.UDP);
    raw(options, Transport.UDP);
    raw(options, Transport.UDP); // Trying: absorbed
    assertThat(h.bobUser.requests).hasSize(1);
    assertThat(sentByBob()).isEmpty();

    NonInviteServerTransaction tx = (NonInviteServerTransaction) h.bobUser.requests.get(0);
    tx.respond(SipResponse.builder(tx.request(), 200).toTag("b").build());
    raw(options, Transport.UDP); // Completed: the 200 again
    assertThat(sentByBob()).hasSize(2);
    assertThat(tx.state()).isEqualTo(NonInviteServerTransaction.State.COMPLETED);

    h.advance(Duration.ofSeconds(32)); // Timer J = 64*T1
    assertThat(tx.state()).isEqualTo(NonInviteServerTransaction.State.TERMINATED);
    assertThat(h.bob.serverTransactionCount()).isZero();
    assertThatThrownBy(() -> tx.respond(SipResponse.builder(tx.request(), 500).build()))
        .isInstanceOf(IllegalStateException.class)
        .hasMessageContaining("already sent");
  }

  @Test
  void rfc3261Section17_2_3_rfc2543RequestsWithoutACookieStillMatch() {
    SipRequest old = h.request("OPTIONS", Transport.UDP, "");
    raw(old, Transport.UDP);
    raw(old, Transport.UDP);
    assertThat(h.bobUser.requests).hasSize(1);
  }

  @Test
  void rfc3261Section18_2_1_rfc3581Section4_receivedAndRportAreStamped() {
    SipRequest natted =
        (SipRequest)
            Harness.parse(
                "OPTIONS sip:bob@10.0.0.2 SIP/2.0\r\n"
                    + "Via: SIP/2.0/UDP 192.168.1.20:5062;rport;branch=z9hG4bKnat1\r\n"
                    + "Max-Forwards: 70\r\n"
                    + "From: <sip:alice@example.com>;tag=x\r\n"
                    + "To: <sip:bob@10.0.0.2>\r\n"
                    + "Call-ID: nat@1\r\n"
                    + "CSeq: 1 OPTIONS\r\n"
                    + "Content-Length: 0\r\n\r\n");
    raw(natted, Transport.UDP);
    ServerTransaction tx = h.bobUser.requests.get(0);
    assertThat(tx.request().topVia().received()).contains("10.0.0.1");
    assertThat(tx.request().topVia().rport()).hasValue(5060);
    // RFC 3581: the response goes to the source address and port, not the private sent-by.
    assertThat(tx.responseTarget()).isEqualTo(new ResolvedTarget(Transport.UDP, "10.0.0.1", 5060));
    tx.respond(SipResponse.builder(tx.request(), 200).build());
    SipResponse sent = (SipResponse) sentByBob().get(0);
    assertThat(sent.topVia().toString()).contains(";received=10.0.0.1").contains(";rport=5060");
  }

  @Test
  void rfc3261Section18_2_2_withoutRportResponsesGoToTheSentByPort() {
    SipRequest request =
        (SipRequest)
            Harness.parse(
                "MESSAGE sip:bob@10.0.0.2 SIP/2.0\r\n"
                    + "Via: SIP/2.0/UDP 10.0.0.1:5070;branch=z9hG4bKport\r\n"
                    + "Max-Forwards: 70\r\n"
                    + "From: <sip:alice@example.com>;tag=x\r\n"
                    + "To: <sip:bob@10.0.0.2>\r\n"
                    + "Call-ID: port@1\r\n"
                    + "CSeq: 1 MESSAGE\r\n"
                    + "Content-Length: 0\r\n\r\n");
    raw(request, Transport.UDP);
    ServerTransaction tx = h.bobUser.requests.get(0);
    assertThat(tx.request()).isSameAs(tx.request());
    assertThat(tx.request().topVia().received()).isEmpty();
    assertThat(tx.responseTarget().port()).isEqualTo(5070);
  }

  @Test
  void rfc3261Section17_2_1_aSilentTuGets100TryingAfter200Ms() {
    raw(h.request("INVITE", Transport.UDP), Transport.UDP);
    h.advanceMillis(198);
    assertThat(sentByBob()).isEmpty();
    h.advanceMillis(2);
    assertThat(sentByBob())
        .singleElement()
        .extracting(m -> ((SipResponse) m).statusCode())
        .isEqualTo(100);
  }

  @Test
  void rfc3261Section17_2_1_noTryingWhenTheTuRingsWithin200Ms() {
    raw(h.request("INVITE", Transport.UDP), Transport.UDP);
    ServerTransaction tx = h.bobUser.requests.get(0);
    tx.respond(SipResponse.builder(tx.request(), 180).toTag("b").build());
    h.advance(Duration.ofSeconds(1));
    assertThat(sentByBob()).extracting(m -> ((SipResponse) m).statusCode()).containsExactly(180);
  }

  @Test
  void rfc3261Section17_2_1_timerGRetransmitsTheFinalUntilTheAckThenTimerIEnds() {
    SipRequest invite = h.request("INVITE", Transport.UDP);
    raw(invite, Transport.UDP);
    InviteServerTransaction tx = (InviteServerTransaction) h.bobUser.requests.get(0);
    tx.respond(SipResponse.builder(tx.request(), 486).toTag("b").build());
    h.advanceMillis(3_600);
    // Sent at 1 ms, then Timer G at +500, +1500, +3500 (doubling, capped at T2).
    assertThat(h.sendTimes("SIP/2.0 486")).containsExactly(1L, 501L, 1501L, 3501L);

    SipRequest ack =
        invite.toBuilder()
            .method("ACK")
            .set(io.parley.sip.header.HeaderName.CSEQ, invite.cSeq().sequence() + " ACK")
            .set(io.parley.sip.header.HeaderName.TO, "<sip:bob@10.0.0.2>;tag=b")
            .build();
    raw(ack, Transport.UDP);
    assertThat(tx.state()).isEqualTo(InviteServerTransaction.State.CONFIRMED);
    h.advance(Duration.ofSeconds(10));
    assertThat(h.sent("SIP/2.0 486")).isEqualTo(4);
    assertThat(h.bobUser.acks).isEmpty();
    assertThat(tx.state()).isEqualTo(InviteServerTransaction.State.TERMINATED);
  }

  @Test
  void rfc3261Section17_2_1_timerHEndsTheTransactionWhenNoAckComes() {
    raw(h.request("INVITE", Transport.UDP), Transport.UDP);
    InviteServerTransaction tx = (InviteServerTransaction) h.bobUser.requests.get(0);
    int[] timeouts = {0};
    tx.setListener(
        new ServerTransaction.Listener() {
          @Override
          public void onTimeout(ServerTransaction transaction) {
            timeouts[0]++;
          }
        });
    tx.respond(SipResponse.builder(tx.request(), 404).toTag("b").build());
    h.advance(Duration.ofMillis(31_999));
    assertThat(timeouts[0]).isZero();
    h.advanceMillis(1);
    assertThat(timeouts[0]).isEqualTo(1);
    assertThat(tx.state()).isEqualTo(InviteServerTransaction.State.TERMINATED);
  }

  @Test
  void rfc6026Section7_1_acceptedAbsorbsInviteRetransmissionsAndPassesAcksUp() {
    SipRequest invite = h.request("INVITE", Transport.UDP);
    raw(invite, Transport.UDP);
    InviteServerTransaction tx = (InviteServerTransaction) h.bobUser.requests.get(0);
    tx.respond(SipResponse.builder(tx.request(), 200).toTag("b").build());
    raw(invite, Transport.UDP); // absorbed: the TU retransmits 2xx itself
    assertThat(h.sent("SIP/2.0 200")).isEqualTo(1);
    assertThat(tx.state()).isEqualTo(InviteServerTransaction.State.ACCEPTED);

    SipRequest ack =
        (SipRequest)
            Harness.parse(
                "ACK sip:bob@10.0.0.2 SIP/2.0\r\n"
                    + "Via: SIP/2.0/UDP 10.0.0.1:5060;branch=z9hG4bKack2xx\r\n"
                    + "Max-Forwards: 70\r\n"
                    + "From: "
                    + invite.header(io.parley.sip.header.HeaderName.FROM).orElseThrow()
                    + "\r\nTo: <sip:bob@10.0.0.2>;tag=b\r\n"
                    + "Call-ID: "
                    + invite.callId()
                    + "\r\nCSeq: "
                    + invite.cSeq().sequence()
                    + " ACK\r\nContent-Length: 0\r\n\r\n");
    raw(ack, Transport.UDP);
    assertThat(h.bobUser.acks).hasSize(1);
    h.advance(Duration.ofSeconds(32)); // Timer L
    assertThat(tx.state()).isEqualTo(InviteServerTransaction.State.TERMINATED);
  }

  @Test
  void rfc3261Section9_2_cancelFindsTheInviteItCancels() {
    SipRequest invite = h.request("INVITE", Transport.UDP);
    raw(invite, Transport.UDP);
    SipRequest cancel =
        invite.toBuilder()
            .method("CANCEL")
            .set(io.parley.sip.header.HeaderName.CSEQ, invite.cSeq().sequence() + " CANCEL")
            .build();
    raw(cancel, Transport.UDP);
    ServerTransaction cancelTx = h.bobUser.requests.get(1);
    assertThat(cancelTx).isInstanceOf(NonInviteServerTransaction.class);
    assertThat(h.bob.findInviteToCancel(cancelTx.request()))
        .containsSame((InviteServerTransaction) h.bobUser.requests.get(0));
  }

  @Test
  void responsesThatDoNotBelongAreRejected() {
    raw(h.request("OPTIONS", Transport.UDP), Transport.UDP);
    raw(h.request("OPTIONS", Transport.UDP), Transport.UDP);
    ServerTransaction first = h.bobUser.requests.get(0);
    ServerTransaction second = h.bobUser.requests.get(1);
    assertThatThrownBy(() -> first.respond(SipResponse.builder(second.request(), 200).build()))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("does not belong");
  }
}
