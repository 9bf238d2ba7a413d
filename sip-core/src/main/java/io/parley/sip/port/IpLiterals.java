package io.parley.sip.port;

/**
 * Recognises IPv4 and IPv6 address literals without any name lookup, so the domain can tell a
 * numeric host from a domain name (RFC 3263 §4.1, RFC 5954 for the IPv6 grammar).
 */
final class IpLiterals {

  private IpLiterals() {}

  /** Whether {@code host} is an IPv4 or IPv6 literal; IPv6 may be in brackets. */
  static boolean isIpLiteral(String host) {
    return isIpv4(host) || isIpv6(stripBrackets(host));
  }

  /** {@code host} without the brackets of an IPv6 reference (RFC 3261 §25.1). */
  static String stripBrackets(String host) {
    if (host.length() > 2 && host.charAt(0) == '[' && host.charAt(host.length() - 1) == ']') {
      return host.substring(1, host.length() - 1);
    }
    return host;
  }

  static boolean isIpv4(String text) {
    String[] parts = text.split("\\.", -1);
    if (parts.length != 4) {
      return false;
    }
    for (String part : parts) {
      if (part.isEmpty()
          || part.length() > 3
          || !part.chars().allMatch(c -> c >= '0' && c <= '9')) {
        return false;
      }
      if (Integer.parseInt(part) > 255) {
        return false;
      }
    }
    return true;
  }

  static boolean isIpv6(String text) {
    if (text.indexOf(':') < 0) {
      return false;
    }
    int doubleColon = text.indexOf("::");
    if (doubleColon >= 0 && text.indexOf("::", doubleColon + 1) >= 0) {
      return false;
    }
    String head = doubleColon >= 0 ? text.substring(0, doubleColon) : text;
    String tail = doubleColon >= 0 ? text.substring(doubleColon + 2) : "";
    int headGroups = countGroups(head, doubleColon < 0);
    int tailGroups = countGroups(tail, true);
    if (headGroups < 0 || tailGroups < 0) {
      return false;
    }
    int groups = headGroups + tailGroups;
    return doubleColon >= 0 ? groups <= 7 : groups == 8;
  }

  /** Counts 16-bit groups, an IPv4 tail counting as two; -1 if malformed. */
  private static int countGroups(String part, boolean mayEndWithIpv4) {
    if (part.isEmpty()) {
      return 0;
    }
    String[] groups = part.split(":", -1);
    int count = 0;
    for (int i = 0; i < groups.length; i++) {
      String group = groups[i];
      boolean last = i == groups.length - 1;
      if (last && mayEndWithIpv4 && group.indexOf('.') >= 0) {
        if (!isIpv4(group)) {
          return -1;
        }
        count += 2;
      } else if (group.isEmpty()
          || group.length() > 4
          || !group.chars().allMatch(c -> Character.digit(c, 16) >= 0)) {
        return -1;
      } else {
        count++;
      }
    }
    return count;
  }
}
