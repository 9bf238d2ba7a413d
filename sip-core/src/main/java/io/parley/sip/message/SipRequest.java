package io.parley.sip.message;

import io.parley.sip.uri.Uri;

/**
 * A SIP request (RFC 3261 §7.1): method, Request-URI, headers, body.
 *
 * <p>Parse one with {@link SipParser} or {@link SipMessage#parse}; build one with {@link
 * #builder(String, Uri)}.
 */
public final class SipRequest extends SipMessage {

  private final String method;
  private final Uri requestUri;

  SipRequest(Frame f, String method, Uri requestUri) {
    super(f);
    this.method = method;
    this.requestUri = requestUri;
  }

  /**
   * Starts a request.
   *
   * @param method the method token ({@code INVITE}, {@code REGISTER}, or an extension)
   * @param requestUri the Request-URI; a SIP URI may not carry headers (§19.1.5)
   * @throws IllegalArgumentException if the method is not a token
   */
  public static RequestBuilder builder(String method, Uri requestUri) {
    return new RequestBuilder(method, requestUri);
  }

  /** The method, case-sensitive ({@code INVITE}). */
  public String method() {
    return method;
  }

  /** The Request-URI. */
  public Uri requestUri() {
    return requestUri;
  }

  @Override
  public boolean isRequest() {
    return true;
  }

  @Override
  public RequestBuilder toBuilder() {
    return new RequestBuilder(this);
  }
}
