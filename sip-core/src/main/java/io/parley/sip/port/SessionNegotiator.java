package io.parley.sip.port;

import java.util.Arrays;
import java.util.Objects;

/**
 * The offer/answer engine of one call (RFC 3264), seen from the signalling layer: {@code sip-core}
 * moves bodies between SIP messages and this port without reading them, and the {@code sdp} module
 * implements it.
 *
 * <p>Called on the call's loop only, one call per instance. A body is opaque here: a content type
 * and bytes.
 */
public interface SessionNegotiator {

  /** What the local side wants the media to do, passed with every offer it makes. */
  enum MediaIntent {
    /** Send and receive (a new call, or resuming a held one). */
    ACTIVE,
    /** Put the far end on hold (RFC 3264 §8.4: sendonly, or inactive if already held). */
    HOLD
  }

  /**
   * An offer or answer body.
   *
   * @param contentType the Content-Type, such as {@code application/sdp}
   * @param bytes the body; copied in and out
   */
  record Body(String contentType, byte[] bytes) {

    /**
     * Copies the bytes.
     *
     * @throws NullPointerException if an argument is null
     */
    public Body {
      Objects.requireNonNull(contentType, "contentType");
      bytes = bytes.clone();
    }

    @Override
    public byte[] bytes() {
      return bytes.clone();
    }

    @Override
    public boolean equals(Object o) {
      return o instanceof Body other
          && contentType.equalsIgnoreCase(other.contentType)
          && Arrays.equals(bytes, other.bytes);
    }

    @Override
    public int hashCode() {
      return Arrays.hashCode(bytes);
    }

    @Override
    public String toString() {
      return contentType + " (" + bytes.length + " bytes)";
    }
  }

  /** The result of answering an offer. */
  sealed interface Answer {

    /** The offer was acceptable; {@code body} is the answer to send. */
    record Accepted(Body body) implements Answer {}

    /**
     * The offer cannot be accepted: the request is answered 488 Not Acceptable Here with a Warning
     * (RFC 3261 §21.4.26, §20.43) carrying {@code warnCode} and {@code text}.
     *
     * @param warnCode a warn-code from RFC 3261 §20.43, such as 304 (media type not available) or
     *     305 (incompatible media format)
     * @param text the warn-text, saying what was wrong
     */
    record Rejected(int warnCode, String text) implements Answer {}
  }

  /** The remote answer could not be used; its message says why. */
  final class NegotiationException extends Exception {
    private static final long serialVersionUID = 1L;

    /** An answer that failed for {@code reason}. */
    public NegotiationException(String reason) {
      super(reason);
    }
  }

  /**
   * Makes an offer (RFC 3264 §5) for a new call or a re-INVITE, with the session version
   * incremented whenever the description changes.
   *
   * @param intent send-receive, or hold
   */
  Body createOffer(MediaIntent intent);

  /**
   * Answers the remote offer (RFC 3264 §6). Never throws for bad input: a malformed or unacceptable
   * offer gives {@link Answer.Rejected}.
   */
  Answer answerOffer(Body offer);

  /**
   * Takes the remote answer to this side's last offer (RFC 3264 §5).
   *
   * @throws NegotiationException if the answer is malformed or matches nothing offered; the call is
   *     then ended with BYE (RFC 3261 §13.2.2.4)
   */
  void acceptAnswer(Body answer) throws NegotiationException;
}
