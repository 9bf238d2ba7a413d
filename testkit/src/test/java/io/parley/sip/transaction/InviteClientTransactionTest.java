package io.parley.sip.transaction;

import static org.assertj.core.api.Assertions.assertThat;

import io.parley.sip.message.SipRequest;
import io.parley.sip.message.SipResponse;
import io.parley.sip.port.Transport;
import io.parley.testkit.network.FakeNetwork;
import java.time.Duration;
import org.junit.jupiter.api.Test;

class InviteClientTransactionTest {

  private final Harness h = new Harness();
  private final Harness.RecordingClient client = new Harness.RecordingClient();

  private InviteClientTransaction invite(Transport transport) {
    return (InviteClientTransaction)
        h.alice.sendRequest(h.request("INVITE", transport), h.bobAt(transport), client);
  }

  @Test
  void rfc3261Section17_1_1_2_timerADoublesWithoutACapAndTimerBTimesOut() {
    Harness silent = new Harness();
    // Bob's layer would send 100 Trying after 200 ms; leave Bob out by sending to an address
    // where nobody listens (over UDP the datagrams are simply lost).
    InviteClientTransaction tx =
        (InviteClientTransaction)
            silent.alice.sendRequest(
                silent.request("INVITE", Transport.UDP),
                new io.parley.sip.port.ResolvedTarget(Transport.UDP, "10.0.0.9", 5060),
                client);
    silent.advance(Duration.ofSeconds(32));
    assertThat(silent.sendTimes("INVITE"))
        .containsExactly(0L, 500L, 1500L, 3500L, 7500L, 15500L, 31500L);
    assertThat(client.timeouts).isEqualTo(1);
    assertThat(tx.state()).isEqualTo(InviteClientTransaction.State.TERMINATED);
  }

  @Test
  void rfc3261Section17_2_1_aSilentUasStillStopsRetransmissionsWith100Trying() {
    InviteClientTransaction tx = invite(Transport.UDP);
    h.advance(Duration.ofSeconds(40));
    // Bob's transaction sent 100 Trying at 200 ms: Proceeding, no more INVITEs, no timeout.
    assertThat(h.sendTimes("INVITE")).containsExactly(0L);
    assertThat(client.responses).extracting(SipResponse::statusCode).containsExactly(100);
    assertThat(tx.state()).isEqualTo(InviteClientTransaction.State.PROCEEDING);
    assertThat(client.timeouts).isZero();
  }

  @Test
  void rfc3261Section17_1_1_3_aNonSuccessFinalIsAcknowledgedByTheTransaction() {
    h.bobUser.autoAnswer = 486;
    SipRequest sent = h.request("INVITE", Transport.UDP);
    InviteClientTransaction tx =
        (InviteClientTransaction) h.alice.sendRequest(sent, h.bobAt(Transport.UDP), client);
    h.advanceMillis(5);
    assertThat(tx.state()).isEqualTo(InviteClientTransaction.State.COMPLETED);
    FakeNetwork.Delivery ack =
        h.network.log().stream()
            .filter(d -> d.message() instanceof SipRequest r && r.method().equals("ACK"))
            .findFirst()
            .orElseThrow();
    SipRequest ackRequest = (SipRequest) ack.message();
    assertThat(ackRequest.requestUri()).isEqualTo(sent.requestUri());
    assertThat(ackRequest.topVia().branch()).isEqualTo(sent.topVia().branch());
    assertThat(ackRequest.cSeq().sequence()).isEqualTo(sent.cSeq().sequence());
    assertThat(ackRequest.cSeq().method()).isEqualTo("ACK");
    assertThat(ackRequest.to().tag()).contains("b1");
    assertThat(ackRequest.from()).isEqualTo(sent.from());
    // Bob's server transaction absorbed the ACK: the TU never sees it, the 486 is not resent.
    assertThat(h.bobUser.acks).isEmpty();
    h.advance(Duration.ofSeconds(10));
    assertThat(h.sent("SIP/2.0 486")).isEqualTo(1);
  }

  @Test
  void rfc3261Section17_1_1_2_aRetransmittedFinalGetsTheAckAgainButIsNotPassedUp() {
    h.bobUser.autoAnswer = 0;
    InviteClientTransaction tx = invite(Transport.UDP);
    h.advanceMillis(5);
    ServerTransaction server = h.bobUser.requests.get(0);
    SipResponse busy = SipResponse.builder(server.request(), 486).toTag("b1").build();
    // Bypass Bob's transaction to resend the same 486 twice, as a lossy path would.
    h.bobTransport.send(busy, h.aliceTransport.address(Transport.UDP));
    h.bobTransport.send(busy, h.aliceTransport.address(Transport.UDP));
    h.advanceMillis(5);
    assertThat(client.responses).extracting(SipResponse::statusCode).containsExactly(486);
    assertThat(h.sent("ACK")).isEqualTo(2);
    h.advance(Duration.ofSeconds(32)); // Timer D
    assertThat(tx.state()).isEqualTo(InviteClientTransaction.State.TERMINATED);
  }

  @Test
  void rfc6026Section7_2_successGoesToAcceptedAndEvery2xxReachesTheTu() {
    h.bobUser.autoAnswer = 0;
    InviteClientTransaction tx = invite(Transport.UDP);
    h.advanceMillis(5);
    ServerTransaction server = h.bobUser.requests.get(0);
    SipResponse ok = SipResponse.builder(server.request(), 200).toTag("b1").build();
    server.respond(ok);
    h.advanceMillis(5);
    assertThat(tx.state()).isEqualTo(InviteClientTransaction.State.ACCEPTED);
    server.respond(ok); // the UAS core retransmits its 2xx (§13.3.1.4)
    h.advanceMillis(5);
    assertThat(client.responses).extracting(SipResponse::statusCode).containsExactly(200, 200);
    assertThat(h.sent("ACK")).isZero(); // the 2xx ACK is the TU's job
    h.advance(Duration.ofSeconds(32)); // Timer M (and Bob's Timer L)
    assertThat(tx.state()).isEqualTo(InviteClientTransaction.State.TERMINATED);
    h.bobTransport.send(ok, h.aliceTransport.address(Transport.UDP)); // a late retransmission
    h.advanceMillis(5);
    assertThat(h.aliceUser.stray).extracting(SipResponse::statusCode).containsExactly(200);
  }

  @Test
  void rfc3261Section17_1_1_2_overTcpNothingIsRetransmittedAndTimerDIsZero() {
    h.bobUser.autoAnswer = 603;
    InviteClientTransaction tx = invite(Transport.TCP);
    h.advanceMillis(5);
    assertThat(h.sent("INVITE")).isEqualTo(1);
    assertThat(tx.state()).isEqualTo(InviteClientTransaction.State.TERMINATED);
  }
}
