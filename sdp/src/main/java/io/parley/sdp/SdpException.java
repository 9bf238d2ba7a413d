package io.parley.sdp;

/**
 * A session description that cannot be used: malformed SDP ({@link SdpParseException}) or an
 * offer/answer that cannot be negotiated.
 *
 * <p>Every such failure maps to SIP {@code 488 Not Acceptable Here} (RFC 3261 §21.4.26) with a
 * {@code Warning} header (RFC 3261 §20.43) whose text says what was wrong, so the SIP layer can
 * answer an INVITE without knowing SDP: {@code response(e.statusCode(), e.warning())}.
 */
public abstract class SdpException extends Exception {

  private static final long serialVersionUID = 1L;

  /** RFC 3261 §21.4.26: the session description is not acceptable. */
  public static final int NOT_ACCEPTABLE_HERE = 488;

  /** RFC 3261 §20.43: miscellaneous warning, the text says more. */
  public static final int MISCELLANEOUS_WARNING = 399;

  private final String reason;

  /**
   * Creates the exception.
   *
   * @param reason a short, human-readable cause that goes into the Warning text
   * @param message the full message for logs
   */
  protected SdpException(String reason, String message) {
    super(message);
    this.reason = reason;
  }

  /** The short cause, for example {@code no common codec}. */
  public String reason() {
    return reason;
  }

  /** The SIP status code a UAS answers with: always 488. */
  public int statusCode() {
    return NOT_ACCEPTABLE_HERE;
  }

  /** The value of the Warning header a UAS adds to its 488, with agent {@code parley}. */
  public String warning() {
    return warning("parley");
  }

  /**
   * The value of the Warning header a UAS adds to its 488: {@code 399 <agent> "<reason>"}, with
   * quotes and backslashes in the reason escaped as RFC 3261 §25.1 quoted-string requires.
   *
   * @param agent the warn-agent, a host name or token without spaces
   * @throws IllegalArgumentException if {@code agent} is empty or contains white space or quotes
   */
  public String warning(String agent) {
    if (agent.isEmpty() || agent.chars().anyMatch(c -> c <= ' ' || c == '"' || c == 0x7f)) {
      throw new IllegalArgumentException("warn-agent must be a host or token: '" + agent + "'");
    }
    StringBuilder text = new StringBuilder(reason.length() + agent.length() + 8);
    text.append(MISCELLANEOUS_WARNING).append(' ').append(agent).append(" \"");
    for (int i = 0; i < reason.length(); i++) {
      char c = reason.charAt(i);
      if (c == '"' || c == '\\') {
        text.append('\\');
      }
      text.append(c < ' ' ? ' ' : c);
    }
    return text.append('"').toString();
  }
}
