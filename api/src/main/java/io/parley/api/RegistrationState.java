package io.parley.api;

/** Where an account's registration stands (RFC 3261 §10). */
public enum RegistrationState {
  /** Not registered and not trying: before registering, after unregistering, or given up. */
  UNREGISTERED,
  /** A REGISTER is on its way. */
  REGISTERING,
  /** The registrar accepted the binding; Parley refreshes it before it expires. */
  REGISTERED,
  /** A REGISTER with expires 0 is on its way. */
  UNREGISTERING,
  /** The last attempt failed; the event says whether and when Parley retries. */
  FAILED
}
