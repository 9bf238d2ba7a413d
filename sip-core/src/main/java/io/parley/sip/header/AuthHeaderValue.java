package io.parley.sip.header;

import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * What a challenge and the credentials answering it share (RFC 3261 §25.1 auth grammar, RFC 7235
 * §2.1): a scheme followed by comma-separated parameters, or a token68 blob.
 *
 * <p>Parameter names are lower-cased; values come back without quotes. The value is kept as
 * written, so it re-serializes byte for byte.
 */
public abstract sealed class AuthHeaderValue permits Challenge, Credentials {

  private final String text;
  private final AuthParams parsed;

  AuthHeaderValue(String text, AuthParams parsed) {
    this.text = text;
    this.parsed = parsed;
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
    return o != null && o.getClass() == getClass() && text.equals(((AuthHeaderValue) o).text);
  }

  @Override
  public int hashCode() {
    return text.hashCode();
  }
}
