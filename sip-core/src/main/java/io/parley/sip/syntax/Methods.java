package io.parley.sip.syntax;

import java.nio.charset.StandardCharsets;
import java.util.Arrays;

/**
 * The request methods a UA meets every second (RFC 3261 §7.1 and its extensions), so that the
 * parser can hand out one shared String for each instead of a new one per message.
 */
public final class Methods {

  private static final String[] KNOWN = {
    "INVITE",
    "ACK",
    "BYE",
    "CANCEL",
    "REGISTER",
    "OPTIONS",
    "INFO",
    "UPDATE",
    "PRACK",
    "SUBSCRIBE",
    "NOTIFY",
    "REFER",
    "MESSAGE",
    "PUBLISH"
  };

  private static final byte[][] KNOWN_BYTES = new byte[KNOWN.length][];

  static {
    for (int i = 0; i < KNOWN.length; i++) {
      KNOWN_BYTES[i] = KNOWN[i].getBytes(StandardCharsets.US_ASCII);
    }
  }

  private Methods() {}

  /** The shared String for the method in {@code b[from, to)}, or null if it is not a known one. */
  public static String known(byte[] b, int from, int to) {
    int len = to - from;
    for (int i = 0; i < KNOWN.length; i++) {
      if (KNOWN_BYTES[i].length == len && Arrays.equals(b, from, to, KNOWN_BYTES[i], 0, len)) {
        return KNOWN[i];
      }
    }
    return null;
  }

  /** The method in {@code b[from, to)}: the shared String when known, a new one otherwise. */
  public static String of(byte[] b, int from, int to) {
    String known = known(b, from, to);
    return known != null ? known : new String(b, from, to - from, StandardCharsets.US_ASCII);
  }

  /** The method in {@code s[start, end)}: the shared String when known, a substring otherwise. */
  public static String of(String s, int start, int end) {
    for (String m : KNOWN) {
      if (m.length() == end - start && s.startsWith(m, start)) {
        return m;
      }
    }
    return s.substring(start, end);
  }
}
