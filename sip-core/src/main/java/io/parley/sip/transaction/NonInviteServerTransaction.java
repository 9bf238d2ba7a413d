package io.parley.sip.transaction;

import io.parley.sip.message.SipRequest;
import io.parley.sip.message.SipResponse;
import io.parley.sip.port.Loop;
import io.parley.sip.port.ResolvedTarget;
import java.time.Duration;

/**
 * The non-INVITE server transaction of RFC 3261 §17.2.2 (Figure 8): Trying, Proceeding, Completed,
 * Terminated, with Timer J (absorb retransmitted requests, 64*T1 or zero).
 */
public final class NonInviteServerTransaction extends ServerTransaction {

  /** The states of Figure 8. */
  public enum State {
    TRYING,
    PROCEEDING,
    COMPLETED,
    TERMINATED
  }

  private State state = State.TRYING;
  private Loop.Timer timerJ;

  NonInviteServerTransaction(
      TransactionLayer layer, String key, SipRequest request, ResolvedTarget source) {
    super(layer, key, request, source);
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
  public void respond(SipResponse response) {
    checkMatches(response);
    if (state == State.COMPLETED || state == State.TERMINATED) {
      throw new IllegalStateException(
          "a final response was already sent in "
              + this
              + "; cannot send "
              + response.statusCode());
    }
    transmit(response);
    if (response.isProvisional()) {
      state = State.PROCEEDING;
      return;
    }
    state = State.COMPLETED;
    Duration j = timers().timerJ(reliable);
    if (j.isZero()) {
      end();
    } else {
      timerJ = schedule(j, this::end);
    }
  }

  @Override
  void onRetransmission(SipRequest retransmission) {
    // §17.2.2: Trying absorbs; Proceeding and Completed resend the last response.
    if ((state == State.PROCEEDING || state == State.COMPLETED) && lastResponse != null) {
      transmit(lastResponse);
    }
  }

  private void end() {
    state = State.TERMINATED;
    terminate();
  }

  @Override
  void cancelTimers() {
    cancel(timerJ);
  }
}
