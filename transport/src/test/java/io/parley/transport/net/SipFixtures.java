package io.parley.transport.net;

import io.parley.transport.ListenAddress;
import java.io.IOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.NetworkInterface;
import java.net.ServerSocket;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;

/** Small SIP-shaped messages and helpers shared by the socket tests. */
final class SipFixtures {

  private SipFixtures() {}

  /** An OPTIONS request whose body is {@code body}, framed with Content-Length. */
  static String options(int cseq, String body) {
    return "OPTIONS sip:bob@example.test SIP/2.0\r\n"
        + "Via: SIP/2.0/TCP 127.0.0.1;branch=z9hG4bK"
        + cseq
        + "\r\n"
        + "CSeq: "
        + cseq
        + " OPTIONS\r\n"
        + "Content-Length: "
        + body.getBytes(StandardCharsets.UTF_8).length
        + "\r\n\r\n"
        + body;
  }

  static ByteBuffer bytes(String text) {
    return ByteBuffer.wrap(text.getBytes(StandardCharsets.UTF_8));
  }

  static NetworkConfig.Builder listening(String... addresses) {
    NetworkConfig.Builder builder = NetworkConfig.builder();
    for (String address : addresses) {
      builder.listen(ListenAddress.parse(address));
    }
    return builder;
  }

  static InetSocketAddress socketAddress(ListenAddress address) {
    try {
      return new InetSocketAddress(InetAddress.getByName(address.host()), address.port());
    } catch (IOException e) {
      throw new AssertionError(e);
    }
  }

  /** A port nothing listens on right now. */
  static int unusedPort() throws IOException {
    try (ServerSocket socket = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
      return socket.getLocalPort();
    }
  }

  /** Whether the IPv6 loopback address is configured on this host. */
  static boolean hasIpv6Loopback() {
    try {
      NetworkInterface lo = NetworkInterface.getByInetAddress(InetAddress.getByName("::1"));
      return lo != null;
    } catch (IOException e) {
      return false;
    }
  }
}
