package io.parley.sip.transaction;

import static org.assertj.core.api.Assertions.assertThat;

import io.parley.sip.message.SipRequest;
import io.parley.sip.message.SipResponse;
import io.parley.sip.port.ResolvedTarget;
import io.parley.sip.port.Transport;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import org.junit.jupiter.api.Test;

class NonInviteClientTransactionTest {

  private final Harness h = new Harness();
  private final Harness.RecordingClient client = new Harness.RecordingClient();

  @Test
  void rfc3261Section17_1_2_2_timerEDoublesToT2AndTimerFTimesOutAt64T1() {
    SipRequest options = h.request("OPTIONS", Transport.UDP);
    NonInviteClientTransaction tx =
        (NonInviteClientTransaction) h.alice.sendRequest(options, h.bobAt(Transport.UDP), client);

    h.advance(Duration.ofMillis(31_999));
    assertThat(client.timeouts).isZero();
    h.advanceMillis(1);

    assertThat(h.sendTimes("OPTIONS"))
        .containsExactly(
            0L, 500L, 1500L, 3500L, 7500L, 11500L, 15500L, 19500L, 23500L, 27500L, 31500L);
    assertThat(client.timeouts).isEqualTo(1);
    assertThat(tx.state()).isEqualTo(NonInviteClientTransaction.State.TERMINATED);
    assertThat(h.alice.clientTransactionCount()).isZero();
  }

  @Test
  void rfc3261Section17_1_2_2_inProceedingRetransmissionsComeEveryT2() {
    h.alice.sendRequest(h.request("REGISTER", Transport.UDP), h.bobAt(Transport.UDP), client);
    h.advanceMillis(10);
    ServerTransaction server = h.bobUser.requests.get(0);
    server.respond(SipResponse.builder(server.request(), 100).build());
    h.advanceMillis(10); // the 100 arrives: Proceeding
    h.advance(Duration.ofSeconds(12));

    // Timer E was running with 500 ms when the 100 arrived; from then on it fires every T2.
    assertThat(h.sendTimes("REGISTER")).containsExactly(0L, 500L, 4500L, 8500L);
    // Bob's server transaction answers each retransmission with its last provisional.
    assertThat(client.responses).extracting(SipResponse::statusCode).containsOnly(100).hasSize(4);
  }

  @Test
  void rfc3261Section17_1_2_2_finalResponseCompletesAndTimerKAbsorbsRetransmissions() {
    h.bobUser.autoAnswer = 200;
    NonInviteClientTransaction tx =
        (NonInviteClientTransaction)
            h.alice.sendRequest(
                h.request("OPTIONS", Transport.UDP), h.bobAt(Transport.UDP), client);
    h.advanceMillis(5);
    assertThat(tx.state()).isEqualTo(NonInviteClientTransaction.State.COMPLETED);
    assertThat(client.responses).extracting(SipResponse::statusCode).containsExactly(200);

    // Bob's server transaction resends its 200 when it sees a retransmission; Alice absorbs it.
    ServerTransaction server = h.bobUser.requests.get(0);
    server.onRetransmission(server.request());
    h.advanceMillis(5);
    assertThat(client.responses).hasSize(1);

    h.advance(Duration.ofMillis(4_999)); // Timer K = T4 = 5 s
    assertThat(tx.state()).isEqualTo(NonInviteClientTransaction.State.TERMINATED);
    assertThat(h.alice.clientTransactionCount()).isZero();
  }

  @Test
  void rfc3261Section17_1_2_2_overTcpThereAreNoRetransmissionsAndTimerKIsZero() {
    h.bobUser.autoAnswer = 200;
    NonInviteClientTransaction tx =
        (NonInviteClientTransaction)
            h.alice.sendRequest(
                h.request("OPTIONS", Transport.TCP), h.bobAt(Transport.TCP), client);
    h.advanceMillis(5);
    assertThat(tx.state()).isEqualTo(NonInviteClientTransaction.State.TERMINATED);
    assertThat(h.sent("OPTIONS")).isEqualTo(1);
  }

  @Test
  void rfc3261Section17_1_2_2_overTcpTimerFStillTimesOut() {
    h.alice.sendRequest(h.request("OPTIONS", Transport.TCP), h.bobAt(Transport.TCP), client);
    h.advance(Duration.ofSeconds(32));
    assertThat(h.sent("OPTIONS")).isEqualTo(1);
    assertThat(client.timeouts).isEqualTo(1);
  }

  @Test
  void rfc3261Section8_1_3_1_aTransportErrorEndsTheTransaction() {
    ResolvedTarget nobody = new ResolvedTarget(Transport.TCP, "10.0.0.9", 5060);
    NonInviteClientTransaction tx =
        (NonInviteClientTransaction)
            h.alice.sendRequest(h.request("MESSAGE", Transport.TCP), nobody, client);
    h.advanceMillis(1);
    assertThat(client.transportErrors).singleElement().asString().contains("10.0.0.9");
    assertThat(tx.isTerminated()).isTrue();
    h.advance(Duration.ofSeconds(40));
    assertThat(client.timeouts).isZero();
  }

  @Test
  void rfc3261Section17_1_3_aResponseForAnotherMethodDoesNotMatch() {
    SipRequest options = h.request("OPTIONS", Transport.UDP);
    h.alice.sendRequest(options, h.bobAt(Transport.UDP), client);
    h.advanceMillis(5);
    SipResponse wrongMethod =
        SipResponse.builder(h.bobUser.requests.get(0).request(), 200)
            .set(io.parley.sip.header.HeaderName.CSEQ, options.cSeq().sequence() + " INFO")
            .build();
    h.bobTransport.send(wrongMethod, h.aliceTransport.address(Transport.UDP));
    h.advanceMillis(5);
    assertThat(client.responses).isEmpty();
    assertThat(h.aliceUser.stray).hasSize(1);
  }

  @Test
  void rfc3261Section18_1_1_requestsOver1300BytesGoOverTcp() {
    h.bobUser.autoAnswer = 200;
    SipRequest small = h.request("MESSAGE", Transport.UDP);
    SipRequest large =
        small.toBuilder()
            .body("text/plain", "x".repeat(1400).getBytes(StandardCharsets.UTF_8))
            .build();
    NonInviteClientTransaction tx =
        (NonInviteClientTransaction) h.alice.sendRequest(large, h.bobAt(Transport.UDP), client);
    h.advanceMillis(5);
    assertThat(tx.peer().transport()).isEqualTo(Transport.TCP);
    assertThat(tx.request().topVia().transport()).isEqualTo("TCP");
    assertThat(tx.request().topVia().branch()).isEqualTo(large.topVia().branch());
    assertThat(h.network.log().get(0).to().transport()).isEqualTo(Transport.TCP);
    assertThat(client.responses).extracting(SipResponse::statusCode).containsExactly(200);
    assertThat(h.sent("MESSAGE")).isEqualTo(1);
  }
}
