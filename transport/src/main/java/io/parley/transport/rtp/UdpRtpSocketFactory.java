package io.parley.transport.rtp;

import io.parley.media.port.MediaAddress;
import io.parley.media.port.RtpSocket;
import io.parley.media.port.RtpSocketFactory;
import java.io.IOException;
import java.net.BindException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.StandardProtocolFamily;
import java.nio.channels.DatagramChannel;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Binds UDP sockets for media from a port range and reads all of them on one selector thread.
 *
 * <p>Ports are handed out round-robin through the range, so a port just released is not reused at
 * once (late packets of the old call do not reach the new one). A port the system already uses is
 * skipped. Registered for {@link java.util.ServiceLoader} with the default range.
 */
public final class UdpRtpSocketFactory implements RtpSocketFactory {

  private final PortRange range;
  private final RtpSelector selector;
  private final Set<UdpRtpSocket> open = ConcurrentHashMap.newKeySet();
  private int next;
  private boolean started;
  private boolean closed;

  /** Creates a factory over {@link PortRange#DEFAULT}. */
  public UdpRtpSocketFactory() {
    this(PortRange.DEFAULT);
  }

  /**
   * Creates a factory over {@code range}; its selector thread starts with the first socket.
   *
   * @param range where RTP and RTCP ports come from
   */
  public UdpRtpSocketFactory(PortRange range) {
    this.range = range;
    this.selector = new RtpSelector("parley-rtp-" + range);
  }

  /**
   * {@inheritDoc}
   *
   * @throws IOException naming the range and the address when every pair is taken
   */
  @Override
  public synchronized RtpSocket open(String localHost, boolean rtcpMux) throws IOException {
    if (closed) {
      throw new IllegalStateException("RTP socket factory for " + range + " is closed");
    }
    InetAddress address = LiteralAddresses.literal(localHost);
    int pairs = range.pairs();
    for (int attempt = 0; attempt < pairs; attempt++) {
      int port = range.rtpPort(next);
      next = (next + 1) % pairs;
      UdpRtpSocket socket = tryBind(address, port, rtcpMux);
      if (socket != null) {
        if (!started) {
          selector.start();
          started = true;
        }
        open.add(socket);
        return socket;
      }
    }
    throw new IOException(
        "no free RTP port "
            + (rtcpMux ? "" : "pair ")
            + "in "
            + range
            + " on "
            + localHost
            + " ("
            + open.size()
            + " open here)");
  }

  private UdpRtpSocket tryBind(InetAddress address, int port, boolean rtcpMux) throws IOException {
    DatagramChannel rtp = bind(address, port);
    if (rtp == null) {
      return null;
    }
    DatagramChannel rtcp = null;
    if (!rtcpMux) {
      rtcp = bind(address, port + 1);
      if (rtcp == null) {
        rtp.close();
        return null;
      }
    }
    MediaAddress local = new MediaAddress(address.getHostAddress(), port);
    UdpRtpSocket socket = new UdpRtpSocket(rtp, rtcp, local, open::remove);
    selector.register(rtp, socket);
    if (rtcp != null) {
      selector.register(rtcp, socket);
    }
    return socket;
  }

  private static DatagramChannel bind(InetAddress address, int port) throws IOException {
    DatagramChannel channel =
        DatagramChannel.open(
            address instanceof java.net.Inet6Address
                ? StandardProtocolFamily.INET6
                : StandardProtocolFamily.INET);
    try {
      channel.configureBlocking(false);
      channel.bind(new InetSocketAddress(address, port));
      return channel;
    } catch (BindException e) {
      channel.close();
      return null;
    } catch (IOException | RuntimeException e) {
      channel.close();
      throw e;
    }
  }

  /** Returns how many sockets of this factory are open. */
  public int openSockets() {
    return open.size();
  }

  @Override
  public void close() {
    synchronized (this) {
      if (closed) {
        return;
      }
      closed = true;
    }
    for (UdpRtpSocket socket : Set.copyOf(open)) {
      socket.close();
    }
    selector.close();
  }
}
