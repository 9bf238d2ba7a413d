package io.parley.sdp;

/**
 * The {@code a=ssrc} attribute (RFC 5576 §4.1): {@code <ssrc-id> <attribute>[:<value>]}.
 *
 * @param ssrc the synchronization source, 0 to 2^32-1
 * @param attribute the source attribute name, e.g. {@code cname}
 * @param value the source attribute value, empty when there is none
 */
public record Ssrc(long ssrc, String attribute, String value) {

  /**
   * Checks the fields.
   *
   * @throws IllegalArgumentException if the SSRC is out of range or the attribute is not a token
   */
  public Ssrc {
    if (ssrc < 0 || ssrc > 0xFFFF_FFFFL) {
      throw new IllegalArgumentException("ssrc must be 0 to 2^32-1: " + ssrc);
    }
    Syntax.checkToken(attribute, "ssrc attribute");
    Syntax.checkText(value, "ssrc value");
  }

  static Ssrc parse(String value) throws SdpParseException {
    String text = "a=ssrc:" + value;
    String trimmed = Syntax.trimTrailing(value);
    int space = trimmed.indexOf(' ');
    Syntax.require(space > 0, text, "<ssrc-id> <attribute>[:<value>]");
    long id =
        Syntax.number(
            trimmed.substring(0, space), 0, 0xFFFF_FFFFL, text, "an ssrc-id 0-4294967295");
    String rest = trimmed.substring(space + 1);
    int colon = rest.indexOf(':');
    String name = colon < 0 ? rest : rest.substring(0, colon);
    Syntax.require(Syntax.isToken(name), text, "a source attribute name after the ssrc-id");
    return new Ssrc(id, name, colon < 0 ? "" : rest.substring(colon + 1));
  }

  /** The attribute value after {@code a=ssrc:}. */
  @Override
  public String toString() {
    return value.isEmpty() ? ssrc + " " + attribute : ssrc + " " + attribute + ":" + value;
  }
}
