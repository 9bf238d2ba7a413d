package io.parley.sip.uri;

import io.parley.sip.syntax.SipParseException;
import java.util.Locale;

/**
 * A URI whose scheme Parley does not interpret ({@code http:}, {@code urn:}, {@code isbn:}, ...),
 * kept opaque as RFC 3261 §19.1 and §8.2.2.1 allow: a UAS answers 416 if it cannot handle it.
 */
public final class AbsoluteUri implements Uri {

  private final String text;
  private final int colon;

  private AbsoluteUri(String text, int colon) {
    this.text = text;
    this.colon = colon;
  }

  static AbsoluteUri parse(String s, int start, int end, int colon, String what)
      throws SipParseException {
    if (colon + 1 >= end) {
      throw new SipParseException(colon + 1, what, "URI content after the scheme");
    }
    for (int i = colon + 1; i < end; i++) {
      char c = s.charAt(i);
      if (c <= ' ' || c == '<' || c == '>' || c == '"' || c == 0x7f) {
        throw new SipParseException(i, what, "a URI character, not '" + c + "'");
      }
    }
    return new AbsoluteUri(s.substring(start, end), colon - start);
  }

  @Override
  public String scheme() {
    return text.substring(0, colon).toLowerCase(Locale.ROOT);
  }

  /** Everything after the scheme's colon, exactly as written. */
  public String schemeSpecificPart() {
    return text.substring(colon + 1);
  }

  @Override
  public String toString() {
    return text;
  }

  /** Equal when schemes match in any case and the rest matches exactly. */
  @Override
  public boolean equals(Object o) {
    return o instanceof AbsoluteUri other
        && scheme().equals(other.scheme())
        && schemeSpecificPart().equals(other.schemeSpecificPart());
  }

  @Override
  public int hashCode() {
    return scheme().hashCode() * 31 + schemeSpecificPart().hashCode();
  }
}
