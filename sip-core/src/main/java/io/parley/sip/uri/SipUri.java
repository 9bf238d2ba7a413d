package io.parley.sip.uri;

import io.parley.sip.syntax.Escapes;
import io.parley.sip.syntax.Parameters;
import io.parley.sip.syntax.SipParseException;
import io.parley.sip.syntax.UriChars;
import java.util.Objects;
import java.util.Optional;

/**
 * A {@code sip:} or {@code sips:} URI (RFC 3261 §19.1): user, password, host, port, parameters and
 * escaped headers.
 *
 * <p>Immutable. Accessors return values with %-escapes decoded; {@link #toString()} returns the URI
 * exactly as written. {@link #equals} follows the comparison rules of RFC 3261 §19.1.4.
 */
public final class SipUri implements Uri {

  private static final String[] MUST_MATCH = {"user", "ttl", "method", "maddr", "transport"};

  private final String source;
  private final int start;
  private final int end;
  private final boolean secure;
  private final int userStart; // -1: no user
  private final int userEnd;
  private final int passwordStart; // -1: no password
  private final int hostStart;
  private final int hostEnd;
  private final Host.Kind hostKind;
  private final int port;
  private final Parameters parameters;
  private final int headersStart; // -1: no headers
  private String text;
  private Host host;

  /**
   * Parses a sip or sips URI.
   *
   * @throws SipParseException if the text is not a sip or sips URI
   */
  public static SipUri parse(String text) throws SipParseException {
    if (Uri.parse(text) instanceof SipUri sip) {
      return sip;
    }
    throw new SipParseException(0, "URI", "a sip: or sips: URI");
  }

  static SipUri parse(String s, int start, int end, boolean secure, String what)
      throws SipParseException {
    return new SipUri(s, start, end, secure, what);
  }

  /** Parses {@code s[start, end)}; the constructor checks eagerly and decodes nothing. */
  private SipUri(String s, int start, int end, boolean secure, String what)
      throws SipParseException {
    this.source = s;
    this.start = start;
    this.end = end;
    this.secure = secure;
    int p = start + (secure ? 5 : 4);
    int at = s.indexOf('@', p);
    if (at >= 0 && at < end) {
      int colon = userInfo(s, p, at, what);
      userStart = p;
      userEnd = colon < 0 ? at : colon;
      if (userEnd == p) {
        throw new SipParseException(p, what, "a user before '@'");
      }
      passwordStart = colon < 0 ? -1 : colon + 1;
      p = at + 1;
    } else {
      userStart = -1;
      userEnd = -1;
      passwordStart = -1;
    }
    hostStart = p;
    hostEnd = hostEnd(s, p, end, what);
    hostKind = Host.check(s, p, hostEnd, what);
    p = hostEnd;
    if (p < end && s.charAt(p) == ':') {
      port = port(s, p + 1, end, what);
      p++;
      while (p < end && Character.isDigit(s.charAt(p))) {
        p++;
      }
    } else {
      port = -1;
    }
    int q = s.indexOf('?', p);
    int paramsEnd = q < 0 || q >= end ? end : q;
    parameters = Parameters.parseUri(s, p, paramsEnd, what);
    if (paramsEnd < end) {
      checkHeaders(s, paramsEnd + 1, end, what);
      headersStart = paramsEnd + 1;
    } else {
      headersStart = -1;
    }
  }

  /** Checks the userinfo {@code s[p, at)} and returns the offset of its ':' or -1. */
  private static int userInfo(String s, int p, int at, String what) throws SipParseException {
    int colon = -1;
    for (int i = p; i < at; i++) {
      char c = s.charAt(i);
      if (c == '%') {
        Escapes.checkEscape(s, i, at, what);
        i += 2;
      } else if (c == ':' && colon < 0) {
        colon = i;
      } else if (colon < 0 ? !UriChars.isUserChar(c) : !UriChars.isPasswordChar(c)) {
        throw new SipParseException(i, what, "a user or password character, not '" + c + "'");
      }
    }
    return colon;
  }

  private static int hostEnd(String s, int p, int end, String what) throws SipParseException {
    if (p < end && s.charAt(p) == '[') {
      int close = s.indexOf(']', p);
      if (close < 0 || close >= end) {
        throw new SipParseException(p, what, "']' closing the IPv6 reference");
      }
      return close + 1;
    }
    int i = p;
    for (char c; i < end && (c = s.charAt(i)) != ':' && c != ';' && c != '?'; ) {
      i++;
    }
    return i;
  }

  private static int port(String s, int p, int end, String what) throws SipParseException {
    int value = 0;
    int i = p;
    while (i < end && Character.isDigit(s.charAt(i)) && i - p < 6) {
      value = value * 10 + s.charAt(i) - '0';
      i++;
    }
    if (i == p || value > 65535 || (i < end && ";?".indexOf(s.charAt(i)) < 0)) {
      throw new SipParseException(p, what, "a port number from 0 to 65535");
    }
    return value;
  }

  private static void checkHeaders(String s, int p, int end, String what) throws SipParseException {
    if (p == end) {
      throw new SipParseException(p, what, "a header after '?'");
    }
    for (int i = p; i < end; i++) {
      char c = s.charAt(i);
      if (c == '%') {
        Escapes.checkEscape(s, i, end, what);
        i += 2;
      } else if (c != '=' && c != '&' && !UriChars.isHeaderChar(c)) {
        throw new SipParseException(i, what, "a URI header character, not '" + c + "'");
      }
    }
  }

  @Override
  public String scheme() {
    return secure ? "sips" : "sip";
  }

  /** Whether this is a {@code sips:} URI. */
  public boolean isSecure() {
    return secure;
  }

  /** The user part with escapes decoded, if present. */
  public Optional<String> user() {
    return userStart < 0
        ? Optional.empty()
        : Optional.of(Escapes.decode(source, userStart, userEnd));
  }

  /** The password with escapes decoded, if present (its use is deprecated, §19.1.1). */
  public Optional<String> password() {
    if (passwordStart < 0) {
      return Optional.empty();
    }
    return Optional.of(Escapes.decode(source, passwordStart, source.indexOf('@', passwordStart)));
  }

  /** The host. */
  public Host host() {
    Host h = host;
    if (h == null) {
      h = Host.of(hostKind, source, hostStart, hostEnd);
      host = h;
    }
    return h;
  }

  /** The port, or -1 if the URI has none. */
  public int port() {
    return port;
  }

  /** The URI parameters ({@code transport}, {@code lr}, {@code maddr}, ...), escapes decoded. */
  public Parameters parameters() {
    return parameters;
  }

  /** The value of URI parameter {@code name} ({@code ""} if it has no value), if present. */
  public Optional<String> parameter(String name) {
    return parameters.get(name);
  }

  /** Whether the URI carries {@code ;lr} (a loose router, RFC 3261 §19.1.1). */
  public boolean isLooseRouter() {
    return parameters.has("lr");
  }

  /**
   * The value of the escaped header {@code name} (case-insensitive), decoded, if present. Headers
   * follow the {@code ?} as {@code name=value&...}.
   */
  public Optional<String> header(String name) {
    if (headersStart < 0) {
      return Optional.empty();
    }
    for (String pair : source.substring(headersStart, end).split("&", -1)) {
      int eq = pair.indexOf('=');
      String key = Escapes.decode(eq < 0 ? pair : pair.substring(0, eq));
      if (key.equalsIgnoreCase(name)) {
        return Optional.of(eq < 0 ? "" : Escapes.decode(pair.substring(eq + 1)));
      }
    }
    return Optional.empty();
  }

  /** Whether the URI has a {@code ?headers} part (forbidden in a Request-URI, §19.1.5). */
  public boolean hasHeaders() {
    return headersStart >= 0;
  }

  /** The URI exactly as written. */
  @Override
  public String toString() {
    String t = text;
    if (t == null) {
      t = start == 0 && end == source.length() ? source : source.substring(start, end);
      text = t;
    }
    return t;
  }

  /** URI comparison of RFC 3261 §19.1.4. */
  @Override
  public boolean equals(Object o) {
    if (o == this) {
      return true;
    }
    if (!(o instanceof SipUri other)
        || secure != other.secure
        || port != other.port
        || !host().equals(other.host())
        || !Objects.equals(user().orElse(null), other.user().orElse(null))
        || !Objects.equals(password().orElse(null), other.password().orElse(null))) {
      return false;
    }
    for (String name : MUST_MATCH) {
      if (!sameIgnoreCase(parameters.get(name), other.parameters.get(name))) {
        return false;
      }
    }
    for (int i = 0; i < parameters.size(); i++) {
      Optional<String> mine = parameters.get(parameters.name(i));
      Optional<String> theirs = other.parameters.get(parameters.name(i));
      if (theirs.isPresent() && !sameIgnoreCase(mine, theirs)) {
        return false;
      }
    }
    return sameHeaders(other) && other.sameHeaders(this);
  }

  private static boolean sameIgnoreCase(Optional<String> a, Optional<String> b) {
    return a.isPresent() == b.isPresent() && (a.isEmpty() || a.get().equalsIgnoreCase(b.get()));
  }

  private boolean sameHeaders(SipUri other) {
    if (headersStart < 0) {
      return other.headersStart < 0;
    }
    for (String pair : source.substring(headersStart, end).split("&", -1)) {
      int eq = pair.indexOf('=');
      String key = Escapes.decode(eq < 0 ? pair : pair.substring(0, eq));
      if (!header(key).equals(other.header(key))) {
        return false;
      }
    }
    return true;
  }

  @Override
  public int hashCode() {
    return Objects.hash(secure, user().orElse(null), host(), port);
  }
}
