package io.parley.sip.session;

import io.parley.sip.header.RAck;
import io.parley.sip.message.SipResponse;
import io.parley.sip.port.Loop;
import io.parley.sip.transaction.ServerTransaction;
import java.time.Duration;

/**
 * One reliable provisional response (RFC 3262 §3): re-sent at T1, doubling, until its PRACK
 * arrives; with no PRACK after 64*T1 the UAS gives up on the INVITE.
 */
final class ReliableProvisional {

  private final UserAgentCore core;
  private final ServerTransaction transaction;
  private final SipResponse response;
  private final long rseq;
  private final Runnable onNoPrack;
  private Duration interval;
  private Loop.Timer resend;
  private Loop.Timer giveUp;

  ReliableProvisional(
      UserAgentCore core,
      ServerTransaction transaction,
      SipResponse response,
      long rseq,
      Runnable onNoPrack) {
    this.core = core;
    this.transaction = transaction;
    this.response = response;
    this.rseq = rseq;
    this.onNoPrack = onNoPrack;
  }

  void start() {
    transaction.respond(response);
    interval = core.config().timers().t1();
    resend = core.loop().schedule(interval, this::resend);
    giveUp = core.loop().schedule(core.config().timers().sixtyFourT1(), this::giveUp);
  }

  private void resend() {
    if (transaction.lastStatus() >= 200) {
      return; // a final response went out: nothing provisional is re-sent after it
    }
    transaction.respond(response);
    interval = interval.multipliedBy(2);
    resend = core.loop().schedule(interval, this::resend);
  }

  private void giveUp() {
    resend.cancel();
    onNoPrack.run();
  }

  /** Whether {@code rack} acknowledges this response (RFC 3262 §7.2: RSeq, CSeq and method). */
  boolean matches(RAck rack) {
    return rack.rseq() == rseq
        && rack.cseq() == response.cSeq().sequence()
        && rack.method().equals(response.cSeq().method());
  }

  void stop() {
    resend.cancel();
    giveUp.cancel();
  }
}
