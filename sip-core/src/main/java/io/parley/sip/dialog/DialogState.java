package io.parley.sip.dialog;

/** The states of a dialog (RFC 3261 §12). */
public enum DialogState {
  /** Created by a provisional response with a To tag (§12.1). */
  EARLY,
  /** Created or confirmed by a 2xx (§12.1). */
  CONFIRMED,
  /** Ended by BYE, a failure of the INVITE, or a 481/408 to a request inside it (§12.3). */
  TERMINATED
}
