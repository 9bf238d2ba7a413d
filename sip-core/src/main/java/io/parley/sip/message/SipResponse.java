package io.parley.sip.message;

/**
 * A SIP response (RFC 3261 §7.2): status code, reason phrase, headers, body.
 *
 * <p>Build the response to a request with {@link #builder(SipRequest, int)}, which copies the
 * headers RFC 3261 §8.2.6.2 requires.
 */
public final class SipResponse extends SipMessage {

  private final int statusCode;
  private final String reasonPhrase;

  SipResponse(Frame f, int statusCode, String reasonPhrase) {
    super(f);
    this.statusCode = statusCode;
    this.reasonPhrase = reasonPhrase;
  }

  /**
   * Starts a response to {@code request} (RFC 3261 §8.2.6): copies every Via in order, From, To,
   * Call-ID and CSeq, plus Timestamp for a 100 (§8.2.6.1), and uses the standard reason phrase. Add
   * a To tag with {@link ResponseBuilder#toTag(String)}.
   *
   * @throws IllegalArgumentException if {@code statusCode} is not 100 to 699
   */
  public static ResponseBuilder builder(SipRequest request, int statusCode) {
    return ResponseBuilder.forRequest(request, statusCode);
  }

  /**
   * Starts a response with no headers, for relays and tests.
   *
   * @throws IllegalArgumentException if {@code statusCode} is not 100 to 699
   */
  public static ResponseBuilder builder(int statusCode) {
    return new ResponseBuilder(statusCode, ReasonPhrases.of(statusCode));
  }

  /** The status code, 100 to 699. */
  public int statusCode() {
    return statusCode;
  }

  /** The reason phrase as received (may be empty, RFC 4475 §3.1.1.13). */
  public String reasonPhrase() {
    return reasonPhrase;
  }

  /** Whether this is a provisional (1xx) response. */
  public boolean isProvisional() {
    return statusCode < 200;
  }

  @Override
  public boolean isRequest() {
    return false;
  }

  @Override
  public ResponseBuilder toBuilder() {
    return new ResponseBuilder(this);
  }
}
