package io.parley.transport.sip;

import io.parley.sip.message.MalformedRequests;
import io.parley.sip.message.SipMessage;
import io.parley.sip.message.SipParser;
import io.parley.sip.port.ResolvedTarget;
import io.parley.sip.port.SipTransport;
import io.parley.sip.port.Transport;
import io.parley.sip.syntax.SipParseException;
import io.parley.transport.ListenAddress;
import io.parley.transport.net.ContentLengthDecoder;
import io.parley.transport.net.Flow;
import io.parley.transport.net.NetworkConfig;
import io.parley.transport.net.NetworkListener;
import io.parley.transport.net.NioNetwork;
import io.parley.transport.net.Protocol;
import io.parley.transport.net.SendFailure;
import io.parley.transport.net.TlsConfig;
import java.io.IOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.NetworkInterface;
import java.net.SocketException;
import java.net.UnknownHostException;
import java.nio.ByteBuffer;
import java.security.cert.X509Certificate;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Deque;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * SIP over UDP, TCP and TLS sockets: serializes what it sends, parses what arrives (dropping
 * malformed messages with a log line, never failing the I/O thread), and reports send failures with
 * the messages they affected so that transactions see their transport error (RFC 3261 §8.1.3.1).
 */
public final class NioSipTransport implements SipTransport {

  private static final Logger LOG = LoggerFactory.getLogger(NioSipTransport.class);
  private static final int MAX_MESSAGE = 65_535;
  private static final int REMEMBERED_PER_PEER = 16;

  private final NioNetwork network;
  private final Map<Transport, String> sentBy = new EnumMap<>(Transport.class);
  private final Map<String, Deque<SipMessage>> recent = new ConcurrentHashMap<>();
  private final Map<ResolvedTarget, Flow> flows = new ConcurrentHashMap<>();
  private final SipParser parser = SipParser.DEFAULT;
  private volatile Listener listener;

  private NioSipTransport(NetworkConfig.Builder config) throws IOException {
    this.network =
        NioNetwork.open(
            config.decoders(ContentLengthDecoder.factory(MAX_MESSAGE)).build(), new Inbound());
    for (ListenAddress bound : network.listenAddresses()) {
      Transport transport = Transport.fromParameter(bound.protocol());
      sentBy.putIfAbsent(transport, advertised(bound));
    }
  }

  /**
   * Binds every listen address (without TLS).
   *
   * @throws IOException naming the address that could not be bound
   */
  public static NioSipTransport open(List<ListenAddress> listen) throws IOException {
    return open(listen, null);
  }

  /**
   * Binds every listen address; TLS ones (and outbound TLS connections) use {@code tls}.
   *
   * @param tls the certificates and trust for TLS, or null when no TLS is used
   * @throws IOException naming the address that could not be bound
   * @throws IllegalArgumentException if a TLS address is given without a TLS configuration
   */
  public static NioSipTransport open(List<ListenAddress> listen, TlsConfig tls) throws IOException {
    NetworkConfig.Builder config =
        NetworkConfig.builder().listen(listen.toArray(ListenAddress[]::new));
    if (tls != null) {
      config.tls(tls);
    } else if (listen.stream().anyMatch(a -> a.protocol().equals("tls"))) {
      throw new IllegalArgumentException(
          "listening on TLS needs a certificate: pass a TlsConfig (see docs/transports.md)");
    }
    return new NioSipTransport(config);
  }

  @Override
  public void listen(Listener newListener) {
    Objects.requireNonNull(newListener, "listener");
    if (listener != null) {
      throw new IllegalStateException("a listener is already set");
    }
    listener = newListener;
  }

  @Override
  public void send(SipMessage message, ResolvedTarget target) {
    if (listener == null) {
      throw new IllegalStateException("listen() must be called before send()");
    }
    InetSocketAddress remote = socketAddress(target);
    if (target.transport().isReliable()) {
      remember(target, message);
    }
    network.send(ByteBuffer.wrap(message.toByteArray()), protocol(target.transport()), remote);
  }

  @Override
  public String sentBy(Transport transport) {
    String value = sentBy.get(transport);
    if (value == null) {
      throw new IllegalArgumentException("this transport does not listen on " + transport);
    }
    return value;
  }

  @Override
  public void keepAlive(ResolvedTarget peer) {
    Flow flow = flows.get(peer);
    if (flow != null) {
      network.ping(flow);
    }
  }

  @Override
  public void close() {
    network.close();
  }

  private static ResolvedTarget peerOf(Flow flow) {
    InetSocketAddress remote = flow.remote();
    return new ResolvedTarget(
        Transport.valueOf(flow.protocol().name()),
        remote.getAddress().getHostAddress(),
        remote.getPort());
  }

  /** The addresses actually bound (with the ports the system chose for port 0). */
  public List<ListenAddress> listenAddresses() {
    return network.listenAddresses();
  }

  private void remember(ResolvedTarget target, SipMessage message) {
    Deque<SipMessage> queue =
        recent.computeIfAbsent(
            key(target.transport(), target.address(), target.port()), k -> new ArrayDeque<>());
    synchronized (queue) {
      if (queue.size() == REMEMBERED_PER_PEER) {
        queue.removeFirst();
      }
      queue.addLast(message);
    }
  }

  private List<SipMessage> forget(Transport transport, InetSocketAddress remote, int count) {
    Deque<SipMessage> queue =
        recent.remove(key(transport, remote.getAddress().getHostAddress(), remote.getPort()));
    if (queue == null) {
      return List.of();
    }
    synchronized (queue) {
      List<SipMessage> lost = new ArrayList<>(queue);
      return lost.subList(Math.max(0, lost.size() - Math.max(count, 1)), lost.size());
    }
  }

  private static String key(Transport transport, String address, int port) {
    return transport + "/" + new ResolvedTarget(transport, address, port).address() + "/" + port;
  }

  private static Protocol protocol(Transport transport) {
    return Protocol.valueOf(transport.name());
  }

  private static InetSocketAddress socketAddress(ResolvedTarget target) {
    try {
      // A literal: InetAddress parses it without a DNS look-up.
      return new InetSocketAddress(InetAddress.getByName(target.address()), target.port());
    } catch (UnknownHostException e) {
      throw new IllegalArgumentException("not an IP literal: " + target.address(), e);
    }
  }

  /** The host:port to advertise in Via and Contact for a bound address. */
  private static String advertised(ListenAddress bound) {
    String host = bound.host();
    if (host.equals("0.0.0.0") || host.equals("::")) {
      host = firstInterfaceAddress(host.equals("::"));
    }
    return (host.indexOf(':') >= 0 ? "[" + host + "]" : host) + ":" + bound.port();
  }

  private static String firstInterfaceAddress(boolean ipv6) {
    try {
      for (NetworkInterface nic : Collections.list(NetworkInterface.getNetworkInterfaces())) {
        if (!nic.isUp() || nic.isLoopback()) {
          continue;
        }
        for (InetAddress address : Collections.list(nic.getInetAddresses())) {
          if ((address.getAddress().length == 16) == ipv6 && !address.isLinkLocalAddress()) {
            return address.getHostAddress();
          }
        }
      }
    } catch (SocketException e) {
      LOG.debug("cannot list network interfaces", e);
    }
    return ipv6 ? "::1" : "127.0.0.1";
  }

  private final class Inbound implements NetworkListener {

    @Override
    public void onMessage(Flow flow, ByteBuffer bytes) {
      SipMessage message;
      ByteBuffer original = bytes.duplicate();
      try {
        message = ownsWholeArray(bytes) ? parser.parseOwned(bytes.array()) : parser.parse(bytes);
      } catch (SipParseException e) {
        answerMalformed(flow, original, e);
        return;
      }
      Listener current = listener;
      if (current != null) {
        InetSocketAddress remote = flow.remote();
        current.onMessage(
            message,
            new ResolvedTarget(
                Transport.valueOf(flow.protocol().name()),
                remote.getAddress().getHostAddress(),
                remote.getPort()));
      }
    }

    /** The network hands each frame over; when it fills its own array, the parser keeps it. */
    private boolean ownsWholeArray(ByteBuffer bytes) {
      return bytes.hasArray()
          && bytes.arrayOffset() == 0
          && bytes.position() == 0
          && bytes.limit() == bytes.array().length;
    }

    /** A request that cannot be parsed gets 400 (or 414/505/513) with a Warning, if routable. */
    private void answerMalformed(Flow flow, ByteBuffer original, SipParseException error) {
      byte[] data = new byte[original.remaining()];
      original.get(data);
      Optional<byte[]> response = MalformedRequests.response(data, 0, data.length, error);
      LOG.debug(
          "malformed message from {} ({}): {}",
          flow,
          response.isPresent() ? "answered " + error.statusCode() : "dropped",
          error.getMessage());
      response.ifPresent(bytes -> network.send(ByteBuffer.wrap(bytes), flow));
    }

    @Override
    public void onFlowOpened(Flow flow, List<X509Certificate> peerCertificates) {
      flows.put(peerOf(flow), flow);
    }

    @Override
    public void onFlowClosed(Flow flow, String reason) {
      ResolvedTarget peer = peerOf(flow);
      Listener current = listener;
      if (flows.remove(peer, flow) && current != null) {
        current.onFlowFailed(peer, reason);
      }
    }

    @Override
    public void onPongMissing(Flow flow) {
      Listener current = listener;
      if (current != null) {
        current.onFlowFailed(peerOf(flow), "no pong to a keep-alive ping (RFC 5626 §4.4.1)");
      }
    }

    @Override
    public void onSendFailure(SendFailure failure) {
      Listener current = listener;
      if (current == null || failure.protocol() == Protocol.UDP) {
        return;
      }
      Transport transport = Transport.valueOf(failure.protocol().name());
      InetSocketAddress remote = failure.remote();
      ResolvedTarget target =
          new ResolvedTarget(transport, remote.getAddress().getHostAddress(), remote.getPort());
      for (SipMessage lost : forget(transport, remote, failure.messagesLost())) {
        current.onSendFailed(lost, target, failure.detail());
      }
    }
  }
}
