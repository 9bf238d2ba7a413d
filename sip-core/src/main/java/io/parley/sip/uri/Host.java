package io.parley.sip.uri;

import io.parley.sip.syntax.SipParseException;
import java.util.Locale;

/**
 * A host: a domain name, an IPv4 address or an IPv6 reference (RFC 3261 §25.1, RFC 5118).
 *
 * <p>{@link #toString()} gives the host as SIP writes it, with brackets around IPv6 addresses.
 * Names compare case-insensitively; IPv6 addresses compare by value, so {@code [2001:DB8::1]}
 * equals {@code [2001:db8:0::1]}.
 */
public final class Host {

  /** What kind of host this is. */
  public enum Kind {
    /** A domain name such as {@code example.com}. */
    NAME,
    /** A dotted-quad IPv4 address. */
    IPV4,
    /** An IPv6 address; SIP writes it in brackets (an IPv6 reference). */
    IPV6
  }

  // one bit per class of host name character, so one table read both checks a character and
  // tells whether the host could still be a dotted quad
  private static final int LETTER = 1;
  private static final int DIGIT = 2;
  private static final int DOT = 4;
  private static final int HYPHEN = 8;
  private static final byte[] NAME_CHARS = new byte[128];

  static {
    for (char c = 'a'; c <= 'z'; c++) {
      NAME_CHARS[c] = LETTER;
      NAME_CHARS[c - 32] = LETTER;
    }
    for (char c = '0'; c <= '9'; c++) {
      NAME_CHARS[c] = DIGIT;
    }
    NAME_CHARS['.'] = DOT;
    NAME_CHARS['-'] = HYPHEN;
  }

  private final Kind kind;
  private final String address;

  private Host(Kind kind, String address) {
    this.kind = kind;
    this.address = address;
  }

  /**
   * Parses a host as written in a SIP URI or Via sent-by: IPv6 addresses must be in brackets.
   *
   * @throws SipParseException if the text is not a host name, IPv4 address or IPv6 reference
   */
  public static Host parse(String text) throws SipParseException {
    return parse(text, 0, text.length(), "host");
  }

  /** Parses the host in {@code s[start, end)}; see {@link #parse(String)}. */
  public static Host parse(String s, int start, int end, String what) throws SipParseException {
    return of(check(s, start, end, what), s, start, end);
  }

  /**
   * Checks the host in {@code s[start, end)} without creating it.
   *
   * @return its kind
   * @throws SipParseException if it is not a host name, IPv4 address or IPv6 reference
   */
  public static Kind check(String s, int start, int end, String what) throws SipParseException {
    if (start >= end) {
      throw new SipParseException(start, what, "a host");
    }
    if (s.charAt(start) == '[') {
      if (s.charAt(end - 1) != ']' || !isIpv6(s, start + 1, end - 1)) {
        throw new SipParseException(start, what, "an IPv6 reference such as [2001:db8::1]");
      }
      return Kind.IPV6;
    }
    int seen = 0;
    char previous = 0;
    for (int i = start; i < end; i++) {
      char c = s.charAt(i);
      int kind = c < 128 ? NAME_CHARS[c] : 0;
      if (kind == 0 || (c == '.' && (i == start || previous == '.'))) {
        throw new SipParseException(i, what, "a host name character (letter, digit, '-', '.')");
      }
      seen |= kind;
      previous = c;
    }
    return (seen & ~(DIGIT | DOT)) == 0 && isIpv4(s, start, end) ? Kind.IPV4 : Kind.NAME;
  }

  /**
   * Creates the host in {@code s[start, end)} that {@link #check} found to be of {@code kind}; lets
   * parsers check eagerly and create lazily.
   */
  public static Host of(Kind kind, String s, int start, int end) {
    if (kind == Kind.IPV6) {
      return new Host(kind, s.substring(start + 1, end - 1));
    }
    return new Host(kind, start == 0 && end == s.length() ? s : s.substring(start, end));
  }

  /**
   * Parses a host given as an address parameter value ({@code received}, {@code maddr}), where an
   * IPv6 address may come with or without brackets (RFC 5118 §4.5).
   *
   * @throws SipParseException if the text is not a host
   */
  public static Host parseParameter(String text) throws SipParseException {
    if (!text.isEmpty() && text.charAt(0) != '[' && text.indexOf(':') >= 0) {
      if (!isIpv6(text, 0, text.length())) {
        throw new SipParseException(0, "host", "an IPv6 address");
      }
      return new Host(Kind.IPV6, text);
    }
    return parse(text);
  }

  /** Whether {@code s[start, end)} is a dotted-quad IPv4 address. */
  static boolean isIpv4(String s, int start, int end) {
    int parts = 0;
    int i = start;
    while (i < end) {
      int value = 0;
      int digits = 0;
      while (i < end && s.charAt(i) >= '0' && s.charAt(i) <= '9' && digits < 4) {
        value = value * 10 + s.charAt(i) - '0';
        digits++;
        i++;
      }
      if (digits == 0 || digits > 3 || value > 255) {
        return false;
      }
      parts++;
      if (i < end) {
        if (s.charAt(i) != '.' || parts == 4) {
          return false;
        }
        i++;
        if (i == end) {
          return false;
        }
      }
    }
    return parts == 4;
  }

  /** Whether {@code s[start, end)} is an IPv6 address (RFC 4291 §2.2 text forms). */
  static boolean isIpv6(String s, int start, int end) {
    return ipv6Groups(s, start, end) != null;
  }

  /** The eight 16-bit groups of an IPv6 address, or {@code null} if it is not one. */
  private static int[] ipv6Groups(String s, int start, int end) {
    String text = s.substring(start, end);
    int gap = text.indexOf("::");
    if (gap >= 0 && text.indexOf("::", gap + 1) >= 0) {
      return null;
    }
    int[] head = groups(gap < 0 ? text : text.substring(0, gap), gap < 0);
    int[] tail = gap < 0 ? new int[0] : groups(text.substring(gap + 2), true);
    if (head == null || tail == null) {
      return null;
    }
    int total = head.length + tail.length;
    if (gap < 0 ? total != 8 : total > 7) {
      return null;
    }
    int[] groups = new int[8];
    System.arraycopy(head, 0, groups, 0, head.length);
    System.arraycopy(tail, 0, groups, 8 - tail.length, tail.length);
    return groups;
  }

  /** The groups of {@code h16 *(":" h16)}, the last of which may be an IPv4 address. */
  private static int[] groups(String part, boolean mayEndInIpv4) {
    if (part.isEmpty()) {
      return new int[0];
    }
    String[] pieces = part.split(":", -1);
    int n = pieces.length;
    boolean v4 = mayEndInIpv4 && pieces[n - 1].indexOf('.') >= 0;
    int[] out = new int[v4 ? n + 1 : n];
    for (int i = 0; i < (v4 ? n - 1 : n); i++) {
      String g = pieces[i];
      if (g.isEmpty() || g.length() > 4) {
        return null;
      }
      for (int c = 0; c < g.length(); c++) {
        if (Character.digit(g.charAt(c), 16) < 0) {
          return null;
        }
      }
      out[i] = Integer.parseInt(g, 16);
    }
    if (v4) {
      String last = pieces[n - 1];
      if (!isIpv4(last, 0, last.length())) {
        return null;
      }
      int[] v = ipv4Value(last, 0, last.length());
      out[n - 1] = v[0];
      out[n] = v[1];
    }
    return out;
  }

  private static int[] ipv4Value(String s, int start, int end) {
    String[] parts = s.substring(start, end).split("\\.");
    int a = Integer.parseInt(parts[0]);
    int b = Integer.parseInt(parts[1]);
    int c = Integer.parseInt(parts[2]);
    int d = Integer.parseInt(parts[3]);
    return new int[] {(a << 8) | b, (c << 8) | d};
  }

  /** The kind of host. */
  public Kind kind() {
    return kind;
  }

  /** The name or address without IPv6 brackets. */
  public String address() {
    return address;
  }

  /** The host as SIP writes it: IPv6 addresses in brackets. */
  @Override
  public String toString() {
    return kind == Kind.IPV6 ? "[" + address + "]" : address;
  }

  @Override
  public boolean equals(Object o) {
    if (!(o instanceof Host other) || other.kind != kind) {
      return false;
    }
    if (kind == Kind.IPV6) {
      return java.util.Arrays.equals(
          ipv6Groups(address, 0, address.length()),
          ipv6Groups(other.address, 0, other.address.length()));
    }
    return address.equalsIgnoreCase(other.address);
  }

  @Override
  public int hashCode() {
    if (kind == Kind.IPV6) {
      return java.util.Arrays.hashCode(ipv6Groups(address, 0, address.length()));
    }
    return address.toLowerCase(Locale.ROOT).hashCode();
  }
}
