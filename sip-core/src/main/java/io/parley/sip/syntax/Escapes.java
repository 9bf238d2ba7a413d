package io.parley.sip.syntax;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;

/** %-escapes of RFC 3261 §25.1 ({@code escaped = "%" HEXDIG HEXDIG}), decoded as UTF-8. */
public final class Escapes {

  private Escapes() {}

  /**
   * Checks that {@code s[p]} starts a complete {@code %HH} escape.
   *
   * @throws SipParseException if fewer than two hex digits follow the {@code %}
   */
  public static void checkEscape(String s, int p, int end, String what) throws SipParseException {
    if (p + 2 >= end || hex(s.charAt(p + 1)) < 0 || hex(s.charAt(p + 2)) < 0) {
      throw new SipParseException(p, what, "two hex digits after '%'");
    }
  }

  /** Decodes the %-escapes in {@code s[start, end)}; invalid escapes are kept as written. */
  public static String decode(String s, int start, int end) {
    int pct = s.indexOf('%', start);
    if (pct < 0 || pct >= end) {
      return s.substring(start, end);
    }
    ByteArrayOutputStream out = new ByteArrayOutputStream(end - start);
    for (int i = start; i < end; i++) {
      char c = s.charAt(i);
      if (c == '%' && i + 2 < end && hex(s.charAt(i + 1)) >= 0 && hex(s.charAt(i + 2)) >= 0) {
        out.write(hex(s.charAt(i + 1)) * 16 + hex(s.charAt(i + 2)));
        i += 2;
      } else if (c < 0x80) {
        out.write(c);
      } else {
        byte[] b = String.valueOf(c).getBytes(StandardCharsets.UTF_8);
        out.write(b, 0, b.length);
      }
    }
    return out.toString(StandardCharsets.UTF_8);
  }

  /** Decodes all %-escapes in {@code s}. */
  public static String decode(String s) {
    return decode(s, 0, s.length());
  }

  private static int hex(char c) {
    if (c >= '0' && c <= '9') {
      return c - '0';
    }
    if (c >= 'a' && c <= 'f') {
      return c - 'a' + 10;
    }
    if (c >= 'A' && c <= 'F') {
      return c - 'A' + 10;
    }
    return -1;
  }
}
