package io.parley.transport.dns;

import java.io.IOException;
import java.net.DatagramPacket;
import java.net.DatagramSocket;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.SocketException;
import org.xbill.DNS.Message;

/** Serves a {@link FakeDns} zone over real UDP on 127.0.0.1, one thread, until closed. */
final class LoopbackDnsServer implements AutoCloseable {

  private final DatagramSocket socket;
  private final FakeDns zone;
  private final Thread thread;

  private LoopbackDnsServer(FakeDns zone) throws SocketException {
    this.zone = zone;
    this.socket = new DatagramSocket(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0));
    this.thread = new Thread(this::serve, "loopback-dns");
    thread.setDaemon(true);
  }

  static LoopbackDnsServer start(FakeDns zone) throws SocketException {
    LoopbackDnsServer server = new LoopbackDnsServer(zone);
    server.thread.start();
    return server;
  }

  /** The {@code host:port} to give {@link DnsTargetResolverBuilder#server}. */
  String address() {
    return socket.getLocalAddress().getHostAddress() + ":" + socket.getLocalPort();
  }

  int port() {
    return socket.getLocalPort();
  }

  private void serve() {
    byte[] buffer = new byte[4096];
    while (!socket.isClosed()) {
      try {
        DatagramPacket packet = new DatagramPacket(buffer, buffer.length);
        socket.receive(packet);
        byte[] query = java.util.Arrays.copyOf(packet.getData(), packet.getLength());
        Message answer = zone.answer(new Message(query));
        if (answer != null) {
          byte[] wire = answer.toWire();
          socket.send(new DatagramPacket(wire, wire.length, packet.getSocketAddress()));
        }
      } catch (IOException e) {
        // Closed socket ends the loop; a malformed query is ignored like a real server would.
      }
    }
  }

  @Override
  public void close() throws InterruptedException {
    socket.close();
    thread.join(5_000);
  }
}
