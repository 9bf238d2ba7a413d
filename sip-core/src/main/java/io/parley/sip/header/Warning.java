package io.parley.sip.header;

import io.parley.sip.syntax.Lexer;
import io.parley.sip.syntax.SipParseException;

/**
 * One Warning value (RFC 3261 §20.43).
 *
 * @param code the three-digit warn-code (300 to 399 in RFC 3261)
 * @param agent the host or pseudonym that added the warning
 * @param text the warn-text without quotes
 */
public record Warning(int code, String agent, String text) {

  /**
   * Reads one Warning value, stopping before a comma or at the end.
   *
   * @throws SipParseException if the code is not three digits or the text is not quoted
   */
  public static Warning parse(Lexer lx) throws SipParseException {
    lx.skipLws();
    int start = lx.position();
    long code = lx.number(3, "a three-digit warn-code");
    if (lx.position() - start != 3) {
      throw lx.errorAt(start, "a three-digit warn-code");
    }
    lx.skipLws();
    String agent = lx.until(",\"");
    if (agent.isEmpty()) {
      throw lx.error("a warn-agent");
    }
    String text = lx.quotedString();
    return new Warning((int) code, agent, text);
  }

  @Override
  public String toString() {
    return code + " " + agent + " " + Lexer.quote(text);
  }
}
