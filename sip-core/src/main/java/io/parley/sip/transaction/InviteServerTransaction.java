package io.parley.sip.transaction;

import io.parley.sip.message.SipRequest;
import io.parley.sip.message.SipResponse;
import io.parley.sip.port.Loop;
import io.parley.sip.port.ResolvedTarget;
import java.time.Duration;

/**
 * The INVITE server transaction of RFC 3261 §17.2.1 (Figure 7) as updated by RFC 6026 §7.1:
 * Proceeding, Completed, Confirmed, Accepted, Terminated, with Timer G (retransmit non-2xx finals),
 * H (wait for the ACK, 64*T1), I (absorb ACKs, T4 or zero) and L (absorb INVITE retransmissions
 * after a 2xx, 64*T1).
 *
 * <p>If the transaction user sends no provisional response within 200 ms, the transaction sends 100
 * Trying itself (§17.2.1).
 */
public final class InviteServerTransaction extends ServerTransaction {

  /** The delay after which the transaction answers 100 Trying on the TU's behalf. */
  static final Duration TRYING_DELAY = Duration.ofMillis(200);

  /** The states of Figure 7 and RFC 6026's Accepted. */
  public enum State {
    PROCEEDING,
    COMPLETED,
    CONFIRMED,
    ACCEPTED,
    TERMINATED
  }

  private State state = State.PROCEEDING;
  private Duration interval;
  private Loop.Timer trying;
  private Loop.Timer timerG;
  private Loop.Timer timerH;
  private Loop.Timer timerI;
  private Loop.Timer timerL;

  InviteServerTransaction(
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

  void start() {
    trying = schedule(TRYING_DELAY, this::sendTrying);
  }

  private void sendTrying() {
    if (state == State.PROCEEDING && lastResponse == null) {
      transmit(SipResponse.builder(request, 100).build());
    }
  }

  @Override
  public void respond(SipResponse response) {
    checkMatches(response);
    int code = response.statusCode();
    if (state == State.ACCEPTED && code >= 200 && code < 300) {
      transmit(response); // the TU's own 2xx retransmission (§13.3.1.4)
      return;
    }
    if (state != State.PROCEEDING) {
      throw new IllegalStateException(
          "a final response was already sent in " + this + "; cannot send " + code);
    }
    cancel(trying);
    transmit(response);
    if (code < 200) {
      return;
    }
    if (code < 300) {
      state = State.ACCEPTED;
      timerL = schedule(timers().sixtyFourT1(), this::end);
      return;
    }
    state = State.COMPLETED;
    if (!reliable) {
      interval = timers().t1();
      timerG = schedule(interval, this::onTimerG);
    }
    timerH = schedule(timers().sixtyFourT1(), this::onTimerH);
  }

  private void onTimerG() {
    if (state != State.COMPLETED) {
      return;
    }
    transmit(lastResponse);
    interval = timers().backoff(interval);
    timerG = schedule(interval, this::onTimerG);
  }

  private void onTimerH() {
    if (state == State.COMPLETED) {
      end();
      listener().onTimeout(this);
    }
  }

  @Override
  void onRetransmission(SipRequest retransmission) {
    // §17.2.1: Proceeding resends the last provisional, Completed the final; RFC 6026 §7.1:
    // Accepted absorbs (the TU retransmits its 2xx itself).
    if ((state == State.PROCEEDING || state == State.COMPLETED) && lastResponse != null) {
      transmit(lastResponse);
    }
  }

  /**
   * An ACK matched this transaction.
   *
   * @return {@code true} if the ACK is for a 2xx and belongs to the transaction user
   */
  boolean onAck() {
    if (state == State.COMPLETED) {
      state = State.CONFIRMED;
      cancel(timerG);
      cancel(timerH);
      Duration i = timers().t4OrZero(reliable);
      if (i.isZero()) {
        end();
      } else {
        timerI = schedule(i, this::end);
      }
      return false;
    }
    return state == State.ACCEPTED;
  }

  private void end() {
    state = State.TERMINATED;
    terminate();
  }

  @Override
  void cancelTimers() {
    cancel(trying);
    cancel(timerG);
    cancel(timerH);
    cancel(timerI);
    cancel(timerL);
  }
}
