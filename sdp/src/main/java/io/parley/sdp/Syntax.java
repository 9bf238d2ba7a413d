package io.parley.sdp;

import java.util.ArrayList;
import java.util.List;

/** Shared lexical rules of RFC 8866 §9; errors carry no line number until the parser adds it. */
final class Syntax {

  private Syntax() {}

  /**
   * Splits a field value on runs of spaces or tabs, ignoring leading and trailing ones.
   *
   * @throws SdpParseException if a sub-field holds a control character
   */
  static List<String> fields(String value) throws SdpParseException {
    List<String> out = new ArrayList<>(6);
    int i = 0;
    int n = value.length();
    while (i < n) {
      while (i < n && isBlank(value.charAt(i))) {
        i++;
      }
      int start = i;
      while (i < n && !isBlank(value.charAt(i))) {
        i++;
      }
      if (i > start) {
        String field = value.substring(start, i);
        require(isWord(field), value, "sub-fields without control characters");
        out.add(field);
      }
    }
    return out;
  }

  static boolean isBlank(char c) {
    return c == ' ' || c == '\t';
  }

  /** Removes trailing spaces and tabs, which RFC 8866 parsers may tolerate. */
  static String trimTrailing(String value) {
    int end = value.length();
    while (end > 0 && isBlank(value.charAt(end - 1))) {
      end--;
    }
    return value.substring(0, end);
  }

  /** RFC 8866 §9 token: visible ASCII except the separators. */
  static boolean isToken(String s) {
    if (s.isEmpty()) {
      return false;
    }
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      boolean ok =
          (c >= 'a' && c <= 'z')
              || (c >= 'A' && c <= 'Z')
              || (c >= '0' && c <= '9')
              || "!#$%&'*+-.^_`{|}~".indexOf(c) >= 0;
      if (!ok) {
        return false;
      }
    }
    return true;
  }

  /** A field without white space or control characters (non-ws-string). */
  static boolean isWord(String s) {
    if (s.isEmpty()) {
      return false;
    }
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      if (c <= ' ' || c == 0x7f) {
        return false;
      }
    }
    return true;
  }

  static boolean isDigits(String s) {
    if (s.isEmpty()) {
      return false;
    }
    for (int i = 0; i < s.length(); i++) {
      if (s.charAt(i) < '0' || s.charAt(i) > '9') {
        return false;
      }
    }
    return true;
  }

  /** Parses a decimal integer in {@code [min, max]} or fails naming {@code expected}. */
  static long number(String s, long min, long max, String text, String expected)
      throws SdpParseException {
    if (!isDigits(s) || s.length() > 19) {
      throw new SdpParseException(0, text, expected);
    }
    long v;
    try {
      v = Long.parseLong(s);
    } catch (NumberFormatException tooLarge) {
      throw new SdpParseException(0, text, expected);
    }
    if (v < min || v > max) {
      throw new SdpParseException(0, text, expected);
    }
    return v;
  }

  static int port(String s, String text) throws SdpParseException {
    return (int) number(s, 0, 65535, text, "a port number 0-65535, got '" + s + "'");
  }

  static void require(boolean condition, String text, String expected) throws SdpParseException {
    if (!condition) {
      throw new SdpParseException(0, text, expected);
    }
  }

  /** Fails with IllegalArgumentException when a caller builds a field from a bad value. */
  static String checkWord(String value, String what) {
    if (!isWord(value)) {
      throw new IllegalArgumentException(
          what + " must be non-empty without white space: '" + value + "'");
    }
    return value;
  }

  static String checkToken(String value, String what) {
    if (!isToken(value)) {
      throw new IllegalArgumentException(what + " must be an RFC 8866 token: '" + value + "'");
    }
    return value;
  }

  static String checkText(String value, String what) {
    for (int i = 0; i < value.length(); i++) {
      char c = value.charAt(i);
      if (c == '\r' || c == '\n' || c == 0) {
        throw new IllegalArgumentException(
            what + " must not contain CR, LF or NUL: '" + value + "'");
      }
    }
    return value;
  }
}
