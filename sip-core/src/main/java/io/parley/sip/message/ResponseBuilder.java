package io.parley.sip.message;

import io.parley.sip.header.Address;
import io.parley.sip.header.HeaderName;
import io.parley.sip.syntax.Lexer;
import io.parley.sip.syntax.SipParseException;

/** Builds a {@link SipResponse}; see {@link SipResponse#builder(SipRequest, int)}. */
public final class ResponseBuilder extends MessageBuilder<ResponseBuilder> {

  private int statusCode;
  private String reasonPhrase;

  ResponseBuilder(int statusCode, String reasonPhrase) {
    status(statusCode, reasonPhrase);
  }

  ResponseBuilder(SipResponse response) {
    super(response);
    this.statusCode = response.statusCode();
    this.reasonPhrase = response.reasonPhrase();
  }

  static ResponseBuilder forRequest(SipRequest request, int statusCode) {
    ResponseBuilder b = new ResponseBuilder(statusCode, ReasonPhrases.of(statusCode));
    for (int i = 0; i < request.headerCount(); i++) {
      HeaderName name = request.knownName(i).orElse(null);
      boolean copy =
          name == HeaderName.VIA
              || name == HeaderName.FROM
              || name == HeaderName.TO
              || name == HeaderName.CALL_ID
              || name == HeaderName.CSEQ
              || (name == HeaderName.TIMESTAMP && statusCode == 100);
      if (copy) {
        b.add(name, request.headerValue(i));
      }
    }
    return b;
  }

  /**
   * Sets the status code and reason phrase.
   *
   * @throws IllegalArgumentException if the code is not 100 to 699 or the phrase contains CR/LF
   */
  public ResponseBuilder status(int code, String reason) {
    if (code < 100 || code > 699) {
      throw new IllegalArgumentException("status code must be 100..699: " + code);
    }
    this.statusCode = code;
    this.reasonPhrase = checkValue("reason phrase", reason);
    return this;
  }

  /**
   * Adds {@code ;tag=tag} to the To header unless it already has a tag (RFC 3261 §8.2.6.2).
   *
   * @throws IllegalArgumentException if the tag is not a token
   * @throws IllegalStateException if there is no To header or it is malformed
   */
  public ResponseBuilder toTag(String tag) {
    if (!Lexer.isToken(tag)) {
      throw new IllegalArgumentException("tag must be a token: '" + tag + "'");
    }
    String to = value(HeaderName.TO).orElseThrow(() -> new IllegalStateException("no To header"));
    try {
      if (Address.parse(to).tag().isEmpty()) {
        set(HeaderName.TO, to + ";tag=" + tag);
      }
    } catch (SipParseException e) {
      throw new IllegalStateException("malformed To header: " + to, e);
    }
    return this;
  }

  @Override
  ResponseBuilder self() {
    return this;
  }

  @Override
  String startLine() {
    return "SIP/2.0 " + statusCode + " " + reasonPhrase;
  }

  /**
   * Builds the response.
   *
   * @throws IllegalStateException if Via, From, To, Call-ID or CSeq is missing or malformed
   */
  public SipResponse build() {
    return (SipResponse) buildMessage();
  }
}
