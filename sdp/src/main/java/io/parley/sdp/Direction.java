package io.parley.sdp;

import java.util.Locale;

/**
 * A media stream's direction attribute (RFC 8866 §6.7, RFC 3264 §5.1 and §6.1).
 *
 * <p>Hold is expressed with these: the side that holds offers {@link #SENDONLY} (or {@link
 * #INACTIVE} if it was already receive-only), and the answerer replies with the direction {@link
 * #answerTo} gives.
 */
public enum Direction {
  SENDRECV(true, true),
  SENDONLY(true, false),
  RECVONLY(false, true),
  INACTIVE(false, false);

  private final boolean sends;
  private final boolean receives;

  Direction(boolean sends, boolean receives) {
    this.sends = sends;
    this.receives = receives;
  }

  /** Whether the side that wrote this attribute sends media. */
  public boolean sends() {
    return sends;
  }

  /** Whether the side that wrote this attribute receives media. */
  public boolean receives() {
    return receives;
  }

  /** The attribute name as it appears after {@code a=}. */
  public String attribute() {
    return name().toLowerCase(Locale.ROOT);
  }

  /**
   * The direction an answerer that is willing to send and receive puts in its answer (RFC 3264
   * §6.1): an offer to send only is answered receive-only, and so on.
   *
   * @param localSendrecvAllowed {@code false} when the answerer itself holds the call; the answer
   *     then never receives more than the answerer wants
   */
  public Direction answerTo(boolean localSendrecvAllowed) {
    Direction mirrored = of(receives, sends);
    if (localSendrecvAllowed) {
      return mirrored;
    }
    return of(mirrored.sends, false);
  }

  /** The direction with the given capabilities. */
  public static Direction of(boolean sends, boolean receives) {
    if (sends) {
      return receives ? SENDRECV : SENDONLY;
    }
    return receives ? RECVONLY : INACTIVE;
  }

  /**
   * The direction named by an SDP attribute, case-sensitively as RFC 8866 spells it.
   *
   * @throws IllegalArgumentException if {@code attribute} is not one of the four names
   */
  public static Direction fromAttribute(String attribute) {
    switch (attribute) {
      case "sendrecv":
        return SENDRECV;
      case "sendonly":
        return SENDONLY;
      case "recvonly":
        return RECVONLY;
      case "inactive":
        return INACTIVE;
      default:
        throw new IllegalArgumentException(
            "not an SDP direction attribute: '"
                + attribute
                + "' (expected sendrecv, sendonly, recvonly or inactive)");
    }
  }
}
