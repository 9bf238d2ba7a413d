package io.parley.sip.session;

import static org.assertj.core.api.Assertions.assertThat;

import io.parley.sip.header.HeaderName;
import io.parley.sip.message.SipMessage;
import io.parley.sip.message.SipRequest;
import io.parley.testkit.network.LinkConditions;
import java.util.List;
import org.junit.jupiter.api.Test;

class Rel100Test {

  @Test
  void rfc3262Section4_reliableRingingIsPrackedOnceAndStopsBeingResent() {
    CallHarness h = new CallHarness(Rel100.REQUIRED, Rel100.SUPPORTED);
    h.bob.onIncoming = ServerInviteSession::ring;
    ClientInviteSession call = h.alice.call("sip:bob@10.0.0.2");
    h.runMillis(3_000);

    SipMessage ringing = h.sent("10.0.0.2", "180 INVITE").get(0);
    assertThat(ringing.header(HeaderName.REQUIRE)).contains("100rel");
    String rseq = ringing.header(HeaderName.RSEQ).orElseThrow();
    List<SipMessage> pracks = h.sent("10.0.0.1", "PRACK");
    assertThat(pracks).hasSize(1);
    SipRequest invite = (SipRequest) h.sent("10.0.0.1", "INVITE").get(0);
    assertThat(invite.header(HeaderName.REQUIRE)).contains("100rel");
    assertThat(pracks.get(0).header(HeaderName.RACK))
        .contains(rseq + " " + invite.cSeq().sequence() + " INVITE");
    assertThat(pracks.get(0).cSeq().sequence()).isEqualTo(invite.cSeq().sequence() + 1);
    assertThat(h.sent("10.0.0.2", "200 PRACK")).hasSize(1);
    assertThat(h.sent("10.0.0.2", "180 INVITE")).hasSize(1); // the PRACK stopped the resends
    assertThat(call.state()).isEqualTo(SessionState.EARLY);

    h.bob.incoming.get(0).accept(h.bob.negotiator);
    h.runMillis(100);
    call.hangup();
    h.runMillis(100);
    assertThat(h.sent("10.0.0.1", "BYE").get(0).cSeq().sequence())
        .isEqualTo(invite.cSeq().sequence() + 2);
    assertThat(h.bob.events.ended().status()).isEqualTo(200);
  }

  @Test
  void rfc3262Section3_reliableProvisionalIsResentUntilPrack() {
    CallHarness h = new CallHarness(Rel100.REQUIRED, Rel100.SUPPORTED);
    h.bob.onIncoming = ServerInviteSession::ring;
    h.alice.call("sip:bob@10.0.0.2");
    h.runMillis(5);
    h.network.setConditions("10.0.0.1", "10.0.0.2", LinkConditions.PERFECT.withLoss(1.0));
    h.runMillis(1_200);
    h.network.setConditions("10.0.0.1", "10.0.0.2", LinkConditions.PERFECT);
    h.runMillis(10_000);

    List<Long> times = h.sendTimes("10.0.0.2", "180 INVITE");
    assertThat(times.stream().map(t -> t - times.get(0)).toList()).containsExactly(0L, 500L, 1500L);
    assertThat(h.sent("10.0.0.2", "200 PRACK")).isNotEmpty();
    assertThat(h.bob.incoming.get(0).state()).isEqualTo(SessionState.EARLY);
  }

  @Test
  void rfc3262Section3_noPrackWithin64T1Gets504() {
    CallHarness h = new CallHarness(Rel100.REQUIRED, Rel100.SUPPORTED);
    h.bob.onIncoming = ServerInviteSession::ring;
    h.alice.call("sip:bob@10.0.0.2");
    h.runMillis(5);
    h.network.setConditions("10.0.0.1", "10.0.0.2", LinkConditions.PERFECT.withLoss(1.0));
    h.runMillis(40_000);

    assertThat(h.bob.events.ended().status()).isEqualTo(504);
    assertThat(h.alice.events.ended().status()).isEqualTo(504);
    assertThat(h.sent("10.0.0.2", "504 INVITE")).isNotEmpty();
  }

  @Test
  void rfc3262Section3_uasRequiring100relRejectsAnInviteWithoutIt421() {
    CallHarness h = new CallHarness(Rel100.NEVER, Rel100.REQUIRED);
    h.alice.call("sip:bob@10.0.0.2");
    h.runMillis(100);

    SipMessage rejected = h.sent("10.0.0.2", "421 INVITE").get(0);
    assertThat(rejected.header(HeaderName.REQUIRE)).contains("100rel");
    assertThat(h.alice.events.ended().status()).isEqualTo(421);
    assertThat(h.bob.incoming).isEmpty();
  }

  @Test
  void rfc3262Section3_uasWithout100relRejectsAnInviteRequiringIt420() {
    CallHarness h = new CallHarness(Rel100.REQUIRED, Rel100.NEVER);
    h.alice.call("sip:bob@10.0.0.2");
    h.runMillis(100);

    assertThat(h.sent("10.0.0.2", "420 INVITE").get(0).header(HeaderName.UNSUPPORTED))
        .contains("100rel");
    assertThat(h.alice.events.ended().status()).isEqualTo(420);
  }

  @Test
  void rfc3262Section3_supportedOnBothSidesKeepsProvisionalsUnreliable() {
    CallHarness h = new CallHarness(Rel100.SUPPORTED, Rel100.SUPPORTED);
    h.bob.onIncoming = ServerInviteSession::ring;
    h.alice.call("sip:bob@10.0.0.2");
    h.runMillis(3_000);

    assertThat(h.sent("10.0.0.2", "180 INVITE").get(0).header(HeaderName.RSEQ)).isEmpty();
    assertThat(h.sent("10.0.0.1", "PRACK")).isEmpty();
  }
}
