package io.parley.sip.archfixture.cycle.b;

import io.parley.sip.archfixture.cycle.a.A;

/** Breaks a rule on purpose: the other half of a package cycle. */
public class B {
  public A back() {
    return new A();
  }
}
