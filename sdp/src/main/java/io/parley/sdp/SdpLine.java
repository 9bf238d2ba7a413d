package io.parley.sdp;

/**
 * One {@code <type>=<value>} line of a session description (RFC 8866 §5), kept exactly as received
 * so that lines Parley does not interpret survive a round trip byte for byte.
 *
 * @param type the type letter, {@code a} to {@code z}
 * @param value everything after the {@code =}, without the line end
 */
public record SdpLine(char type, String value) {

  /**
   * Checks the line.
   *
   * @throws IllegalArgumentException if the type is not a lower-case letter or the value holds CR,
   *     LF or NUL
   */
  public SdpLine {
    if (type < 'a' || type > 'z') {
      throw new IllegalArgumentException("SDP line type must be a-z, got '" + type + "'");
    }
    Syntax.checkText(value, "SDP line value");
  }

  /** The line as it appears on the wire, without the line end: {@code type=value}. */
  @Override
  public String toString() {
    return type + "=" + value;
  }
}
