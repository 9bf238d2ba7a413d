package io.parley.sip.header;

import io.parley.sip.syntax.Lexer;
import io.parley.sip.syntax.SipParseException;

/** Reads {@code callid = word [ "@" word ]} (RFC 3261 §25.1). */
final class CallIds {

  private CallIds() {}

  static String read(Lexer lx) throws SipParseException {
    String s = lx.text();
    int start = lx.position();
    int p = start;
    int ats = 0;
    while (p < lx.end()) {
      char c = s.charAt(p);
      if (c == '@') {
        if (++ats > 1 || p == start) {
          throw lx.errorAt(p, "a Call-ID of word [\"@\" word]");
        }
      } else if (!Lexer.isWordChar(c)) {
        break;
      }
      p++;
    }
    if (p == start || s.charAt(p - 1) == '@') {
      throw lx.errorAt(p, "a Call-ID of word [\"@\" word]");
    }
    lx.position(p);
    return lx.slice(start, p);
  }

  /**
   * Validates a whole Call-ID value.
   *
   * @throws SipParseException if it is not {@code word ["@" word]}
   */
  static String parse(Lexer lx) throws SipParseException {
    lx.skipLws();
    String id = read(lx);
    lx.expectEnd("the end of the Call-ID (word [\"@\" word])");
    return id;
  }
}
