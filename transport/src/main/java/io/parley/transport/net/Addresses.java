package io.parley.transport.net;

import java.net.Inet6Address;
import java.net.InetSocketAddress;

/** Formats socket addresses the way SIP writes them: IPv6 in brackets (RFC 5118 §4.1). */
final class Addresses {

  private Addresses() {}

  static String format(InetSocketAddress address) {
    String host =
        address.isUnresolved() ? address.getHostString() : address.getAddress().getHostAddress();
    int zone = host.indexOf('%');
    if (zone >= 0) {
      host = host.substring(0, zone);
    }
    boolean v6 = address.getAddress() instanceof Inet6Address || host.indexOf(':') >= 0;
    return (v6 ? "[" + host + "]" : host) + ":" + address.getPort();
  }

  static String format(Protocol protocol, InetSocketAddress address) {
    return protocol.token() + ":" + format(address);
  }
}
