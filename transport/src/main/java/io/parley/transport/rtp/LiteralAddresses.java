package io.parley.transport.rtp;

import io.parley.media.port.MediaAddress;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.UnknownHostException;

/** Converts between media addresses and socket addresses without ever resolving a name. */
final class LiteralAddresses {

  private LiteralAddresses() {}

  /**
   * Parses a literal IPv4 or IPv6 address.
   *
   * @throws IllegalArgumentException if {@code host} is a name rather than a literal address
   */
  static InetAddress literal(String host) {
    String bare =
        host.startsWith("[") && host.endsWith("]") ? host.substring(1, host.length() - 1) : host;
    if (!isIpv4(bare) && bare.indexOf(':') < 0) {
      throw new IllegalArgumentException("media needs a literal IP address, got '" + host + "'");
    }
    try {
      // A literal never triggers a lookup: getByName only parses it.
      return InetAddress.getByName(bare);
    } catch (UnknownHostException e) {
      throw new IllegalArgumentException("not a valid IP address: '" + host + "'", e);
    }
  }

  static InetSocketAddress socketAddress(MediaAddress address) {
    return new InetSocketAddress(literal(address.host()), address.port());
  }

  static MediaAddress mediaAddress(InetSocketAddress address) {
    String host = address.getAddress().getHostAddress();
    int scope = host.indexOf('%');
    return new MediaAddress(scope < 0 ? host : host.substring(0, scope), address.getPort());
  }

  private static boolean isIpv4(String host) {
    String[] parts = host.split("\\.", -1);
    if (parts.length != 4) {
      return false;
    }
    for (String part : parts) {
      if (part.isEmpty() || part.length() > 3 || !part.chars().allMatch(Character::isDigit)) {
        return false;
      }
      if (Integer.parseInt(part) > 255) {
        return false;
      }
    }
    return true;
  }
}
