package io.parley.sdp;

import java.util.Objects;

/**
 * An {@code a=} line (RFC 8866 §5.13): a property attribute ({@code a=recvonly}) or a value
 * attribute ({@code a=rtpmap:0 PCMU/8000}). Unknown attributes are kept as they came.
 */
public final class Attribute {

  private final String name;
  private final String value;
  private final boolean property;

  private Attribute(String name, String value, boolean property) {
    this.name = name;
    this.value = value;
    this.property = property;
  }

  /**
   * A property attribute such as {@code sendonly} or {@code rtcp-mux}.
   *
   * @throws IllegalArgumentException if {@code name} is not an RFC 8866 token
   */
  public static Attribute property(String name) {
    return new Attribute(Syntax.checkToken(name, "attribute name"), "", true);
  }

  /**
   * A value attribute {@code name:value}.
   *
   * @throws IllegalArgumentException if {@code name} is not a token or {@code value} holds CR, LF
   *     or NUL
   */
  public static Attribute of(String name, String value) {
    return new Attribute(
        Syntax.checkToken(name, "attribute name"),
        Syntax.checkText(value, "attribute value"),
        false);
  }

  /** Parses what follows {@code a=}; trailing white space is ignored. */
  static Attribute parse(String text) throws SdpParseException {
    String trimmed = Syntax.trimTrailing(text);
    int colon = trimmed.indexOf(':');
    String name = colon < 0 ? trimmed : trimmed.substring(0, colon);
    Syntax.require(
        Syntax.isToken(name),
        "a=" + text,
        "an attribute name (token) before ':', got '" + name + "'");
    return colon < 0
        ? new Attribute(name, "", true)
        : new Attribute(name, trimmed.substring(colon + 1), false);
  }

  /** The attribute name, case-sensitive as RFC 8866 §5.13 says. */
  public String name() {
    return name;
  }

  /** The text after the first colon, or the empty string for a property attribute. */
  public String value() {
    return value;
  }

  /** Whether this is a property attribute (no colon). */
  public boolean isProperty() {
    return property;
  }

  /** The line value after {@code a=}. */
  @Override
  public String toString() {
    return property ? name : name + ":" + value;
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof Attribute a
        && a.name.equals(name)
        && a.value.equals(value)
        && a.property == property;
  }

  @Override
  public int hashCode() {
    return Objects.hash(name, value, property);
  }
}
