package io.parley.sip.header;

import io.parley.sip.syntax.Lexer;
import io.parley.sip.syntax.Parameters;
import io.parley.sip.syntax.SipParseException;
import java.util.Locale;

/**
 * A media type (RFC 3261 §20.15 Content-Type, §20.1 Accept): {@code type/subtype} and parameters.
 * Type and subtype compare case-insensitively.
 */
public final class MediaType {

  private final String text;
  private final String type;
  private final String subtype;
  private final Parameters parameters;

  private MediaType(String text, String type, String subtype, Parameters parameters) {
    this.text = text;
    this.type = type;
    this.subtype = subtype;
    this.parameters = parameters;
  }

  /**
   * Parses a media type such as {@code application/sdp}.
   *
   * @throws SipParseException if the value is not {@code type/subtype} with parameters
   */
  public static MediaType parse(String value) throws SipParseException {
    Lexer lx = new Lexer(value, "Content-Type");
    MediaType m = parse(lx);
    lx.expectEnd("the end of the media type");
    return m;
  }

  /**
   * Reads one media type, stopping before a comma or at the end.
   *
   * @throws SipParseException if the value is not {@code type/subtype} with parameters
   */
  public static MediaType parse(Lexer lx) throws SipParseException {
    lx.skipLws();
    int start = lx.position();
    String type = lx.token("a media type");
    lx.expect('/', "'/' between type and subtype");
    String subtype = lx.token("a media subtype");
    Parameters params = Parameters.parse(lx);
    return new MediaType(lx.slice(start, lx.position()), type, subtype, params);
  }

  /** The type in lower case ({@code application}). */
  public String type() {
    return type.toLowerCase(Locale.ROOT);
  }

  /** The subtype in lower case ({@code sdp}). */
  public String subtype() {
    return subtype.toLowerCase(Locale.ROOT);
  }

  /** The parameters ({@code boundary}, {@code charset}, ...). */
  public Parameters parameters() {
    return parameters;
  }

  /** Whether this is {@code type/subtype}, ignoring case and parameters. */
  public boolean is(String type, String subtype) {
    return this.type.equalsIgnoreCase(type) && this.subtype.equalsIgnoreCase(subtype);
  }

  @Override
  public String toString() {
    return text;
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof MediaType other
        && is(other.type, other.subtype)
        && parameters.equals(other.parameters);
  }

  @Override
  public int hashCode() {
    return type().hashCode() * 31 + subtype().hashCode();
  }
}
