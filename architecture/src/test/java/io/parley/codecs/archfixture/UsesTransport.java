package io.parley.codecs.archfixture;

import io.parley.transport.ListenAddress;

/** Breaks a rule on purpose: one adapter (codecs) depending on another (transport). */
public class UsesTransport {
  public boolean ipv6(String text) {
    return ListenAddress.parse(text).isIpv6();
  }
}
