package io.parley.sip.uri;

import io.parley.sip.syntax.Lexer;
import io.parley.sip.syntax.SipParseException;

/**
 * A URI in a Request-URI or a header: {@link SipUri} (sip, sips), {@link TelUri} (tel) or {@link
 * AbsoluteUri} (any other scheme, kept opaque as RFC 3261 §19.1 allows).
 *
 * <p>{@link #toString()} returns the URI exactly as it was written.
 */
public sealed interface Uri permits SipUri, TelUri, AbsoluteUri {

  /** Longest URI {@link #parse(String)} accepts by default. */
  int DEFAULT_MAX_LENGTH = 4096;

  /** The scheme in lower case: {@code sip}, {@code sips}, {@code tel}, {@code http}, ... */
  String scheme();

  /**
   * Parses a URI.
   *
   * @throws SipParseException if the scheme is missing, or a sip, sips or tel URI breaks its
   *     grammar, or the text is longer than {@link #DEFAULT_MAX_LENGTH}
   */
  static Uri parse(String text) throws SipParseException {
    return parse(text, 0, text.length(), "URI", DEFAULT_MAX_LENGTH);
  }

  /**
   * Parses the URI in {@code text[start, end)}; error offsets count from the start of {@code text}.
   *
   * @param what the element named in errors (a header name or "Request-URI")
   * @param maxLength longest accepted URI in characters
   * @throws SipParseException if the URI is malformed or too long
   */
  static Uri parse(String text, int start, int end, String what, int maxLength)
      throws SipParseException {
    if (end - start > maxLength) {
      throw new SipParseException(
          start, what, "a URI of at most " + maxLength + " characters", 414);
    }
    int colon = schemeEnd(text, start, end);
    if (colon < 0) {
      throw new SipParseException(start, what, "a URI scheme followed by ':'");
    }
    int len = colon - start;
    if (len == 3 && Lexer.equalsIgnoreCase(text, start, "sip")) {
      return SipUri.parse(text, start, end, false, what);
    }
    if (len == 4 && Lexer.equalsIgnoreCase(text, start, "sips")) {
      return SipUri.parse(text, start, end, true, what);
    }
    if (len == 3 && Lexer.equalsIgnoreCase(text, start, "tel")) {
      return TelUri.parse(text, start, end, what);
    }
    return AbsoluteUri.parse(text, start, end, colon, what);
  }

  /** Offset of the ':' ending a valid scheme at {@code start}, or -1. */
  private static int schemeEnd(String s, int start, int end) {
    for (int i = start; i < end; i++) {
      char c = s.charAt(i);
      boolean alpha = (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z');
      if (i == start ? !alpha : !(alpha || (c >= '0' && c <= '9') || "+-.".indexOf(c) >= 0)) {
        return c == ':' && i > start ? i : -1;
      }
    }
    return -1;
  }
}
