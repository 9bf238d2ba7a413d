package io.parley.sip.header;

import io.parley.sip.syntax.SipParseException;

/**
 * A challenge in WWW-Authenticate or Proxy-Authenticate (RFC 3261 §20.44, §20.27; digest per RFC
 * 2617 and RFC 8760): the scheme and its parameters ({@code realm}, {@code nonce}, {@code
 * algorithm}, {@code qop}, ...).
 *
 * <p>Unknown schemes parse too (RFC 4475 §3.3.7): the authentication layer decides what to do with
 * them.
 */
public final class Challenge extends AuthHeaderValue {

  private Challenge(String text, AuthParams parsed) {
    super(text, parsed);
  }

  /**
   * Parses a header value.
   *
   * @throws SipParseException if the scheme is missing or a parameter is malformed
   */
  public static Challenge parse(String value) throws SipParseException {
    return new Challenge(value, AuthParams.parse(value, "Challenge"));
  }
}
