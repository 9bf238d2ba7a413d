package io.parley.sip.archfixture;

import io.parley.transport.ListenAddress;

/** Breaks a rule on purpose: the domain reaching out to an adapter. */
public class UsesTransport {
  public int port(String text) {
    return ListenAddress.parse(text).port();
  }
}
