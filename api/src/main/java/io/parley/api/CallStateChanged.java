package io.parley.api;

import java.time.Instant;
import java.util.Objects;
import java.util.Optional;

/**
 * A call moved to a new state (JVoIP's call status notification).
 *
 * @param at when it happened
 * @param call the call
 * @param state the new state
 * @param statusCode the SIP status behind the change (180, 183, 200, the final error, 487 for a
 *     cancelled call, 408 for a timeout), or 0 when none
 * @param reason the reason phrase, or a sentence saying what happened
 * @param endedBy who ended the call; present only when {@code state} is {@link CallState#ENDED}
 */
public record CallStateChanged(
    Instant at, Call call, CallState state, int statusCode, String reason, Optional<Party> endedBy)
    implements PhoneEvent {

  /** Checks that nothing is null. */
  public CallStateChanged {
    Objects.requireNonNull(at, "at");
    Objects.requireNonNull(call, "call");
    Objects.requireNonNull(state, "state");
    Objects.requireNonNull(reason, "reason");
    Objects.requireNonNull(endedBy, "endedBy");
  }
}
