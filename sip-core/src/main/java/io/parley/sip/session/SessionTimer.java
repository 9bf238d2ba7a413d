package io.parley.sip.session;

import io.parley.sip.header.HeaderType;
import io.parley.sip.header.Headers;
import io.parley.sip.header.ParameterizedValue;
import io.parley.sip.message.SipMessage;
import io.parley.sip.port.Loop;
import java.time.Duration;
import java.util.Optional;

/**
 * The running session timer of one session (RFC 4028 §10): the refresher refreshes at half the
 * interval; the other side ends the session with BYE if no refresh came by the interval minus the
 * smaller of 32 s and a third of it.
 */
final class SessionTimer {

  private static final Duration MAX_MARGIN = Duration.ofSeconds(32);

  private final UserAgentCore core;
  private final Runnable refresh;
  private final Runnable expire;
  private Duration interval;
  private boolean weRefresh;
  private Loop.Timer timer;

  SessionTimer(UserAgentCore core, Runnable refresh, Runnable expire) {
    this.core = core;
    this.refresh = refresh;
    this.expire = expire;
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
      timer = core.loop().schedule(interval.dividedBy(2), refresh);
    } else {
      Duration third = interval.dividedBy(3);
      Duration margin = third.compareTo(MAX_MARGIN) < 0 ? third : MAX_MARGIN;
      timer = core.loop().schedule(interval.minus(margin), expire);
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
