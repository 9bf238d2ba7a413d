package io.parley.sip.header;

import io.parley.sip.syntax.Lexer;
import io.parley.sip.syntax.Parameters;
import io.parley.sip.syntax.SipParseException;

/**
 * A token with header parameters, the shape of Answer-Mode (RFC 5373), Content-Disposition (RFC
 * 3261 §20.11), Event (RFC 6665 §8.2.1), Subscription-State (§8.2.3), Reason (RFC 3326), Min-SE and
 * Session-Expires (RFC 4028).
 *
 * @param value the leading token ({@code Auto}, {@code session}, {@code presence}, {@code active})
 * @param parameters the parameters after it
 */
public record ParameterizedValue(String value, Parameters parameters) {

  /**
   * Reads a token and its parameters, stopping before a comma or at the end.
   *
   * @throws SipParseException if the token is missing or a parameter is malformed
   */
  public static ParameterizedValue parse(Lexer lx) throws SipParseException {
    String value = lx.token("a token");
    return new ParameterizedValue(value, Parameters.parse(lx));
  }

  /** The value of parameter {@code name}, or {@code null} if absent or valueless. */
  public String parameter(String name) {
    return parameters.valueOf(name);
  }

  /**
   * The leading token read as delta-seconds (Session-Expires, Min-SE), capped at 2^32-1.
   *
   * @throws IllegalStateException if the token is not a number
   */
  public long seconds() {
    return Contact.deltaSeconds(value)
        .orElseThrow(() -> new IllegalStateException("not delta-seconds: " + value));
  }

  @Override
  public String toString() {
    return value + parameters;
  }
}
