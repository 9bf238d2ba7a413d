package io.parley.transport.rtp;

import io.parley.media.port.MediaAddress;
import io.parley.media.port.RtpSocket;
import java.io.IOException;
import java.net.InetSocketAddress;
import java.net.SocketAddress;
import java.nio.ByteBuffer;
import java.nio.channels.DatagramChannel;
import java.util.concurrent.atomic.LongAdder;
import java.util.function.Consumer;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * One media stream's UDP endpoint: the RTP channel and, without rtcp-mux, the RTCP channel on the
 * next port. Both deliver to the same receiver on the factory's selector thread; any thread may
 * send.
 */
public final class UdpRtpSocket implements RtpSocket {

  private static final Logger LOG = LoggerFactory.getLogger(UdpRtpSocket.class);

  private final DatagramChannel rtp;
  private final DatagramChannel rtcp;
  private final MediaAddress local;
  private final Consumer<UdpRtpSocket> onClose;
  private volatile Receiver receiver = (from, data, length, arrival) -> {};
  private volatile boolean closed;
  private volatile Destination lastDestination;
  private SocketAddress lastSource;
  private MediaAddress lastSourceAddress;
  private final LongAdder sendFailures = new LongAdder();

  private record Destination(MediaAddress media, InetSocketAddress socket) {}

  UdpRtpSocket(
      DatagramChannel rtp,
      DatagramChannel rtcp,
      MediaAddress local,
      Consumer<UdpRtpSocket> onClose) {
    this.rtp = rtp;
    this.rtcp = rtcp;
    this.local = local;
    this.onClose = onClose;
  }

  /**
   * {@inheritDoc}
   *
   * @throws IllegalArgumentException if {@code to} is not a literal address
   */
  @Override
  public void send(MediaAddress to, byte[] data, int offset, int length) {
    if (closed) {
      throw new IllegalStateException("RTP socket " + local + " is closed");
    }
    Destination destination = lastDestination;
    if (destination == null || !destination.media().equals(to)) {
      destination = new Destination(to, LiteralAddresses.socketAddress(to));
      lastDestination = destination;
    }
    try {
      rtp.send(ByteBuffer.wrap(data, offset, length), destination.socket());
    } catch (IOException e) {
      // UDP semantics: a datagram that cannot leave is lost, the stream goes on.
      sendFailures.increment();
      LOG.debug("RTP send {} -> {} dropped: {}", local, to, e.toString());
    }
  }

  @Override
  public void receive(Receiver receiver) {
    this.receiver = receiver == null ? (from, data, length, arrival) -> {} : receiver;
  }

  @Override
  public MediaAddress localAddress() {
    return local;
  }

  /** Returns the local RTCP port: the RTP port with rtcp-mux, otherwise the next one. */
  public int rtcpPort() {
    return rtcp == null ? local.port() : local.port() + 1;
  }

  /** Returns how many datagrams could not be handed to the operating system. */
  public long sendFailures() {
    return sendFailures.sum();
  }

  /** Called on the selector thread only, so the source cache needs no synchronisation. */
  void deliver(SocketAddress from, byte[] data, int length, long arrivalNanos) {
    if (closed) {
      return;
    }
    if (!from.equals(lastSource)) {
      lastSource = from;
      lastSourceAddress = LiteralAddresses.mediaAddress((InetSocketAddress) from);
    }
    try {
      receiver.onDatagram(lastSourceAddress, data, length, arrivalNanos);
    } catch (RuntimeException e) {
      LOG.warn("RTP receiver on {} failed: {}", local, e.toString(), e);
    }
  }

  @Override
  public void close() {
    if (closed) {
      return;
    }
    closed = true;
    closeQuietly(rtp);
    if (rtcp != null) {
      closeQuietly(rtcp);
    }
    onClose.accept(this);
  }

  private void closeQuietly(DatagramChannel channel) {
    try {
      channel.close();
    } catch (IOException e) {
      LOG.debug("closing RTP channel of {}: {}", local, e.toString());
    }
  }

  @Override
  public String toString() {
    return "UdpRtpSocket[" + local + (rtcp == null ? ", rtcp-mux]" : ", rtcp " + rtcpPort() + "]");
  }
}
