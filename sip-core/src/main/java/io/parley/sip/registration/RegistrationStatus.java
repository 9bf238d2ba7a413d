package io.parley.sip.registration;

import java.time.Duration;
import java.util.Objects;

/**
 * One change of a registration's state, as its listener hears it.
 *
 * @param state the new state
 * @param statusCode the SIP status that caused it (200 when registered, the failure's code, 408 for
 *     a timeout, 503 for a transport or DNS failure), or 0 when no response was involved
 * @param reason the reason phrase, or a sentence saying what failed
 * @param expires the binding lifetime the registrar granted (zero unless registered)
 * @param retryIn when the next attempt is due after a failure (zero if none is scheduled)
 */
public record RegistrationStatus(
    RegistrationState state, int statusCode, String reason, Duration expires, Duration retryIn) {

  /** Checks that nothing is null. */
  public RegistrationStatus {
    Objects.requireNonNull(state, "state");
    Objects.requireNonNull(reason, "reason");
    Objects.requireNonNull(expires, "expires");
    Objects.requireNonNull(retryIn, "retryIn");
  }
}
