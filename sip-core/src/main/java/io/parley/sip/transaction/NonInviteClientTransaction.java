package io.parley.sip.transaction;

import io.parley.sip.message.SipRequest;
import io.parley.sip.message.SipResponse;
import io.parley.sip.port.Loop;
import io.parley.sip.port.ResolvedTarget;
import java.time.Duration;

/**
 * The non-INVITE client transaction of RFC 3261 §17.1.2 (Figure 6): Trying, Proceeding, Completed,
 * Terminated, with Timer E (retransmit, doubling to T2), F (timeout, 64*T1) and K (absorb
 * retransmitted responses, T4 or zero).
 */
public final class NonInviteClientTransaction extends ClientTransaction {

  /** The states of Figure 6. */
  public enum State {
    TRYING,
    PROCEEDING,
    COMPLETED,
    TERMINATED
  }

  private State state = State.TRYING;
  private Duration interval;
  private Loop.Timer timerE;
  private Loop.Timer timerF;
  private Loop.Timer timerK;

  NonInviteClientTransaction(
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
      timerE = schedule(interval, this::onTimerE);
    }
    timerF = schedule(timers().sixtyFourT1(), this::onTimerF);
  }

  private void onTimerE() {
    if (state != State.TRYING && state != State.PROCEEDING) {
      return;
    }
    send(request, peer);
    // §17.1.2.2: in Proceeding the interval is T2 at once; in Trying it doubles up to T2.
    interval = state == State.PROCEEDING ? timers().t2() : timers().backoff(interval);
    timerE = schedule(interval, this::onTimerE);
  }

  private void onTimerF() {
    if (state == State.TRYING || state == State.PROCEEDING) {
      state = State.TERMINATED;
      terminate();
      listener.onTimeout(this);
    }
  }

  @Override
  void onResponse(SipResponse response) {
    switch (state) {
      case TRYING, PROCEEDING -> {
        if (response.isProvisional()) {
          state = State.PROCEEDING;
          listener.onResponse(this, response);
          return;
        }
        state = State.COMPLETED;
        cancel(timerE);
        cancel(timerF);
        listener.onResponse(this, response);
        Duration k = timers().t4OrZero(reliable);
        if (k.isZero()) {
          complete();
        } else {
          timerK = schedule(k, this::complete);
        }
      }
      case COMPLETED, TERMINATED -> {
        // §17.1.2.2: retransmitted final responses are absorbed in Completed.
      }
    }
  }

  private void complete() {
    state = State.TERMINATED;
    terminate();
  }

  @Override
  void onTransportError(String reason) {
    if (state == State.TRYING || state == State.PROCEEDING) {
      state = State.TERMINATED;
      terminate();
      listener.onTransportError(this, reason);
    }
  }

  @Override
  void cancelTimers() {
    cancel(timerE);
    cancel(timerF);
    cancel(timerK);
  }
}
