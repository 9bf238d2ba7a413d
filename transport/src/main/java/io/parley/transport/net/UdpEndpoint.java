package io.parley.transport.net;

import java.io.IOException;
import java.net.InetSocketAddress;
import java.nio.ByteBuffer;
import java.nio.channels.DatagramChannel;
import java.nio.channels.SelectionKey;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * One bound UDP socket: every datagram that arrives is one message (RFC 3261 §18.3); sends go out
 * directly from the calling thread, since a datagram channel sends atomically.
 */
final class UdpEndpoint implements IoLoop.Handler {

  private static final Logger LOG = LoggerFactory.getLogger(UdpEndpoint.class);

  /** The largest UDP payload; anything bigger cannot arrive. */
  private static final int MAX_DATAGRAM = 65_535;

  /** Datagrams read per wake-up, so one busy socket cannot starve the others. */
  private static final int BURST = 64;

  private final DatagramChannel channel;
  private final InetSocketAddress local;
  private final NetworkListener listener;
  private final ByteBuffer receiveBuffer = ByteBuffer.allocateDirect(MAX_DATAGRAM);

  UdpEndpoint(DatagramChannel channel, InetSocketAddress local, NetworkListener listener) {
    this.channel = channel;
    this.local = local;
    this.listener = listener;
  }

  InetSocketAddress local() {
    return local;
  }

  boolean isIpv6() {
    return local.getAddress() instanceof java.net.Inet6Address;
  }

  @Override
  public void onReady(SelectionKey key) throws IOException {
    for (int i = 0; i < BURST; i++) {
      receiveBuffer.clear();
      InetSocketAddress from = (InetSocketAddress) channel.receive(receiveBuffer);
      if (from == null) {
        return;
      }
      receiveBuffer.flip();
      ByteBuffer message = ByteBuffer.allocate(receiveBuffer.remaining());
      message.put(receiveBuffer).flip();
      listener.onMessage(new Flow(Protocol.UDP, local, from, 0), message);
    }
  }

  @Override
  public void onError(Exception error) {
    // An ICMP error reported on receive concerns one earlier datagram, not this socket.
    LOG.debug("udp:{} receive error: {}", Addresses.format(local), error.toString());
  }

  /**
   * Sends one datagram.
   *
   * @return null when sent, else why not
   */
  String send(ByteBuffer message, InetSocketAddress remote) {
    try {
      int size = message.remaining();
      if (channel.send(message, remote) < size) {
        return "socket send buffer of udp:" + Addresses.format(local) + " is full";
      }
      return null;
    } catch (IOException e) {
      return "sending from udp:" + Addresses.format(local) + " failed: " + e.getMessage();
    }
  }

  void close() {
    try {
      channel.close();
    } catch (IOException e) {
      LOG.debug("closing udp:{}", Addresses.format(local), e);
    }
  }
}
