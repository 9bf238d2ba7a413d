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

  private final String text;
  private final boolean secure;
  private final String user;
  private final String password;
  private final Host host;
  private final int port;
  private final Parameters parameters;
  private final String headers;

  private SipUri(
      String text,
      boolean secure,
      String user,
      String password,
      Host host,
      int port,
      Parameters parameters,
      String headers) {
    this.text = text;
    this.secure = secure;
    this.user = user;
    this.password = password;
    this.host = host;
    this.port = port;
    this.parameters = parameters;
    this.headers = headers;
  }

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
    int p = start + (secure ? 5 : 4);
    String user = null;
    String password = null;
    int at = s.indexOf('@', p);
    if (at >= 0 && at < end) {
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
      int userEnd = colon < 0 ? at : colon;
      if (userEnd == p) {
        throw new SipParseException(p, what, "a user before '@'");
      }
      user = s.substring(p, userEnd);
      password = colon < 0 ? null : s.substring(colon + 1, at);
      p = at + 1;
    }
    int hostEnd = hostEnd(s, p, end, what);
    Host host = Host.parse(s, p, hostEnd, what);
    p = hostEnd;
    int port = -1;
    if (p < end && s.charAt(p) == ':') {
      port = port(s, p + 1, end, what);
      p++;
      while (p < end && Character.isDigit(s.charAt(p))) {
        p++;
      }
    }
    int q = s.indexOf('?', p);
    int paramsEnd = q < 0 || q >= end ? end : q;
    Parameters params = Parameters.parseUri(s, p, paramsEnd, what);
    String headers = null;
    if (paramsEnd < end) {
      checkHeaders(s, paramsEnd + 1, end, what);
      headers = s.substring(paramsEnd + 1, end);
    }
    String text = s.substring(start, end);
    return new SipUri(text, secure, user, password, host, port, params, headers);
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
    while (i < end && ":;?".indexOf(s.charAt(i)) < 0) {
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
    return user == null ? Optional.empty() : Optional.of(Escapes.decode(user));
  }

  /** The password with escapes decoded, if present (its use is deprecated, §19.1.1). */
  public Optional<String> password() {
    return password == null ? Optional.empty() : Optional.of(Escapes.decode(password));
  }

  /** The host. */
  public Host host() {
    return host;
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
    if (headers == null) {
      return Optional.empty();
    }
    for (String pair : headers.split("&", -1)) {
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
    return headers != null;
  }

  /** The URI exactly as written. */
  @Override
  public String toString() {
    return text;
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
        || !host.equals(other.host)
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
    if (headers == null) {
      return other.headers == null;
    }
    for (String pair : headers.split("&", -1)) {
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
    return Objects.hash(secure, user().orElse(null), host, port);
  }
}
