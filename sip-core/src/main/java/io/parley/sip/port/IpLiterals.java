package io.parley.sip.port;

import java.util.ArrayList;
import java.util.List;

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

  /**
   * The RFC 5952 §4 text of an IPv6 literal: lower case, no leading zeros, the longest run of two
   * or more zero groups (the first on a tie) as {@code ::}. IPv4 literals come back unchanged.
   */
  static String canonical(String address) {
    if (!isIpv6(address)) {
      return address;
    }
    int[] groups = groupsOf(address);
    int bestStart = -1;
    int bestLength = 1;
    for (int i = 0; i < 8; i++) {
      int length = 0;
      while (i + length < 8 && groups[i + length] == 0) {
        length++;
      }
      if (length > bestLength) {
        bestStart = i;
        bestLength = length;
      }
    }
    StringBuilder text = new StringBuilder();
    for (int i = 0; i < 8; i++) {
      if (i == bestStart) {
        text.append(i == 0 ? "::" : ":");
        i += bestLength - 1;
        continue;
      }
      text.append(Integer.toHexString(groups[i]));
      if (i < 7) {
        text.append(':');
      }
    }
    return text.toString();
  }

  /** The eight 16-bit groups of a valid IPv6 literal. */
  private static int[] groupsOf(String address) {
    int doubleColon = address.indexOf("::");
    List<Integer> head =
        parseGroups(doubleColon >= 0 ? address.substring(0, doubleColon) : address);
    List<Integer> tail =
        doubleColon >= 0 ? parseGroups(address.substring(doubleColon + 2)) : List.of();
    int[] groups = new int[8];
    for (int i = 0; i < head.size(); i++) {
      groups[i] = head.get(i);
    }
    for (int i = 0; i < tail.size(); i++) {
      groups[8 - tail.size() + i] = tail.get(i);
    }
    return groups;
  }

  private static List<Integer> parseGroups(String part) {
    List<Integer> groups = new ArrayList<>();
    if (part.isEmpty()) {
      return groups;
    }
    for (String group : part.split(":", -1)) {
      if (group.indexOf('.') >= 0) {
        String[] octets = group.split("\\.");
        groups.add(Integer.parseInt(octets[0]) << 8 | Integer.parseInt(octets[1]));
        groups.add(Integer.parseInt(octets[2]) << 8 | Integer.parseInt(octets[3]));
      } else {
        groups.add(Integer.parseInt(group, 16));
      }
    }
    return groups;
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
