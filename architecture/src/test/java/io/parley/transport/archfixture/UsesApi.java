package io.parley.transport.archfixture;

import io.parley.api.SipFailureException;

/** Breaks a rule on purpose: an adapter depending on the facade. */
public class UsesApi {
  public RuntimeException timeout() {
    return new SipFailureException(408, "Request Timeout");
  }
}
