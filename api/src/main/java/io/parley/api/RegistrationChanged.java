package io.parley.api;

import java.time.Duration;
import java.time.Instant;
import java.util.Objects;

/**
 * An account's registration changed (PortSIP's onRegisterSuccess / onRegisterFailure, JVoIP's
 * REGISTER status).
 *
 * @param at when it happened
 * @param account the account's address of record, e.g. {@code sip:alice@example.com}
 * @param state the new state
 * @param statusCode the SIP status behind the change (200 when registered; the failure's code; 408
 *     for a timeout; 503 for a transport or DNS failure), or 0 when none
 * @param reason the reason phrase, or a sentence saying what failed
 * @param expires the lifetime the registrar granted (zero unless registered)
 * @param retryIn when Parley tries again after a failure (zero when it will not)
 */
public record RegistrationChanged(
    Instant at,
    String account,
    RegistrationState state,
    int statusCode,
    String reason,
    Duration expires,
    Duration retryIn)
    implements PhoneEvent {

  /** Checks that nothing is null. */
  public RegistrationChanged {
    Objects.requireNonNull(at, "at");
    Objects.requireNonNull(account, "account");
    Objects.requireNonNull(state, "state");
    Objects.requireNonNull(reason, "reason");
    Objects.requireNonNull(expires, "expires");
    Objects.requireNonNull(retryIn, "retryIn");
  }
}
