package io.parley.sip.archfixture.cycle.a;

import io.parley.sip.archfixture.cycle.b.B;

/** Breaks a rule on purpose: half of a package cycle. */
public class A {
  public B next() {
    return new B();
  }
}
