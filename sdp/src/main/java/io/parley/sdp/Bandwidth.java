package io.parley.sdp;

/**
 * The {@code b=} line (RFC 8866 §5.8): {@code <bwtype>:<bandwidth>} in kilobits per second for
 * {@code CT} and {@code AS}, other units for other types (e.g. RFC 3556 {@code RS}, {@code RR}).
 *
 * @param type the bandwidth type token
 * @param bandwidth the value
 */
public record Bandwidth(String type, long bandwidth) {

  /**
   * Checks the fields.
   *
   * @throws IllegalArgumentException if {@code type} is not a token or the value is negative
   */
  public Bandwidth {
    Syntax.checkToken(type, "b= bwtype");
    if (bandwidth < 0) {
      throw new IllegalArgumentException("b= bandwidth must be >= 0: " + bandwidth);
    }
  }

  static Bandwidth parse(String value) throws SdpParseException {
    String text = "b=" + value;
    String trimmed = Syntax.trimTrailing(value);
    int colon = trimmed.indexOf(':');
    Syntax.require(colon > 0, text, "<bwtype>:<bandwidth>");
    String type = trimmed.substring(0, colon);
    Syntax.require(Syntax.isToken(type), text, "a bwtype token");
    long kbps =
        Syntax.number(
            trimmed.substring(colon + 1), 0, Long.MAX_VALUE, text, "a decimal <bandwidth>");
    return new Bandwidth(type, kbps);
  }

  /** The line value after {@code b=}. */
  @Override
  public String toString() {
    return type + ":" + bandwidth;
  }
}
