package io.parley.sip.transaction;

import static org.assertj.core.api.Assertions.assertThat;

import io.parley.sip.message.SipResponse;
import io.parley.sip.port.Transport;
import io.parley.testkit.network.LinkConditions;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Issue target: with 30% loss, 1,000 non-INVITE transactions end exactly as §17 says. */
class TransactionLossTest {

  @Test
  void rfc3261Section17_1_2_underThirtyPercentLossEveryTransactionEndsOnceAndNoneLeak() {
    Harness h = new Harness();
    h.network.setDefaultConditions(
        LinkConditions.PERFECT
            .withLoss(0.30)
            .withDelay(Duration.ofMillis(20), Duration.ofMillis(40))
            .withDuplication(0.05));
    h.bobUser.autoAnswer = 200;
    List<Harness.RecordingClient> clients = new ArrayList<>();
    for (int i = 0; i < 1000; i++) {
      Harness.RecordingClient client = new Harness.RecordingClient();
      clients.add(client);
      h.alice.sendRequest(h.request("OPTIONS", Transport.UDP), h.bobAt(Transport.UDP), client);
    }
    // A request whose first copies were all lost reaches Bob as late as 31.5 s; its server
    // transaction then lives for Timer J (32 s) more, so wait well past 64 s.
    h.advance(Duration.ofSeconds(70));

    int answered = 0;
    int timedOut = 0;
    for (Harness.RecordingClient client : clients) {
      assertThat(client.terminalEvents()).isEqualTo(1);
      assertThat(client.responses.stream().filter(r -> r.statusCode() >= 200).count())
          .isLessThanOrEqualTo(1);
      answered += client.responses.isEmpty() ? 0 : 1;
      timedOut += client.timeouts;
    }
    assertThat(answered + timedOut).isEqualTo(1000);
    // With 11 tries a request and 30% loss each way, timeouts are rare but possible.
    assertThat(answered).isGreaterThan(990);
    assertThat(h.alice.clientTransactionCount()).isZero();
    assertThat(h.bob.serverTransactionCount()).isZero();
    assertThat(h.loop.pendingTimers()).isZero();
    assertThat(h.network.droppedCount()).isGreaterThan(300);
    assertThat(clients.get(0).responses).extracting(SipResponse::statusCode).containsOnly(200);
  }
}
