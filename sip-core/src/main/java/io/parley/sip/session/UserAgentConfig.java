package io.parley.sip.session;

import io.parley.sip.syntax.Lexer;
import io.parley.sip.transaction.TransactionTimers;
import java.util.Objects;
import java.util.random.RandomGenerator;

/**
 * How a {@link UserAgentCore} behaves.
 *
 * @param contactUser the user part of the Contact it puts in INVITEs and 2xx responses
 * @param timers T1, T2, T4 (the 2xx retransmission of RFC 3261 §13.3.1.4 uses T1 and T2)
 * @param maxRedirects how many 3xx responses one call follows before failing (RFC 3261 §8.1.3.4)
 * @param random the source of Call-IDs, tags and glare retry delays (SecureRandom in production)
 * @param rel100 whether reliable provisional responses are offered or required (RFC 3262)
 * @param sessionTimer session timer settings (RFC 4028), or {@link SessionTimerConfig#DISABLED}
 */
public record UserAgentConfig(
    String contactUser,
    TransactionTimers timers,
    int maxRedirects,
    RandomGenerator random,
    Rel100 rel100,
    SessionTimerConfig sessionTimer) {

  /**
   * Checks the values.
   *
   * @throws IllegalArgumentException if the user is not a token or maxRedirects is negative
   */
  public UserAgentConfig {
    Objects.requireNonNull(contactUser, "contactUser");
    Objects.requireNonNull(timers, "timers");
    Objects.requireNonNull(random, "random");
    Objects.requireNonNull(rel100, "rel100");
    Objects.requireNonNull(sessionTimer, "sessionTimer");
    if (!Lexer.isToken(contactUser)) {
      throw new IllegalArgumentException("contactUser must be a token: '" + contactUser + "'");
    }
    if (maxRedirects < 0) {
      throw new IllegalArgumentException("maxRedirects must not be negative: " + maxRedirects);
    }
  }
}
