package io.parley.sip.syntax;

/** Character classes of the SIP URI grammar (RFC 3261 §25.1). */
public final class UriChars {

  private static final boolean[] UNRESERVED = new boolean[128];
  private static final boolean[] USER = new boolean[128];
  private static final boolean[] PASSWORD = new boolean[128];
  private static final boolean[] PARAM = new boolean[128];
  private static final boolean[] HEADER = new boolean[128];

  static {
    for (char c = 'a'; c <= 'z'; c++) {
      UNRESERVED[c] = true;
      UNRESERVED[c - 32] = true;
    }
    for (char c = '0'; c <= '9'; c++) {
      UNRESERVED[c] = true;
    }
    mark(UNRESERVED, "-_.!~*'()");
    System.arraycopy(UNRESERVED, 0, USER, 0, 128);
    mark(USER, "&=+$,;?/");
    System.arraycopy(UNRESERVED, 0, PASSWORD, 0, 128);
    mark(PASSWORD, "&=+$,");
    System.arraycopy(UNRESERVED, 0, PARAM, 0, 128);
    mark(PARAM, "[]/:&+$");
    System.arraycopy(UNRESERVED, 0, HEADER, 0, 128);
    mark(HEADER, "[]/?:+$");
  }

  private UriChars() {}

  private static void mark(boolean[] table, String chars) {
    for (char c : chars.toCharArray()) {
      table[c] = true;
    }
  }

  /** {@code unreserved = alphanum / mark}. */
  public static boolean isUnreserved(char c) {
    return c < 128 && UNRESERVED[c];
  }

  /** A character allowed unescaped in the user part. */
  public static boolean isUserChar(char c) {
    return c < 128 && USER[c];
  }

  /** A character allowed unescaped in the password. */
  public static boolean isPasswordChar(char c) {
    return c < 128 && PASSWORD[c];
  }

  /** {@code paramchar} without the escape. */
  public static boolean isParamChar(char c) {
    return c < 128 && PARAM[c];
  }

  /** {@code hnv-unreserved / unreserved}: header name and value characters without escapes. */
  public static boolean isHeaderChar(char c) {
    return c < 128 && HEADER[c];
  }
}
