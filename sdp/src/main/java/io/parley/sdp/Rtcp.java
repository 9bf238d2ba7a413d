package io.parley.sdp;

import java.util.List;
import java.util.Optional;

/**
 * The {@code a=rtcp} attribute (RFC 3605 §2.1): the RTCP port, and address when it is not the RTP
 * address, for peers behind NATs that do not keep RTP port + 1.
 *
 * @param port the RTCP port
 * @param connection the RTCP address, empty when it is the media's {@code c=} address
 */
public record Rtcp(int port, Optional<Connection> connection) {

  /**
   * Checks the port.
   *
   * @throws IllegalArgumentException if the port is outside 0-65535
   */
  public Rtcp {
    if (port < 0 || port > 65535) {
      throw new IllegalArgumentException("rtcp port must be 0-65535: " + port);
    }
  }

  static Rtcp parse(String value) throws SdpParseException {
    String text = "a=rtcp:" + value;
    List<String> f = Syntax.fields(value);
    Syntax.require(
        f.size() == 1 || f.size() == 4, text, "<port> [<nettype> <addrtype> <connection-address>]");
    int port = Syntax.port(f.get(0), text);
    return new Rtcp(
        port,
        f.size() == 4
            ? Optional.of(new Connection(f.get(1), f.get(2), f.get(3)))
            : Optional.empty());
  }

  /** The attribute value after {@code a=rtcp:}. */
  @Override
  public String toString() {
    return connection.map(c -> port + " " + c).orElse(Integer.toString(port));
  }
}
