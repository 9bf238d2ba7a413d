package io.parley.sip.header;

import io.parley.sip.syntax.Lexer;
import io.parley.sip.syntax.Parameters;
import io.parley.sip.syntax.SipParseException;
import io.parley.sip.uri.Uri;
import java.util.Optional;

/**
 * A name-addr or addr-spec with header parameters (RFC 3261 §20.10, §25.1): the value of From, To,
 * Route, Record-Route, Refer-To, Referred-By, P-Asserted-Identity, Diversion, Call-Info, Alert-Info
 * and each Contact.
 *
 * <p>Without angle brackets, parameters after the URI belong to the header, not the URI, and the
 * URI may not contain {@code ,}, {@code ;} or {@code ?} (§20.10).
 */
public final class Address {

  private final String source;
  private final int start;
  private final int end;
  private final int displayStart; // -1: no display name; a quote char here: quoted
  private final int displayEnd;
  private final Uri uri;
  private final Parameters parameters;

  private Address(
      String source,
      int start,
      int end,
      int displayStart,
      int displayEnd,
      Uri uri,
      Parameters parameters) {
    this.source = source;
    this.start = start;
    this.end = end;
    this.displayStart = displayStart;
    this.displayEnd = displayEnd;
    this.uri = uri;
    this.parameters = parameters;
  }

  /**
   * Parses one address header value such as {@code "Bob" <sip:bob@example.com>;tag=1}.
   *
   * @throws SipParseException if the value is not a name-addr or addr-spec with parameters
   */
  public static Address parse(String value) throws SipParseException {
    Lexer lx = new Lexer(value, "address");
    Address a = parse(lx);
    lx.expectEnd("the end of the address");
    return a;
  }

  /**
   * Reads one address from the lexer, stopping before a comma or at the end.
   *
   * @throws SipParseException if the text is not a name-addr or addr-spec with parameters
   */
  public static Address parse(Lexer lx) throws SipParseException {
    lx.skipLws();
    String s = lx.text();
    int start = lx.position();
    int displayEnd = displayName(lx);
    int displayStart = displayEnd < 0 ? -1 : start;
    Uri uri = lx.peek() == '<' ? nameAddr(lx) : addrSpec(lx);
    Parameters params = Parameters.parse(lx);
    return new Address(s, start, lx.position(), displayStart, displayEnd, uri, params);
  }

  /**
   * Skips a display name (quoted, or tokens followed by {@code <}) and returns where it ends, or -1
   * if there is none; the lexer is left at the {@code <} or where it was.
   */
  private static int displayName(Lexer lx) throws SipParseException {
    String s = lx.text();
    int start = lx.position();
    if (lx.peek() == '"') {
      int close = Lexer.closingQuote(s, start, lx.end());
      if (close < 0) {
        throw lx.error("'\"' closing the quoted string");
      }
      lx.position(close + 1);
      lx.skipLws();
      if (lx.peek() != '<') {
        throw lx.error("'<' after the quoted display name");
      }
      return close + 1;
    }
    int p = start;
    while (p < lx.end() && (Lexer.isTokenChar(s.charAt(p)) || isLws(s.charAt(p)))) {
      p++;
    }
    if (p == start || p >= lx.end()) {
      return -1;
    }
    if (s.charAt(p) == '"') {
      throw lx.errorAt(p, "a display name of tokens or one quoted string");
    }
    if (s.charAt(p) != '<') {
      return -1;
    }
    lx.position(p);
    while (isLws(s.charAt(p - 1))) {
      p--;
    }
    return p;
  }

  private static Uri nameAddr(Lexer lx) throws SipParseException {
    String s = lx.text();
    int open = lx.position() + 1;
    int close = s.indexOf('>', open);
    if (close < 0 || close >= lx.end()) {
      throw lx.errorAt(open - 1, "'>' closing the name-addr");
    }
    Uri uri = Uri.parse(s, open, close, lx.what(), lx.maxUriLength());
    lx.position(close + 1);
    return uri;
  }

  private static Uri addrSpec(Lexer lx) throws SipParseException {
    String s = lx.text();
    int p = lx.position();
    int uriEnd = p;
    while (uriEnd < lx.end() && ";, \t\r\n".indexOf(s.charAt(uriEnd)) < 0) {
      uriEnd++;
    }
    int q = s.indexOf('?', p);
    if (q >= 0 && q < uriEnd) {
      throw lx.errorAt(q, "'<' and '>' around a URI that contains '?'");
    }
    Uri uri = Uri.parse(s, p, uriEnd, lx.what(), lx.maxUriLength());
    lx.position(uriEnd);
    return uri;
  }

  private static boolean isLws(char c) {
    return c == ' ' || c == '\t' || c == '\r' || c == '\n';
  }

  /** Builds an address {@code "name" <uri>} (or {@code <uri>} when {@code displayName} is null). */
  public static Address of(String displayName, Uri uri) {
    String quoted = displayName == null ? "" : Lexer.quote(displayName) + " ";
    String text = quoted + "<" + uri + ">";
    int displayEnd = displayName == null ? -1 : quoted.length() - 1;
    return new Address(
        text, 0, text.length(), displayName == null ? -1 : 0, displayEnd, uri, Parameters.EMPTY);
  }

  /** The display name without quotes and with quoted-pairs resolved, if present. */
  public Optional<String> displayName() {
    if (displayStart < 0) {
      return Optional.empty();
    }
    if (source.charAt(displayStart) == '"') {
      return Optional.of(Lexer.unquote(source, displayStart + 1, displayEnd - 1));
    }
    return Optional.of(source.substring(displayStart, displayEnd));
  }

  /** The URI. */
  public Uri uri() {
    return uri;
  }

  /** The header parameters (after the {@code >} or, without brackets, after the URI). */
  public Parameters parameters() {
    return parameters;
  }

  /** The {@code tag} parameter (RFC 3261 §19.3), if present. */
  public Optional<String> tag() {
    return Optional.ofNullable(parameters.valueOf("tag"));
  }

  /** The address exactly as written. */
  @Override
  public String toString() {
    return start == 0 && end == source.length() ? source : source.substring(start, end);
  }

  /** Equal when the URIs are equal (RFC 3261 §19.1.4) and the parameters are equal. */
  @Override
  public boolean equals(Object o) {
    return o instanceof Address other
        && uri.equals(other.uri)
        && parameters.equals(other.parameters)
        && displayName().equals(other.displayName());
  }

  @Override
  public int hashCode() {
    return uri.hashCode();
  }
}
