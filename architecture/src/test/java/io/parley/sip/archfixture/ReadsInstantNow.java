package io.parley.sip.archfixture;

import java.time.Instant;

/** Breaks a rule on purpose: a sip-core class that asks java.time for the current instant. */
public class ReadsInstantNow {
  public Instant now() {
    return Instant.now();
  }
}
