package io.parley.sip.header;

import io.parley.sip.syntax.SipParseException;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Credentials in Authorization or Proxy-Authorization (RFC 3261 §20.7, §20.28): the scheme and its
 * parameters ({@code username}, {@code realm}, {@code nonce}, {@code uri}, {@code response}, ...),
 * or a token68 blob for schemes such as Basic or Bearer.
 *
 * <p>Parameter names are lower-cased; values come back without quotes. Unknown schemes parse too
 * (RFC 4475 §3.3.7): the authentication layer decides what to do with them.
 */
public final class Credentials {

  private final String text;
  private final AuthParams parsed;

  private Credentials(String text, AuthParams parsed) {
    this.text = text;
    this.parsed = parsed;
  }

  /**
   * Parses a header value.
   *
   * @throws SipParseException if the scheme is missing or a parameter is malformed
   */
  public static Credentials parse(String value) throws SipParseException {
    return new Credentials(value, AuthParams.parse(value, "Credentials"));
  }

  /** The scheme as written ({@code Digest}); compare it case-insensitively. */
  public String scheme() {
    return parsed.scheme;
  }

  /** The parameters in order, names in lower case, values unquoted. */
  public List<Map.Entry<String, String>> parameters() {
    return parsed.params;
  }

  /** The value of parameter {@code name} (any case), if present. */
  public Optional<String> parameter(String name) {
    return parsed.get(name);
  }

  /** The token68 blob that replaces parameters in some schemes, if present. */
  public Optional<String> token68() {
    return Optional.ofNullable(parsed.token68);
  }

  /** The value exactly as written. */
  @Override
  public String toString() {
    return text;
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof Credentials other && text.equals(other.text);
  }

  @Override
  public int hashCode() {
    return text.hashCode();
  }
}
