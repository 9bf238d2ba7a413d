package io.parley.api;

/**
 * A SIP operation failed with a final response, or with a locally generated status that stands for
 * a timeout or transport error (408, 503) as RFC 3261 §8.1.3.1 and §17.1.1.2 prescribe. Futures
 * returned by the public API complete exceptionally with this exception.
 */
public final class SipFailureException extends RuntimeException {

  private static final long serialVersionUID = 1L;

  private final int statusCode;
  private final String reasonPhrase;

  /**
   * @param statusCode the SIP status code, 300 to 699
   * @param reasonPhrase the reason phrase as received, or the standard one if generated locally
   * @throws IllegalArgumentException if {@code statusCode} is not a final non-2xx code
   */
  public SipFailureException(int statusCode, String reasonPhrase) {
    super(statusCode + " " + reasonPhrase);
    if (statusCode < 300 || statusCode > 699) {
      throw new IllegalArgumentException(
          "a SIP failure needs a status code from 300 to 699, not " + statusCode);
    }
    this.statusCode = statusCode;
    this.reasonPhrase = reasonPhrase;
  }

  /** The SIP status code (300 to 699). */
  public int statusCode() {
    return statusCode;
  }

  /** The reason phrase. */
  public String reasonPhrase() {
    return reasonPhrase;
  }
}
