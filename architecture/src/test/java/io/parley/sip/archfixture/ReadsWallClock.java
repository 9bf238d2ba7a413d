package io.parley.sip.archfixture;

/** Breaks a rule on purpose: a sip-core class that reads the wall clock. */
public class ReadsWallClock {
  public long now() {
    return System.currentTimeMillis();
  }
}
