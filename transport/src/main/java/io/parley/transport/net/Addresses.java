package io.parley.transport.net;

import java.net.Inet6Address;
import java.net.InetSocketAddress;

/**
 * Formats socket addresses the way SIP writes them: IPv6 in brackets (RFC 5118 §4.1) and in the
 * canonical text form of RFC 5952 §4 ({@code [::1]}, not {@code [0:0:0:0:0:0:0:1]}).
 */
final class Addresses {

  private Addresses() {}

  static String format(InetSocketAddress address) {
    if (address.isUnresolved()) {
      return address.getHostString() + ":" + address.getPort();
    }
    if (address.getAddress() instanceof Inet6Address v6) {
      return "[" + canonical(v6.getAddress()) + "]:" + address.getPort();
    }
    return address.getAddress().getHostAddress() + ":" + address.getPort();
  }

  /** RFC 5952 §4.2: lower-case hex, no leading zeros, the longest run of zero groups as "::". */
  static String canonical(byte[] ipv6) {
    int[] groups = new int[8];
    for (int i = 0; i < 8; i++) {
      groups[i] = ((ipv6[2 * i] & 0xff) << 8) | (ipv6[2 * i + 1] & 0xff);
    }
    int bestStart = -1;
    int bestLength = 1;
    for (int i = 0; i < 8; ) {
      int j = i;
      while (j < 8 && groups[j] == 0) {
        j++;
      }
      if (j - i > bestLength) {
        bestStart = i;
        bestLength = j - i;
      }
      i = j == i ? i + 1 : j;
    }
    StringBuilder text = new StringBuilder();
    for (int i = 0; i < 8; i++) {
      if (i == bestStart) {
        text.append("::");
        i += bestLength - 1;
        continue;
      }
      if (text.length() > 0 && text.charAt(text.length() - 1) != ':') {
        text.append(':');
      }
      text.append(Integer.toHexString(groups[i]));
    }
    return text.toString();
  }

  static String format(Protocol protocol, InetSocketAddress address) {
    return protocol.token() + ":" + format(address);
  }
}
