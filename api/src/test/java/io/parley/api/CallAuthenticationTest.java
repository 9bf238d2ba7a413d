package io.parley.api;

import static org.assertj.core.api.Assertions.assertThat;

import io.parley.sip.header.HeaderName;
import io.parley.sip.message.SipRequest;
import io.parley.sip.message.SipResponse;
import io.parley.sip.port.ResolvedTarget;
import io.parley.sip.port.Transport;
import io.parley.sip.transaction.ServerTransaction;
import io.parley.sip.transaction.TransactionLayer;
import io.parley.sip.transaction.TransactionTimers;
import io.parley.sip.transaction.TransactionUser;
import io.parley.testkit.loop.VirtualLoop;
import io.parley.testkit.network.FakeNetwork;
import io.parley.testkit.network.FakeTransport;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** A proxy that challenges INVITEs: the call answers with the account's credentials. */
class CallAuthenticationTest {

  private final VirtualLoop loop = new VirtualLoop();
  private final FakeNetwork network = new FakeNetwork(loop, 9);
  private final List<SipRequest> invites = new ArrayList<>();
  private Phone phone;

  CallAuthenticationTest() {
    FakeTransport transport = network.endpoint("10.0.0.5", 5060);
    TransactionLayer proxy =
        new TransactionLayer(loop, transport, TransactionTimers.DEFAULT, new Random(4));
    transport.listen(proxy.transportListener());
    proxy.setUser(
        new TransactionUser() {
          @Override
          public void onRequest(ServerTransaction transaction, SipRequest request) {
            invites.add(request);
            if (request.header(HeaderName.PROXY_AUTHORIZATION).isEmpty()) {
              transaction.respond(
                  SipResponse.builder(request, 407)
                      .toTag("proxy")
                      .add(
                          HeaderName.PROXY_AUTHENTICATE,
                          "Digest realm=\"example.com\", nonce=\"n-1\", qop=\"auth\","
                              + " algorithm=MD5")
                      .build());
            } else {
              transaction.respond(SipResponse.builder(request, 486).toTag("bob").build());
            }
          }

          @Override
          public void onAck(SipRequest ack, ResolvedTarget source) {}

          @Override
          public void onStrayResponse(SipResponse response, ResolvedTarget source) {}
        });
  }

  @AfterEach
  void close() {
    if (phone != null) {
      phone.close();
    }
  }

  @Test
  void rfc3261Section22_2_aChallengedInviteIsRetriedWithTheAccountsCredentials() throws Exception {
    phone =
        Phone.builder()
            .loop(loop)
            .transportFactory(network.transportFactory("10.0.0.1"))
            .resolver(
                uri ->
                    CompletableFuture.completedFuture(
                        List.of(new ResolvedTarget(Transport.UDP, "10.0.0.5", 5060))))
            .build();
    phone.addAccount(AccountConfig.of("sip:alice@example.com", "secret"));

    CompletableFuture<Call> placed = phone.call("sip:bob@example.com");
    for (int i = 0; i < 50 && !placed.isDone(); i++) {
      loop.advance(Duration.ofMillis(20));
    }

    assertThat(invites).hasSize(2);
    assertThat(invites.get(0).header(HeaderName.PROXY_AUTHORIZATION)).isEmpty();
    String credentials = invites.get(1).header(HeaderName.PROXY_AUTHORIZATION).orElseThrow();
    assertThat(credentials)
        .startsWith("Digest ")
        .contains("username=\"alice\"")
        .contains("realm=\"example.com\"")
        .contains("nonce=\"n-1\"")
        .doesNotContain("secret");
    assertThat(invites.get(1).callId()).isEqualTo(invites.get(0).callId());
    assertThat(invites.get(1).cSeq().sequence()).isGreaterThan(invites.get(0).cSeq().sequence());
    assertThat(placed).isCompletedExceptionally();
    try {
      placed.get();
    } catch (ExecutionException e) {
      assertThat(e.getCause()).isInstanceOf(SipFailureException.class);
      assertThat(((SipFailureException) e.getCause()).statusCode()).isEqualTo(486);
    }
  }
}
