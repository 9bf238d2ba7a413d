package io.parley.sip.session;

import io.parley.sip.dialog.DialogId;
import io.parley.sip.port.SessionNegotiator;
import java.util.Optional;

/** What an {@link InviteSession} reports to its {@link SessionListener}, on the loop thread. */
public sealed interface SessionEvent {

  /** Which side ended a session. */
  enum Party {
    /** This user agent (hang-up, cancel, reject, or a local failure such as a timeout). */
    LOCAL,
    /** The peer (BYE, CANCEL, or a final error response). */
    REMOTE
  }

  /**
   * UAC: a provisional response (RFC 3261 §13.2.2.1): 100 Trying, 180 Ringing, 183 Session
   * Progress.
   *
   * @param dialog the early dialog it created, if it had a To tag (one per fork)
   * @param earlyMedia the body of a 18x (early media answer), if any
   */
  record Progress(
      int status,
      String reason,
      Optional<DialogId> dialog,
      Optional<SessionNegotiator.Body> earlyMedia)
      implements SessionEvent {}

  /** The dialog is confirmed: the UAC got a 2xx and sent its ACK, or the UAS got the ACK. */
  record Confirmed(DialogId dialog) implements SessionEvent {}

  /** A re-INVITE this side sent (hold or resume) succeeded (RFC 3261 §14.1). */
  record Modified(SessionNegotiator.MediaIntent intent) implements SessionEvent {}

  /** A re-INVITE this side sent failed; the session continues unchanged (RFC 3261 §14.1). */
  record ModifyFailed(int status, String reason) implements SessionEvent {}

  /** The peer changed the session (re-INVITE or UPDATE) and the negotiator answered it. */
  record RemoteModified() implements SessionEvent {}

  /**
   * The session is over.
   *
   * @param status the SIP status that ended it (200 for a BYE, 487 for a cancel, the final error
   *     response, 408 for a timeout)
   * @param reason why, in words
   * @param by which side ended it
   */
  record Ended(int status, String reason, Party by) implements SessionEvent {}
}
