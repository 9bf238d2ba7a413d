package io.parley.sip.port;

import java.util.Objects;

/**
 * Where a SIP transport listens: a transport, a literal IP address (IPv6 without brackets) and a
 * port; port 0 lets the system choose.
 *
 * @param transport UDP, TCP or TLS
 * @param address the local address to bind, such as {@code 0.0.0.0}, {@code 127.0.0.1} or {@code
 *     ::1}
 * @param port 0 to 65535
 */
public record ListenPoint(Transport transport, String address, int port) {

  /**
   * Checks the parts.
   *
   * @throws IllegalArgumentException if the port is out of range or the address is empty
   */
  public ListenPoint {
    Objects.requireNonNull(transport, "transport");
    Objects.requireNonNull(address, "address");
    if (address.isBlank()) {
      throw new IllegalArgumentException("a listen address must not be empty");
    }
    if (port < 0 || port > 65535) {
      throw new IllegalArgumentException("listen port must be 0 to 65535, not " + port);
    }
  }

  @Override
  public String toString() {
    String host = address.indexOf(':') >= 0 ? "[" + address + "]" : address;
    return transport.parameterValue() + ":" + host + ":" + port;
  }
}
