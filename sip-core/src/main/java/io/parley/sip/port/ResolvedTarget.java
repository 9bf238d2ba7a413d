package io.parley.sip.port;

import java.util.Objects;

/**
 * One place to send a request: a transport, an IP address literal and a port (RFC 3263 §4).
 *
 * @param transport how to reach the target
 * @param address an IPv4 or IPv6 literal; IPv6 is kept without brackets in RFC 5952 form, so equal
 *     addresses compare equal
 * @param port 1 to 65535
 */
public record ResolvedTarget(Transport transport, String address, int port) {

  /**
   * Validates the parts.
   *
   * @throws IllegalArgumentException if {@code address} is not an IP literal or {@code port} is out
   *     of range, naming the bad value
   */
  public ResolvedTarget {
    Objects.requireNonNull(transport, "transport");
    Objects.requireNonNull(address, "address");
    address = IpLiterals.stripBrackets(address);
    if (!IpLiterals.isIpLiteral(address)) {
      throw new IllegalArgumentException(
          "target address must be an IPv4 or IPv6 literal, not '" + address + "'");
    }
    address = IpLiterals.canonical(address);
    if (port < 1 || port > 65535) {
      throw new IllegalArgumentException("target port must be 1 to 65535, not " + port);
    }
  }

  /** Whether the address is IPv6. */
  public boolean isIpv6() {
    return address.indexOf(':') >= 0;
  }

  /** Written as {@code tcp:192.0.2.1:5060} or {@code tls:[2001:db8::1]:5061}. */
  @Override
  public String toString() {
    return transport.parameterValue()
        + ":"
        + (isIpv6() ? "[" + address + "]" : address)
        + ":"
        + port;
  }
}
