package io.parley.api;

/**
 * Where a {@link Call} is, in the vocabulary of PortSIP's and JVoIP's call status callbacks. The
 * signalling behind each state is that of RFC 3261 §13 (and RFC 3264 §8.4 for hold).
 */
public enum CallState {
  /** Outgoing: the INVITE is sent, nothing (or only 100 Trying) has come back. */
  TRYING,
  /**
   * Outgoing: the callee is alerted (180); incoming: this phone sent 180 and waits for answer().
   */
  RINGING,
  /** Outgoing: 183 Session Progress arrived (early media may follow). */
  SESSION_PROGRESS,
  /** A 2xx was received (outgoing) or sent (incoming); the ACK is not yet through. */
  ANSWERED,
  /** The dialog is confirmed: the 2xx was acknowledged and the call is up. */
  CONNECTED,
  /** This phone put the peer on hold (our offer was sendonly) and the peer accepted. */
  HELD,
  /** The peer put this phone on hold (its offer was sendonly or inactive). */
  REMOTELY_HELD,
  /** The call is over; {@link CallStateChanged} says with which code and who ended it. */
  ENDED
}
