package io.parley.sip.header;

import io.parley.sip.syntax.Lexer;
import io.parley.sip.syntax.Parameters;
import io.parley.sip.syntax.SipParseException;

/**
 * The Retry-After header (RFC 3261 §20.33).
 *
 * @param seconds delta-seconds, capped at 2^32-1
 * @param comment the comment without its parentheses, or {@code null}
 * @param parameters the parameters, such as {@code duration}
 */
public record RetryAfter(long seconds, String comment, Parameters parameters) {

  /**
   * Reads a Retry-After value.
   *
   * @throws SipParseException if the seconds are missing or the comment is unbalanced
   */
  public static RetryAfter parse(Lexer lx) throws SipParseException {
    lx.skipLws();
    int start = lx.position();
    lx.number(Integer.MAX_VALUE, "delta-seconds");
    String digits = lx.text().substring(start, lx.position());
    long seconds = Contact.deltaSeconds(digits).orElse(0);
    String comment = null;
    if (lx.consume('(')) {
      int depth = 1;
      int from = lx.position();
      String s = lx.text();
      int p = from;
      for (; p < lx.end() && depth > 0; p++) {
        char c = s.charAt(p);
        if (c == '\\') {
          p++;
        } else if (c == '(') {
          depth++;
        } else if (c == ')') {
          depth--;
        }
      }
      if (depth > 0) {
        throw lx.error("')' closing the comment");
      }
      comment = s.substring(from, p - 1);
      lx.position(p);
    }
    return new RetryAfter(seconds, comment, Parameters.parse(lx));
  }

  @Override
  public String toString() {
    return seconds + (comment == null ? "" : " (" + comment + ")") + parameters;
  }
}
