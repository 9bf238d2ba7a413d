package io.parley.sdp;

/**
 * Malformed SDP (RFC 8866 §5, §9): names the line, its number and what was expected there.
 *
 * <p>A UAS answers an offer that fails to parse with {@code 488} and {@link #warning()}.
 */
public final class SdpParseException extends SdpException {

  private static final long serialVersionUID = 1L;

  private final int lineNumber;
  private final String line;
  private final String expected;

  /**
   * Creates the exception.
   *
   * @param lineNumber the 1-based line number, or 0 when the text was not part of a document
   * @param line the offending line as received (may be empty)
   * @param expected what the grammar wanted at that place
   */
  public SdpParseException(int lineNumber, String line, String expected) {
    super(reason(lineNumber, expected), message(lineNumber, line, expected));
    this.lineNumber = lineNumber;
    this.line = line;
    this.expected = expected;
  }

  /** The 1-based number of the offending line, or 0 when unknown. */
  public int lineNumber() {
    return lineNumber;
  }

  /** The offending line as received. */
  public String line() {
    return line;
  }

  /** What the grammar expected. */
  public String expected() {
    return expected;
  }

  /** The same error placed at {@code number} in a document whose line was {@code text}. */
  SdpParseException at(int number, String text) {
    return new SdpParseException(number, text, expected);
  }

  private static String reason(int lineNumber, String expected) {
    return lineNumber > 0
        ? "malformed SDP at line " + lineNumber + ": expected " + expected
        : "malformed SDP: expected " + expected;
  }

  private static String message(int lineNumber, String line, String expected) {
    String where = lineNumber > 0 ? " at line " + lineNumber : "";
    return "malformed SDP" + where + " '" + printable(line) + "': expected " + expected;
  }

  private static String printable(String line) {
    String shown = line.length() > 200 ? line.substring(0, 200) + "..." : line;
    StringBuilder out = new StringBuilder(shown.length());
    for (int i = 0; i < shown.length(); i++) {
      char c = shown.charAt(i);
      if (c < ' ' && c != '\t') {
        out.append(String.format("\\x%02x", (int) c));
      } else {
        out.append(c);
      }
    }
    return out.toString();
  }
}
