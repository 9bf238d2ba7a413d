package io.parley.sip.session;

import io.parley.sip.header.HeaderName;
import io.parley.sip.message.SipResponse;
import io.parley.sip.port.Loop;
import io.parley.sip.port.ResolvedTarget;
import io.parley.sip.port.SessionNegotiator.Body;
import io.parley.sip.port.SessionNegotiator.MediaIntent;
import io.parley.sip.transaction.ClientTransaction;
import java.time.Duration;

/**
 * The re-INVITEs one session sends (RFC 3261 §14.1): one at a time, ACKed on 2xx, retried after a
 * 491 with the randomised delay of §14.1, and ending the dialog on 481 or 408 (§12.2.1.2). Also
 * carries session-timer refreshes when the peer does not allow UPDATE (RFC 4028 §7.4).
 */
final class ReInviteClient {

  private final InviteSession session;
  private final UserAgentCore core;
  private boolean pending;
  private ClientTransaction inFlight;
  private Loop.Timer glareTimer;
  private String glareMethod = "INVITE";

  ReInviteClient(InviteSession session) {
    this.session = session;
    this.core = session.core;
  }

  /** Whether an offer of this side (re-INVITE or UPDATE refresh) awaits its final response. */
  boolean pending() {
    return pending;
  }

  void pending(boolean inFlight) {
    pending = inFlight;
  }

  /** Sends a re-INVITE with the negotiator's offer for {@code wanted}. */
  void send(MediaIntent wanted, boolean refresh) {
    send("INVITE", wanted, refresh);
  }

  /**
   * Sends an INVITE or an UPDATE (RFC 3311 §5.1) with the negotiator's offer for {@code wanted}.
   */
  void send(String method, MediaIntent wanted, boolean refresh) {
    cancelGlareTimer();
    pending = true;
    Body offer = session.negotiator.createOffer(wanted);
    core.resolve(
        session.dialog.nextHop(),
        target -> {
          if (session.state != SessionState.CONFIRMED) {
            pending = false;
            return;
          }
          var reInvite =
              session
                  .dialog
                  .newRequest(method, core.via(target))
                  .add(HeaderName.CONTACT, core.contact(target.transport()))
                  .add(HeaderName.ALLOW, UserAgentCore.ALLOW)
                  .body(offer.contentType(), offer.bytes());
          session
              .sessionTimer()
              .ifPresent(
                  timer -> {
                    reInvite.add(HeaderName.SESSION_EXPIRES, timer.header(timer.weRefresh()));
                    reInvite.add(HeaderName.SUPPORTED, "timer");
                  });
          inFlight =
              core.layer()
                  .sendRequest(
                      reInvite.build(), target, new Outcome(method, wanted, target, refresh));
        },
        reason -> {
          pending = false;
          session.emit(new SessionEvent.ModifyFailed(503, reason));
        });
  }

  /** The session ended: no glare retry. */
  void stop() {
    cancelGlareTimer();
  }

  private void cancelGlareTimer() {
    if (glareTimer != null) {
      glareTimer.cancel();
      glareTimer = null;
    }
  }

  /**
   * §14.1: after a 491, the owner of the Call-ID waits 2.1 to 4 s, the other side 0 to 2 s, in
   * steps of 10 ms, so the two retries do not collide again.
   */
  private Duration glareDelay() {
    var random = core.config().random();
    long steps = session.ownsCallId() ? 210 + random.nextInt(191) : random.nextInt(201);
    return Duration.ofMillis(steps * 10);
  }

  private void retryAfterGlare(MediaIntent wanted) {
    glareTimer = null;
    if (session.state != SessionState.CONFIRMED) {
      return;
    }
    if (session.busy()) {
      session.emit(new SessionEvent.ModifyFailed(491, "the peer's re-INVITE is still in progress"));
      return;
    }
    send(glareMethod, wanted, false);
  }

  /** What happens to one re-INVITE or UPDATE. */
  private final class Outcome implements ClientTransaction.Listener {
    private final String method;
    private final MediaIntent wanted;
    private final ResolvedTarget target;
    private final boolean refresh;

    Outcome(String method, MediaIntent wanted, ResolvedTarget target, boolean refresh) {
      this.method = method;
      this.wanted = wanted;
      this.target = target;
      this.refresh = refresh;
    }

    @Override
    public void onResponse(ClientTransaction transaction, SipResponse response) {
      int code = response.statusCode();
      if (code < 200 || session.state == SessionState.TERMINATED) {
        return;
      }
      if (transaction != inFlight) {
        session.onInvite2xxRetransmission(response); // RFC 6026 §7.2: re-ACK every 2xx
        return;
      }
      inFlight = null;
      pending = false;
      if (code < 300) {
        accepted(response);
      } else if (code == 491) {
        glareMethod = method;
        glareTimer = core.loop().schedule(glareDelay(), () -> retryAfterGlare(wanted));
      } else if (code == 481 || code == 408) {
        session.emit(new SessionEvent.ModifyFailed(code, response.reasonPhrase()));
        if (code == 408) {
          session.bye(); // §12.2.1.2
        }
        session.end(
            code, method + " answered " + code + "; the dialog is gone", SessionEvent.Party.REMOTE);
      } else if (refresh) {
        session.refreshed(response); // the peer is alive; the session goes on (RFC 4028 §10)
      } else {
        session.emit(new SessionEvent.ModifyFailed(code, response.reasonPhrase()));
      }
    }

    private void accepted(SipResponse response) {
      if (method.equals("INVITE")) {
        session.sendAck(response, target, null);
      }
      session.dialog.refreshTarget(response);
      if (session.takeAnswer(response)) {
        session.refreshed(response);
        session.intent(wanted);
        if (!refresh) {
          session.emit(new SessionEvent.Modified(wanted));
        }
      }
    }

    @Override
    public void onTimeout(ClientTransaction transaction) {
      failed(transaction, 408, "no response to the " + method);
    }

    @Override
    public void onTransportError(ClientTransaction transaction, String reason) {
      failed(transaction, 503, reason);
    }

    private void failed(ClientTransaction transaction, int code, String reason) {
      if (transaction != inFlight || session.state == SessionState.TERMINATED) {
        return;
      }
      inFlight = null;
      pending = false;
      session.emit(new SessionEvent.ModifyFailed(code, reason));
      session.bye();
      session.end(code, reason, SessionEvent.Party.LOCAL);
    }
  }
}
