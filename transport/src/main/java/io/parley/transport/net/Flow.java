package io.parley.transport.net;

import java.net.InetSocketAddress;
import java.util.Objects;

/**
 * One path a message travelled: the protocol, our local address, the peer's address and, for TCP
 * and TLS, the identity of the connection (RFC 5626 §3.3 calls this a flow).
 *
 * <p>A SIP layer keeps the flow of a request to send its responses back on the same connection (RFC
 * 3261 §18.2.2) and the flow of a registration to send keep-alives on it.
 *
 * @param protocol how the message travelled
 * @param local our bound address
 * @param remote the peer's address as seen on the socket (the RFC 3581 {@code received}/{@code
 *     rport} values)
 * @param connectionId a number unique for the life of the network layer for TCP/TLS connections;
 *     {@code 0} for UDP
 */
public record Flow(
    Protocol protocol, InetSocketAddress local, InetSocketAddress remote, long connectionId) {

  /** Checks that the parts are present and that only streams carry a connection id. */
  public Flow {
    Objects.requireNonNull(protocol, "protocol");
    Objects.requireNonNull(local, "local");
    Objects.requireNonNull(remote, "remote");
    if (protocol.isStream() == (connectionId == 0)) {
      throw new IllegalArgumentException(
          protocol + " flow with connection id " + connectionId + " (only streams have ids)");
    }
  }

  @Override
  public String toString() {
    return protocol.token()
        + ":"
        + Addresses.format(local)
        + "<->"
        + Addresses.format(remote)
        + (connectionId == 0 ? "" : "#" + connectionId);
  }
}
