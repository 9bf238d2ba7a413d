package io.parley.sip.session;

import io.parley.sip.dialog.Dialog;
import io.parley.sip.header.HeaderName;
import io.parley.sip.header.HeaderType;
import io.parley.sip.header.Headers;
import io.parley.sip.header.ParameterizedValue;
import io.parley.sip.message.SipMessage;
import io.parley.sip.message.SipResponse;
import io.parley.sip.port.Loop;
import io.parley.sip.transaction.ClientTransaction;
import java.time.Duration;
import java.util.Optional;

/**
 * The running session timer of one session (RFC 4028 §10): the refresher refreshes at half the
 * interval; the other side ends the session with BYE if no refresh came by the interval minus the
 * smaller of 32 s and a third of it.
 */
final class SessionTimer {

  private static final Duration MAX_MARGIN = Duration.ofSeconds(32);

  private final InviteSession session;
  private final UserAgentCore core;
  private Duration interval;
  private boolean weRefresh;
  private Loop.Timer timer;

  SessionTimer(InviteSession session) {
    this.session = session;
    this.core = session.core;
  }

  void start(Duration newInterval, boolean refresher) {
    this.interval = newInterval;
    this.weRefresh = refresher;
    restart();
  }

  /** A refresh succeeded (sent or received): the interval starts again. */
  void restart() {
    stop();
    if (weRefresh) {
      timer = core.loop().schedule(interval.dividedBy(2), this::refresh);
    } else {
      Duration third = interval.dividedBy(3);
      Duration margin = third.compareTo(MAX_MARGIN) < 0 ? third : MAX_MARGIN;
      timer = core.loop().schedule(interval.minus(margin), this::expire);
    }
  }

  /** A refresh got a final response: a 2xx may set a new interval and refresher. */
  void refreshed(SipResponse response) {
    var se = sessionExpires(response);
    if (se.isPresent() && response.statusCode() < 300) {
      // refresher=uac names this side: it sent the refresh
      start(Duration.ofSeconds(se.get().seconds()), !"uas".equals(se.get().parameter("refresher")));
    } else {
      restart();
    }
  }

  private void refresh() {
    if (session.state != SessionState.CONFIRMED) {
      return;
    }
    if (session.busy()) {
      restart(); // an offer is in flight; try again later
      return;
    }
    if (!session.peerAllowsUpdate) {
      session.reInvites().send(session.mediaIntent(), true);
      return;
    }
    session.refreshing(true);
    Dialog dialog = session.dialog;
    core.resolve(
        dialog.nextHop(),
        target ->
            core.layer()
                .sendRequest(
                    dialog
                        .newRequest("UPDATE", core.via(target))
                        .add(HeaderName.SESSION_EXPIRES, header(true))
                        .add(HeaderName.SUPPORTED, "timer")
                        .add(HeaderName.CONTACT, core.contact(target.transport()))
                        .build(),
                    target,
                    new RefreshListener()),
        reason -> session.refreshing(false));
  }

  private void expire() {
    if (session.state == SessionState.CONFIRMED) {
      session.bye(); // RFC 4028 §10
      session.end(
          408, "the session expired without a refresh (RFC 4028)", SessionEvent.Party.LOCAL);
    }
  }

  /** The outcome of an UPDATE refresh: 481 or 408 end the session, anything else renews it. */
  private final class RefreshListener implements ClientTransaction.Listener {
    @Override
    public void onResponse(ClientTransaction transaction, SipResponse response) {
      int code = response.statusCode();
      if (code < 200 || session.state == SessionState.TERMINATED) {
        return;
      }
      session.refreshing(false);
      if (code == 481 || code == 408) {
        session.end(code, "session refresh answered " + code, SessionEvent.Party.REMOTE);
      } else {
        refreshed(response);
      }
    }

    @Override
    public void onTimeout(ClientTransaction transaction) {
      failed(408, "no response to the session refresh");
    }

    @Override
    public void onTransportError(ClientTransaction transaction, String reason) {
      failed(503, reason);
    }

    private void failed(int code, String reason) {
      session.refreshing(false);
      session.bye();
      session.end(code, reason, SessionEvent.Party.LOCAL);
    }
  }

  void stop() {
    if (timer != null) {
      timer.cancel();
      timer = null;
    }
  }

  boolean weRefresh() {
    return weRefresh;
  }

  /**
   * The Session-Expires value for a request or response of a refresh transaction; the refresher
   * parameter names that transaction's UAC or UAS (RFC 4028 §4).
   */
  String header(boolean uacOfTransactionRefreshes) {
    return interval.getSeconds() + ";refresher=" + (uacOfTransactionRefreshes ? "uac" : "uas");
  }

  /** A Session-Expires or Min-SE header that is present and numeric. */
  static Optional<ParameterizedValue> read(
      SipMessage message, HeaderType<ParameterizedValue> type) {
    try {
      Optional<ParameterizedValue> v = message.first(type);
      return v.filter(p -> p.value().chars().allMatch(Character::isDigit));
    } catch (io.parley.sip.syntax.SipParseException e) {
      return Optional.empty();
    }
  }

  static Optional<ParameterizedValue> sessionExpires(SipMessage message) {
    return read(message, Headers.SESSION_EXPIRES);
  }

  static boolean supportsTimer(SipMessage message) {
    try {
      return message.all(Headers.SUPPORTED).stream().anyMatch("timer"::equalsIgnoreCase)
          || message.all(Headers.REQUIRE).stream().anyMatch("timer"::equalsIgnoreCase);
    } catch (io.parley.sip.syntax.SipParseException e) {
      return false;
    }
  }
}
