package io.parley.sip.session;

import io.parley.sip.message.SipResponse;
import io.parley.sip.port.Loop;
import io.parley.sip.port.ResolvedTarget;
import io.parley.sip.transaction.TransactionTimers;
import java.time.Duration;

/**
 * The UAS core's 2xx retransmission (RFC 3261 §13.3.1.4): the 2xx is re-sent after T1, doubling up
 * to T2, until its ACK arrives; with no ACK after 64*T1 the session gives up (and sends BYE).
 */
final class AnswerRetransmission {

  private final UserAgentCore core;
  private final SipResponse response;
  private final ResolvedTarget target;
  private final Runnable onNoAck;
  private final TransactionTimers timers;
  private Duration interval;
  private Loop.Timer resend;
  private Loop.Timer giveUp;

  AnswerRetransmission(
      UserAgentCore core, SipResponse response, ResolvedTarget target, Runnable onNoAck) {
    this.core = core;
    this.response = response;
    this.target = target;
    this.onNoAck = onNoAck;
    this.timers = core.config().timers();
  }

  /** The CSeq number of the INVITE the 2xx answers; its ACK carries the same. */
  long sequence() {
    return response.cSeq().sequence();
  }

  void start() {
    interval = timers.t1();
    resend = core.loop().schedule(interval, this::resend);
    giveUp = core.loop().schedule(timers.sixtyFourT1(), this::giveUp);
  }

  private void resend() {
    core.layer().sendStateless(response, target);
    Duration doubled = interval.multipliedBy(2);
    interval = doubled.compareTo(timers.t2()) < 0 ? doubled : timers.t2();
    resend = core.loop().schedule(interval, this::resend);
  }

  private void giveUp() {
    stop();
    onNoAck.run();
  }

  /** The ACK arrived, or the session ended: no more retransmissions. */
  void stop() {
    resend.cancel();
    giveUp.cancel();
  }
}
