package io.parley.sip.transaction;

import io.parley.sip.header.HeaderName;
import io.parley.sip.message.RequestBuilder;
import io.parley.sip.message.SipRequest;
import io.parley.sip.message.SipResponse;
import io.parley.sip.port.Loop;
import io.parley.sip.port.ResolvedTarget;
import java.time.Duration;

/**
 * The INVITE client transaction of RFC 3261 §17.1.1 (Figure 5) as updated by RFC 6026 §7.2:
 * Calling, Proceeding, Completed, Accepted, Terminated, with Timer A (retransmit, doubling), B
 * (timeout, 64*T1), D (absorb retransmitted non-2xx finals, 32 s or zero) and M (absorb 2xx
 * retransmissions, 64*T1).
 *
 * <p>A non-2xx final response is acknowledged here (§17.1.1.3); a 2xx is not: its ACK belongs to
 * the transaction user, which sees every 2xx retransmission while the transaction is Accepted.
 */
public final class InviteClientTransaction extends ClientTransaction {

  /** The states of Figure 5 and RFC 6026's Accepted. */
  public enum State {
    CALLING,
    PROCEEDING,
    COMPLETED,
    ACCEPTED,
    TERMINATED
  }

  private State state = State.CALLING;
  private Duration interval;
  private SipRequest ack;
  private Loop.Timer timerA;
  private Loop.Timer timerB;
  private Loop.Timer timerD;
  private Loop.Timer timerM;

  InviteClientTransaction(
      TransactionLayer layer,
      String key,
      SipRequest request,
      ResolvedTarget target,
      Listener listener) {
    super(layer, key, request, target, listener);
  }

  /** The current state. */
  public State state() {
    return state;
  }

  @Override
  public String stateName() {
    return state.name();
  }

  @Override
  void start() {
    send(request, peer);
    if (!reliable) {
      interval = timers().t1();
      timerA = schedule(interval, this::onTimerA);
    }
    timerB = schedule(timers().sixtyFourT1(), this::onTimerB);
  }

  private void onTimerA() {
    if (state != State.CALLING) {
      return;
    }
    send(request, peer);
    interval = interval.multipliedBy(2); // §17.1.1.2: doubles without the T2 cap
    timerA = schedule(interval, this::onTimerA);
  }

  private void onTimerB() {
    if (state == State.CALLING) {
      end();
      listener.onTimeout(this);
    }
  }

  @Override
  void onResponse(SipResponse response) {
    int code = response.statusCode();
    switch (state) {
      case CALLING, PROCEEDING -> {
        cancel(timerA);
        if (code < 200) {
          state = State.PROCEEDING;
          cancel(timerB);
          listener.onResponse(this, response);
        } else if (code < 300) {
          state = State.ACCEPTED;
          cancel(timerB);
          timerM = schedule(timers().sixtyFourT1(), this::end);
          listener.onResponse(this, response);
        } else {
          state = State.COMPLETED;
          cancel(timerB);
          ack = ackFor(response);
          send(ack, peer);
          listener.onResponse(this, response);
          Duration d = timers().timerD(reliable);
          if (d.isZero()) {
            end();
          } else {
            timerD = schedule(d, this::end);
          }
        }
      }
      case COMPLETED -> {
        if (code >= 300) {
          send(ack, peer); // §17.1.1.2: a retransmitted final gets the ACK again
        }
      }
      case ACCEPTED -> {
        if (code >= 200 && code < 300) {
          listener.onResponse(this, response); // RFC 6026 §7.2: the TU re-ACKs
        }
      }
      case TERMINATED -> {}
    }
  }

  /** The ACK for a non-2xx final response (RFC 3261 §17.1.1.3). */
  private SipRequest ackFor(SipResponse response) {
    RequestBuilder b = SipRequest.builder("ACK", request.requestUri());
    b.add(HeaderName.VIA, request.topVia().toString());
    for (String route : request.headerValues(HeaderName.ROUTE)) {
      b.add(HeaderName.ROUTE, route);
    }
    b.add(HeaderName.MAX_FORWARDS, "70");
    b.add(HeaderName.FROM, request.header(HeaderName.FROM).orElseThrow());
    b.add(HeaderName.TO, response.header(HeaderName.TO).orElseThrow());
    b.add(HeaderName.CALL_ID, request.callId());
    b.add(HeaderName.CSEQ, request.cSeq().sequence() + " ACK");
    return b.build();
  }

  private void end() {
    state = State.TERMINATED;
    terminate();
  }

  @Override
  void onTransportError(String reason) {
    if (state == State.CALLING || state == State.PROCEEDING) {
      end();
      listener.onTransportError(this, reason);
    }
  }

  @Override
  void cancelTimers() {
    cancel(timerA);
    cancel(timerB);
    cancel(timerD);
    cancel(timerM);
  }
}
