package io.parley.api;

import java.time.Duration;
import java.time.Instant;
import java.util.Objects;
import java.util.Optional;

/**
 * The record of one ended call, as JVoIP's CDR notification gives it; every call produces exactly
 * one, right after its {@link CallState#ENDED} change.
 *
 * @param at when the call ended
 * @param call the call
 * @param caller the From URI
 * @param callee the To URI
 * @param callId the SIP Call-ID
 * @param start when the call was placed or arrived
 * @param connected when it was answered, if it was
 * @param duration from answer to end (zero if never answered)
 * @param disconnectCode the SIP status that ended it (200 for a BYE, 487 for a cancel, the error)
 * @param reason why it ended, in words
 * @param disconnectedBy which side ended it
 */
public record CallDetailRecord(
    Instant at,
    Call call,
    String caller,
    String callee,
    String callId,
    Instant start,
    Optional<Instant> connected,
    Duration duration,
    int disconnectCode,
    String reason,
    Party disconnectedBy)
    implements PhoneEvent {

  /** Checks that nothing is null. */
  public CallDetailRecord {
    Objects.requireNonNull(at, "at");
    Objects.requireNonNull(call, "call");
    Objects.requireNonNull(caller, "caller");
    Objects.requireNonNull(callee, "callee");
    Objects.requireNonNull(callId, "callId");
    Objects.requireNonNull(start, "start");
    Objects.requireNonNull(connected, "connected");
    Objects.requireNonNull(duration, "duration");
    Objects.requireNonNull(reason, "reason");
    Objects.requireNonNull(disconnectedBy, "disconnectedBy");
  }
}
