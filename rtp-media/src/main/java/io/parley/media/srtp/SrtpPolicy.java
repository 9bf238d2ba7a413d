package io.parley.media.srtp;

/**
 * Whether a call uses SRTP, in the spirit of PortSIP's SRTP_POLICY: never, when the far end agrees,
 * or always.
 */
public enum SrtpPolicy {
  /** Plain RTP only: offers RTP/AVP without crypto attributes; ignores offered keys. */
  NONE,
  /** Offers RTP/AVP with crypto attributes; uses SRTP when the far end answers with a key. */
  PREFER,
  /** Offers RTP/SAVP; an offer or answer without usable keys fails the call with 488. */
  REQUIRE;

  /** What to do with an incoming offer. */
  public enum Decision {
    /** Answer with plain RTP. */
    PLAIN,
    /** Answer with SRTP, using one of the offered crypto attributes. */
    SECURE,
    /** Reject the offer: 488 Not Acceptable Here (RFC 3261 §21.4.26). */
    REJECT_488
  }

  /**
   * Decides how to answer an offer.
   *
   * @param offerHasUsableKey whether the offer carries a crypto attribute with a supported suite
   * @return the decision; {@link Decision#REJECT_488} only for {@link #REQUIRE} and a plain offer
   */
  public Decision answer(boolean offerHasUsableKey) {
    return switch (this) {
      case NONE -> Decision.PLAIN;
      case PREFER -> offerHasUsableKey ? Decision.SECURE : Decision.PLAIN;
      case REQUIRE -> offerHasUsableKey ? Decision.SECURE : Decision.REJECT_488;
    };
  }

  /** Returns the SDP transport protocol an offer under this policy uses. */
  public String offerProtocol() {
    return this == REQUIRE ? "RTP/SAVP" : "RTP/AVP";
  }

  /** Returns true if offers under this policy carry crypto attributes. */
  public boolean offersKeys() {
    return this != NONE;
  }
}
