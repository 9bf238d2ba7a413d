package io.parley.media.port;

/**
 * Where a datagram comes from or goes to: a literal IP address (IPv4 dotted quad or IPv6) and a UDP
 * port. The media domain never resolves names; SDP carries literal addresses.
 *
 * @param host the literal address, as written in SDP {@code c=} lines
 * @param port the UDP port, 1..65535
 */
public record MediaAddress(String host, int port) {

  /**
   * Validates the address.
   *
   * @throws IllegalArgumentException if {@code host} is blank or {@code port} is outside 1..65535
   */
  public MediaAddress {
    if (host == null || host.isBlank()) {
      throw new IllegalArgumentException("host must be a literal IP address, got '" + host + "'");
    }
    if (port < 1 || port > 65535) {
      throw new IllegalArgumentException("port must be 1..65535, got " + port);
    }
  }

  @Override
  public String toString() {
    return host.indexOf(':') >= 0 ? "[" + host + "]:" + port : host + ":" + port;
  }
}
