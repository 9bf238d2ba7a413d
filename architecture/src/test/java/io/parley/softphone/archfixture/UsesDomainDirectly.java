package io.parley.softphone.archfixture;

import io.parley.sip.port.Loop;

/** Breaks a rule on purpose: the softphone reaching past api into sip-core. */
public class UsesDomainDirectly {
  public long now(Loop loop) {
    return loop.nanoTime();
  }
}
