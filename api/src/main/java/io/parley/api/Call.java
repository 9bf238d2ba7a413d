package io.parley.api;

import io.parley.api.media.SdpSessionNegotiator;
import io.parley.sdp.offeranswer.NegotiatedStream;
import io.parley.sip.port.SessionNegotiator.MediaIntent;
import io.parley.sip.session.InviteSession;
import io.parley.sip.session.ServerInviteSession;
import io.parley.sip.session.SessionEvent;
import io.parley.sip.session.SessionState;
import io.parley.sip.uri.SipUri;
import java.time.Duration;
import java.time.Instant;
import java.util.EnumSet;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.CompletableFuture;

/**
 * One call on one line of a {@link Phone}: placed with {@link Phone#call(String)} or announced by
 * an {@link IncomingCall} event. The SIP signalling is RFC 3261's INVITE session; the SDP is RFC
 * 3264 offer/answer from the phone's codec list. Audio is not carried yet: the SDP names an RTP
 * port, but no media engine is attached to it in this release.
 *
 * <p>Thread-safe: every method may be called from any thread, including event listeners. Methods
 * check their preconditions against the state at the time of the call and throw {@link
 * IllegalStateException} at once on misuse; the work itself runs on the phone's SIP loop and its
 * outcome arrives as {@link CallStateChanged} events (and through the returned futures).
 */
public final class Call {

  private static final Set<CallState> CONFIRMED =
      EnumSet.of(CallState.CONNECTED, CallState.REMOTELY_HELD);

  private final Calls calls;
  private final Shard shard;
  private final long id;
  private final int line;
  private final boolean incoming;
  private final String caller;
  private final String callee;
  private final SdpSessionNegotiator negotiator;
  private final Instant start;
  private final CompletableFuture<Call> answered = new CompletableFuture<>();
  private volatile CallState state;
  private volatile String callId = "";
  private InviteSession session; // guarded by the shard's loop
  private Instant connected; // guarded by the shard's loop
  private CompletableFuture<Void> modifying; // guarded by the shard's loop

  Call(Calls calls, Shard shard, CallSetup setup) {
    this.calls = calls;
    this.shard = shard;
    this.id = setup.id();
    this.line = setup.line();
    this.incoming = setup.incoming();
    this.caller = setup.caller();
    this.callee = setup.callee();
    this.negotiator = setup.negotiator();
    this.start = shard.loop().wallTime();
    this.state = incoming ? CallState.RINGING : CallState.TRYING;
  }

  /** The phone-wide id of this call, stable for its whole life. */
  public long id() {
    return id;
  }

  /** The line the call occupies, 1 to the phone's maximum; freed when the call ends. */
  public int line() {
    return line;
  }

  /** The state now; changes arrive as {@link CallStateChanged} events. */
  public CallState state() {
    return state;
  }

  /** Whether the peer called this phone. */
  public boolean isIncoming() {
    return incoming;
  }

  /** The caller's URI (From). */
  public String caller() {
    return caller;
  }

  /** The callee's URI (To). */
  public String callee() {
    return callee;
  }

  /** The SIP Call-ID, or an empty string for an outgoing call whose INVITE is not yet built. */
  public String callId() {
    return callId;
  }

  /**
   * Completes with this call once it is {@link CallState#CONNECTED}; for an outgoing call, fails
   * with a {@link SipFailureException} carrying the final status (486, 487, 408 on timeout, 503 on
   * a transport failure) if the call ends first.
   */
  public CompletableFuture<Call> connected() {
    return answered;
  }

  /**
   * Ends the call whatever its state: CANCEL before an answer (RFC 3261 §9.1), BYE after (§15.1),
   * 603 Decline for an unanswered incoming call. Does nothing once the call has ended.
   */
  public void hangup() {
    run(() -> session.hangup());
  }

  /**
   * Answers a ringing incoming call with 200 OK and the SDP answer (RFC 3264 §6).
   *
   * @throws IllegalStateException if the call is outgoing or no longer ringing
   */
  public void answer() {
    requireRingingIncoming("answer()");
    run(
        () -> {
          ((ServerInviteSession) session).accept(negotiator);
          if (session.state() == SessionState.CONFIRMED) {
            changeTo(CallState.ANSWERED, 200, "OK", Optional.empty());
          }
        });
  }

  /**
   * Rejects a ringing incoming call with {@code code} (486 Busy Here, 603 Decline...).
   *
   * @throws IllegalArgumentException if {@code code} is not 300 to 699
   * @throws IllegalStateException if the call is outgoing or no longer ringing
   */
  public void reject(int code) {
    if (code < 300 || code > 699) {
      throw new IllegalArgumentException("reject() needs a status from 300 to 699, not " + code);
    }
    requireRingingIncoming("reject(" + code + ")");
    run(() -> ((ServerInviteSession) session).reject(code));
  }

  /**
   * Redirects a ringing incoming call to {@code target} with 302 Moved Temporarily (RFC 3261
   * §21.3.3).
   *
   * @throws IllegalArgumentException if {@code target} is not a SIP URI (named in the message)
   * @throws IllegalStateException if the call is outgoing or no longer ringing
   */
  public void redirect(String target) {
    SipUri uri = Calls.parseTarget(target);
    requireRingingIncoming("redirect()");
    run(() -> ((ServerInviteSession) session).redirect(uri));
  }

  /**
   * Puts the peer on hold with a re-INVITE offering {@code sendonly} (RFC 3264 §8.4).
   *
   * @return completes when the peer accepted (state {@link CallState#HELD}), or fails with a {@link
   *     SipFailureException} carrying the peer's status (the call goes on unchanged)
   * @throws IllegalStateException if the call is not connected
   */
  public CompletableFuture<Void> hold() {
    requireState("hold()", CONFIRMED);
    return modify(MediaIntent.HOLD);
  }

  /**
   * Takes the peer off hold with a re-INVITE offering {@code sendrecv} (RFC 3264 §8.4).
   *
   * @return completes when the peer accepted, or fails with a {@link SipFailureException}
   * @throws IllegalStateException if the call is not {@link CallState#HELD}
   */
  public CompletableFuture<Void> resume() {
    requireState("resume()", EnumSet.of(CallState.HELD));
    return modify(MediaIntent.ACTIVE);
  }

  private CompletableFuture<Void> modify(MediaIntent intent) {
    CompletableFuture<Void> result = new CompletableFuture<>();
    shard
        .loop()
        .execute(
            () -> {
              if (modifying != null) {
                result.completeExceptionally(
                    new IllegalStateException("line " + line + " is already changing its media"));
                return;
              }
              try {
                if (intent == MediaIntent.HOLD) {
                  session.hold();
                } else {
                  session.resume();
                }
                modifying = result;
              } catch (IllegalStateException e) {
                result.completeExceptionally(e);
              }
            });
    return result;
  }

  private void requireRingingIncoming(String what) {
    if (!incoming) {
      throw new IllegalStateException(what + " needs an incoming call; line " + line + " is ours");
    }
    requireState(what, EnumSet.of(CallState.RINGING));
  }

  private void requireState(String what, Set<CallState> allowed) {
    CallState now = state;
    if (!allowed.contains(now)) {
      String needs = allowed.equals(CONFIRMED) ? "a confirmed call" : "a call in state " + allowed;
      throw new IllegalStateException(what + " needs " + needs + "; line " + line + " is " + now);
    }
  }

  /** Runs {@code action} on the loop; a race lost to the peer (already ended) is not an error. */
  private void run(Runnable action) {
    shard
        .loop()
        .execute(
            () -> {
              try {
                action.run();
              } catch (IllegalStateException lostRace) {
                // The peer ended or answered first; the events already say so.
              }
            });
  }

  // ---- on the loop

  void attach(InviteSession newSession) {
    this.session = newSession;
    this.callId = newSession.callId();
  }

  SdpSessionNegotiator negotiator() {
    return negotiator;
  }

  void announce(CallState initial, int status, String reason) {
    changeTo(initial, status, reason, Optional.empty());
  }

  void onSessionEvent(InviteSession source, SessionEvent event) {
    if (event instanceof SessionEvent.Progress p) {
      onProgress(p.status(), p.reason());
    } else if (event instanceof SessionEvent.Confirmed) {
      onConfirmed();
    } else if (event instanceof SessionEvent.Modified m) {
      onModified(m.intent());
    } else if (event instanceof SessionEvent.ModifyFailed f) {
      onModifyFailed(f.status(), f.reason());
    } else if (event instanceof SessionEvent.RemoteModified) {
      onRemoteModified();
    } else if (event instanceof SessionEvent.Ended e) {
      onEnded(e);
    }
  }

  private void onProgress(int status, String reason) {
    CallState next =
        status == 183
            ? CallState.SESSION_PROGRESS
            : status >= 180 ? CallState.RINGING : CallState.TRYING;
    if (next != state) {
      changeTo(next, status, reason, Optional.empty());
    }
  }

  private void onConfirmed() {
    if (!incoming) {
      changeTo(CallState.ANSWERED, 200, "OK", Optional.empty());
    }
    connected = shard.loop().wallTime();
    changeTo(CallState.CONNECTED, 200, "connected", Optional.empty());
    answered.complete(this);
  }

  private void onModified(MediaIntent intent) {
    if (intent == MediaIntent.HOLD) {
      changeTo(CallState.HELD, 200, "held", Optional.empty());
    } else {
      changeTo(CallState.CONNECTED, 200, "resumed", Optional.empty());
    }
    finishModify(null);
  }

  private void onModifyFailed(int status, String reason) {
    finishModify(new SipFailureException(failureCode(status), reason));
  }

  private void finishModify(RuntimeException failure) {
    CompletableFuture<Void> pending = modifying;
    modifying = null;
    if (pending != null) {
      if (failure == null) {
        pending.complete(null);
      } else {
        pending.completeExceptionally(failure);
      }
    }
  }

  private void onRemoteModified() {
    boolean heldByPeer =
        negotiator
            .current()
            .flatMap(n -> n.stream("audio"))
            .map(NegotiatedStream::remoteHold)
            .orElse(false);
    if (heldByPeer && state == CallState.CONNECTED) {
      changeTo(CallState.REMOTELY_HELD, 200, "held by the peer", Optional.empty());
    } else if (!heldByPeer && state == CallState.REMOTELY_HELD) {
      changeTo(CallState.CONNECTED, 200, "resumed by the peer", Optional.empty());
    }
  }

  private void onEnded(SessionEvent.Ended ended) {
    Party by = ended.by() == SessionEvent.Party.LOCAL ? Party.LOCAL : Party.REMOTE;
    changeTo(CallState.ENDED, ended.status(), ended.reason(), Optional.of(by));
    Instant now = shard.loop().wallTime();
    Duration duration = connected == null ? Duration.ZERO : Duration.between(connected, now);
    calls.publish(
        new CallDetailRecord(
            now,
            this,
            caller,
            callee,
            callId,
            start,
            Optional.ofNullable(connected),
            duration,
            ended.status(),
            ended.reason(),
            by));
    answered.completeExceptionally(
        new SipFailureException(failureCode(ended.status()), ended.reason()));
    finishModify(new SipFailureException(481, "the call ended"));
    calls.release(this);
  }

  private static int failureCode(int status) {
    return status >= 300 && status <= 699 ? status : 500;
  }

  private void changeTo(CallState next, int status, String reason, Optional<Party> by) {
    state = next;
    calls.publish(new CallStateChanged(shard.loop().wallTime(), this, next, status, reason, by));
  }

  @Override
  public String toString() {
    return "Call[" + id + ", line " + line + ", " + state + ", " + callId + "]";
  }

  /** What a new call is made of (kept in a record: more than five values). */
  record CallSetup(
      long id,
      int line,
      boolean incoming,
      String caller,
      String callee,
      SdpSessionNegotiator negotiator) {
    CallSetup {
      Objects.requireNonNull(negotiator, "negotiator");
    }
  }
}
