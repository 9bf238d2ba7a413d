package io.parley.sip.session;

/**
 * Where an INVITE session is. The names follow RFC 3261 §13 and the dialog states of §12; {@link
 * #INCOMING} is not an RFC name: a UAS session that has not yet answered.
 */
public enum SessionState {
  /** UAC: the INVITE is sent and nothing has come back. */
  CALLING,
  /** UAC: a provisional response without a To tag (typically 100 Trying) arrived. */
  PROCEEDING,
  /** UAS (not an RFC name): a new INVITE arrived and is not yet answered. */
  INCOMING,
  /** An early dialog exists: a 101-199 with a To tag was received (UAC) or sent (UAS). */
  EARLY,
  /** A 2xx was received (UAC) or sent (UAS): the dialog is confirmed. */
  CONFIRMED,
  /** A CANCEL was sent and the final response to the INVITE is awaited. */
  TERMINATING,
  /** The session has ended; {@link SessionEvent.Ended} said how. */
  TERMINATED
}
