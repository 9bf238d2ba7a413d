package io.parley.sdp.offeranswer;

import io.parley.sdp.SdpException;

/**
 * An offer that cannot be answered or an answer that does not fit its offer (RFC 3264 §6, §7).
 *
 * <p>A UAS answers such an offer with {@code 488 Not Acceptable Here} and {@link #warning()}, for
 * example {@code 399 parley "no common codec"}.
 */
public final class OfferAnswerException extends SdpException {

  private static final long serialVersionUID = 1L;

  /**
   * Creates the exception.
   *
   * @param reason the short cause for the Warning header, e.g. {@code no common codec}
   */
  public OfferAnswerException(String reason) {
    super(reason, "SDP offer/answer failed: " + reason);
  }
}
