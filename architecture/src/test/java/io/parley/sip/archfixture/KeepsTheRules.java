package io.parley.sip.archfixture;

import java.time.Duration;

/** A sip-core class that keeps every rule: time comes in as an argument. */
public class KeepsTheRules {
  public Duration timerB(Duration t1) {
    return t1.multipliedBy(64);
  }
}
