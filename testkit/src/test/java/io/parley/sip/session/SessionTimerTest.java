package io.parley.sip.session;

import static org.assertj.core.api.Assertions.assertThat;

import io.parley.sip.header.HeaderName;
import io.parley.sip.message.SipMessage;
import io.parley.testkit.network.LinkConditions;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;

class SessionTimerTest {

  private static SessionTimerConfig timers(long seconds, long minSe) {
    return new SessionTimerConfig(Duration.ofSeconds(seconds), Duration.ofSeconds(minSe));
  }

  private static List<Long> relative(List<Long> times, long origin) {
    return times.stream().map(t -> t - origin).toList();
  }

  @Test
  void rfc4028Section7_uacRefresherSendsUpdateAtHalfTheInterval() {
    CallHarness h = new CallHarness(timers(120, 90), timers(1800, 90));
    h.bob.onIncoming = s -> s.accept(h.bob.negotiator);
    ClientInviteSession call = h.alice.call("sip:bob@10.0.0.2");
    h.runMillis(100);

    SipMessage ok = h.sent("10.0.0.2", "200 INVITE").get(0);
    assertThat(ok.header(HeaderName.SESSION_EXPIRES)).contains("120;refresher=uac");
    assertThat(ok.header(HeaderName.REQUIRE)).contains("timer");
    long confirmed = h.sendTimes("10.0.0.1", "ACK").get(0);
    h.runMillis(300_200);

    List<Long> updates = relative(h.sendTimes("10.0.0.1", "UPDATE"), confirmed);
    // each refresh restarts the interval when its 200 arrives (20 ms round trip)
    assertThat(updates).containsExactly(60_000L, 120_020L, 180_040L, 240_060L, 300_080L);
    assertThat(h.sent("10.0.0.1", "UPDATE").get(0).header(HeaderName.SESSION_EXPIRES))
        .contains("120;refresher=uac");
    assertThat(h.sent("10.0.0.2", "200 UPDATE")).hasSize(5);
    assertThat(call.state()).isEqualTo(SessionState.CONFIRMED);
    assertThat(h.bob.incoming.get(0).state()).isEqualTo(SessionState.CONFIRMED);
  }

  @Test
  void rfc4028Section10_noRefreshMeansByeBeforeTheIntervalEnds() {
    CallHarness h = new CallHarness(timers(120, 90), timers(1800, 90));
    h.bob.onIncoming = s -> s.accept(h.bob.negotiator);
    h.alice.call("sip:bob@10.0.0.2");
    h.runMillis(100);
    long start = h.sendTimes("10.0.0.2", "200 INVITE").get(0);
    h.network.setConditions("10.0.0.1", "10.0.0.2", LinkConditions.PERFECT.withLoss(1.0));
    h.runMillis(200_000);

    // the non-refresher gives up at 120 s - min(32 s, 40 s) = 88 s
    assertThat(h.sendTimes("10.0.0.2", "BYE").get(0) - start).isEqualTo(88_000L);
    assertThat(h.bob.events.ended().status()).isEqualTo(408);
    assertThat(h.bob.events.ended().by()).isEqualTo(SessionEvent.Party.LOCAL);
    assertThat(h.alice.events.ended().by()).isEqualTo(SessionEvent.Party.REMOTE);
  }

  @Test
  void rfc4028Section6_422RaisesTheIntervalToTheMinSeAsked() {
    CallHarness h = new CallHarness(timers(90, 90), timers(1800, 300));
    h.bob.onIncoming = s -> s.accept(h.bob.negotiator);
    ClientInviteSession call = h.alice.call("sip:bob@10.0.0.2");
    h.runMillis(200);

    assertThat(h.sent("10.0.0.2", "422 INVITE").get(0).header(HeaderName.MIN_SE)).contains("300");
    List<SipMessage> invites = h.sent("10.0.0.1", "INVITE");
    assertThat(invites).hasSize(2);
    assertThat(invites.get(1).header(HeaderName.SESSION_EXPIRES)).contains("300");
    assertThat(invites.get(1).cSeq().sequence()).isEqualTo(invites.get(0).cSeq().sequence() + 1);
    assertThat(call.state()).isEqualTo(SessionState.CONFIRMED);
  }

  @Test
  void rfc4028Section9_uasRefreshesForACallerWithoutTimerSupport() {
    CallHarness h = new CallHarness(SessionTimerConfig.DISABLED, timers(90, 90));
    h.bob.onIncoming = s -> s.accept(h.bob.negotiator);
    ClientInviteSession call = h.alice.call("sip:bob@10.0.0.2");
    h.runMillis(100);
    long start = h.sendTimes("10.0.0.2", "200 INVITE").get(0);
    h.runMillis(100_000);

    assertThat(h.sent("10.0.0.2", "200 INVITE").get(0).header(HeaderName.SESSION_EXPIRES))
        .contains("90;refresher=uas");
    assertThat(relative(h.sendTimes("10.0.0.2", "UPDATE"), start))
        .containsExactly(45_000L, 90_020L);
    assertThat(call.state()).isEqualTo(SessionState.CONFIRMED);
  }
}
