package io.parley.sip.header;

import io.parley.sip.syntax.SipParseException;

/**
 * Credentials in Authorization or Proxy-Authorization (RFC 3261 §20.7, §20.28): the scheme and its
 * parameters ({@code username}, {@code realm}, {@code nonce}, {@code uri}, {@code response}, ...),
 * or a token68 blob for schemes such as Basic or Bearer.
 */
public final class Credentials extends AuthHeaderValue {

  private Credentials(String text, AuthParams parsed) {
    super(text, parsed);
  }

  /**
   * Parses a header value.
   *
   * @throws SipParseException if the scheme is missing or a parameter is malformed
   */
  public static Credentials parse(String value) throws SipParseException {
    return new Credentials(value, AuthParams.parse(value, "Credentials"));
  }
}
