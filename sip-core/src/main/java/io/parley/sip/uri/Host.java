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
    boolean digitsAndDots = true;
    for (int i = start; i < end; i++) {
      char c = s.charAt(i);
      boolean alnum = (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9');
      if (!alnum && c != '-' && !(c == '.' && i > start && s.charAt(i - 1) != '.')) {
        throw new SipParseException(i, what, "a host name character (letter, digit, '-', '.')");
      }
      digitsAndDots &= c == '.' || (c >= '0' && c <= '9');
    }
    return digitsAndDots && isIpv4(s, start, end) ? Kind.IPV4 : Kind.NAME;
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
    int[] head = new int[8];
    int[] tail = new int[8];
    int nh = 0;
    int nt = 0;
    boolean gap = false;
    int i = start;
    if (end - start >= 2 && s.charAt(i) == ':' && s.charAt(i + 1) == ':') {
      gap = true;
      i += 2;
    } else if (i < end && s.charAt(i) == ':') {
      return null;
    }
    while (i < end) {
      int groupStart = i;
      int value = 0;
      while (i < end && i - groupStart < 5 && Character.digit(s.charAt(i), 16) >= 0) {
        value = value * 16 + Character.digit(s.charAt(i), 16);
        i++;
      }
      int n = gap ? nt : nh;
      if (i < end && s.charAt(i) == '.') {
        if (!isIpv4(s, groupStart, end) || n > 6) {
          return null;
        }
        int[] v4 = ipv4Value(s, groupStart, end);
        int[] into = gap ? tail : head;
        into[n] = v4[0];
        into[n + 1] = v4[1];
        if (gap) {
          nt += 2;
        } else {
          nh += 2;
        }
        i = end;
        break;
      }
      if (i == groupStart || i - groupStart > 4 || n >= 8) {
        return null;
      }
      if (gap) {
        tail[nt++] = value;
      } else {
        head[nh++] = value;
      }
      if (i == end) {
        break;
      }
      if (s.charAt(i) != ':') {
        return null;
      }
      i++;
      if (i < end && s.charAt(i) == ':') {
        if (gap) {
          return null;
        }
        gap = true;
        i++;
      } else if (i == end) {
        return null;
      }
    }
    int total = nh + nt;
    if (gap ? total > 7 : total != 8) {
      return null;
    }
    int[] groups = new int[8];
    System.arraycopy(head, 0, groups, 0, nh);
    System.arraycopy(tail, 0, groups, 8 - nt, nt);
    return groups;
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
