package io.parley.sip.message;

import io.parley.sip.syntax.Lexer;
import io.parley.sip.uri.SipUri;
import io.parley.sip.uri.Uri;
import java.util.Objects;

/** Builds a {@link SipRequest}; start one with {@link SipRequest#builder(String, Uri)}. */
public final class RequestBuilder extends MessageBuilder<RequestBuilder> {

  private String method;
  private Uri requestUri;

  RequestBuilder(String method, Uri requestUri) {
    method(method);
    requestUri(requestUri);
  }

  RequestBuilder(SipRequest request) {
    super(request);
    this.method = request.method();
    this.requestUri = request.requestUri();
  }

  /**
   * Sets the method. Remember that CSeq must carry the same method.
   *
   * @throws IllegalArgumentException if the method is not a token
   */
  public RequestBuilder method(String newMethod) {
    if (!Lexer.isToken(newMethod)) {
      throw new IllegalArgumentException("method must be a token: '" + newMethod + "'");
    }
    this.method = newMethod;
    return this;
  }

  /**
   * Sets the Request-URI.
   *
   * @throws IllegalArgumentException if it is a SIP URI with headers (RFC 3261 §19.1.5)
   */
  public RequestBuilder requestUri(Uri uri) {
    Objects.requireNonNull(uri, "requestUri");
    if (uri instanceof SipUri sip && sip.hasHeaders()) {
      throw new IllegalArgumentException("a Request-URI may not carry headers: " + uri);
    }
    this.requestUri = uri;
    return this;
  }

  @Override
  RequestBuilder self() {
    return this;
  }

  @Override
  String startLine() {
    return method + " " + requestUri + " SIP/2.0";
  }

  /**
   * Builds the request.
   *
   * @throws IllegalStateException if Via, From, To, Call-ID or CSeq is missing or malformed, or the
   *     CSeq method differs from the method
   */
  public SipRequest build() {
    return (SipRequest) buildMessage();
  }
}
