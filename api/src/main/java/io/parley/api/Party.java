package io.parley.api;

/** Which side of a call did something (who ended it, in {@link CallStateChanged}). */
public enum Party {
  /** This phone: hang-up, cancel, reject, or a local failure such as a timeout (408). */
  LOCAL,
  /** The peer: BYE, CANCEL, or a final error response. */
  REMOTE
}
