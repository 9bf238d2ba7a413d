package io.parley.sip.registration;

/** Where a registration stands. */
public enum RegistrationState {
  /** Not registered and not trying (before start, after unregistering, or given up). */
  UNREGISTERED,
  /** A REGISTER is on its way (first registration, refresh after failure, or 401/423 retry). */
  REGISTERING,
  /** The registrar accepted the binding; it is refreshed before it expires. */
  REGISTERED,
  /** A REGISTER with expires 0 is on its way. */
  UNREGISTERING,
  /** The last attempt failed; another is scheduled unless the failure was final. */
  FAILED
}
