package io.parley.sip.session;

import java.time.Duration;
import java.util.Objects;

/**
 * Session timers (RFC 4028): how long a session lives without a refresh, and the shortest interval
 * accepted from the peer.
 *
 * @param sessionExpires the Session-Expires to ask for, or zero to leave session timers off
 * @param minSe the smallest Session-Expires accepted (Min-SE, at least 90 s, RFC 4028 §5)
 */
public record SessionTimerConfig(Duration sessionExpires, Duration minSe) {

  /** Session timers off: no Session-Expires is sent and the peer's is ignored. */
  public static final SessionTimerConfig DISABLED =
      new SessionTimerConfig(Duration.ZERO, Duration.ofSeconds(90));

  /**
   * Checks the values.
   *
   * @throws IllegalArgumentException if Min-SE is below 90 s or Session-Expires is below Min-SE
   */
  public SessionTimerConfig {
    Objects.requireNonNull(sessionExpires, "sessionExpires");
    Objects.requireNonNull(minSe, "minSe");
    if (minSe.getSeconds() < 90) {
      throw new IllegalArgumentException("Min-SE must be at least 90 s (RFC 4028 §5): " + minSe);
    }
    if (!sessionExpires.isZero() && sessionExpires.compareTo(minSe) < 0) {
      throw new IllegalArgumentException(
          "Session-Expires " + sessionExpires + " is below Min-SE " + minSe);
    }
  }

  /** Whether session timers are on. */
  public boolean enabled() {
    return !sessionExpires.isZero();
  }
}
