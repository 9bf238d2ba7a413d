package io.parley.sip.archfixture;

import io.parley.sdp.Direction;

/** Breaks a rule on purpose: sip-core code that reads SDP instead of passing bodies on. */
public class KnowsSdp {
  public boolean onHold(String attribute) {
    return !Direction.fromAttribute(attribute).receives();
  }
}
