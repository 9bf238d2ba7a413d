package io.parley.transport.net;

import io.parley.transport.ListenAddress;
import java.io.IOException;
import java.net.BindException;
import java.net.Inet6Address;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.StandardProtocolFamily;
import java.net.StandardSocketOptions;
import java.nio.ByteBuffer;
import java.nio.channels.DatagramChannel;
import java.nio.channels.SelectionKey;
import java.nio.channels.ServerSocketChannel;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * The SIP network of one endpoint: UDP, TCP and TLS listeners and connections on one selector
 * thread (RFC 3261 §18). It moves bytes only; a SIP layer above frames nothing and parses
 * everything it gets from {@link NetworkListener#onMessage}.
 *
 * <pre>{@code
 * NetworkConfig config = NetworkConfig.builder()
 *     .listen(ListenAddress.parse("udp:0.0.0.0:5060"), ListenAddress.parse("tcp:0.0.0.0:5060"))
 *     .build();
 * try (NioNetwork network = NioNetwork.open(config, listener)) {
 *   network.send(bytes, Protocol.TCP, new InetSocketAddress("192.0.2.7", 5060));
 * }
 * }</pre>
 *
 * <p>Threads: every method may be called from any thread; listener callbacks run on the I/O thread.
 * Sends never block: UDP goes out at once, TCP/TLS messages are queued on the connection and
 * written as the socket accepts them. Failures are reported to {@link
 * NetworkListener#onSendFailure}, never thrown, because they happen after the call returns.
 */
public final class NioNetwork implements AutoCloseable {

  private static final AtomicInteger INSTANCES = new AtomicInteger();

  private final IoLoop loop;
  private final ConnectionTable table;
  private final NetworkListener listener;
  private final List<UdpEndpoint> udp = new ArrayList<>();
  private final List<StreamAcceptor> acceptors = new ArrayList<>();
  private final List<ListenAddress> bound = new ArrayList<>();
  private volatile boolean closed;

  private NioNetwork(NetworkConfig config, NetworkListener listener, IoLoop loop) {
    this.listener = listener;
    this.loop = loop;
    this.table = new ConnectionTable(config, listener, loop);
  }

  /**
   * Binds every listen address of {@code config} and starts the I/O thread.
   *
   * @param listener receives messages and failures on the I/O thread
   * @throws BindException naming the address, e.g. {@code "udp:127.0.0.1:5060 is already in use"},
   *     when a port is taken or an address is not configured on this host; nothing stays bound then
   * @throws IOException when the OS cannot open a socket or selector
   */
  public static NioNetwork open(NetworkConfig config, NetworkListener listener) throws IOException {
    Objects.requireNonNull(config, "config");
    NetworkListener guarded = new GuardedListener(Objects.requireNonNull(listener, "listener"));
    IoLoop loop = IoLoop.create("parley-net-" + INSTANCES.incrementAndGet(), tickNanos(config));
    NioNetwork network = new NioNetwork(config, guarded, loop);
    try {
      for (ListenAddress address : config.listen()) {
        network.bind(address);
      }
    } catch (IOException | RuntimeException e) {
      network.closeChannels();
      loop.stop(() -> {});
      throw e;
    }
    loop.start(network::tick);
    return network;
  }

  /**
   * The addresses actually bound, in configuration order, with port 0 replaced by the port the
   * system chose.
   */
  public List<ListenAddress> listenAddresses() {
    return List.copyOf(bound);
  }

  /**
   * Sends one message to {@code remote}: a datagram for UDP; for TCP/TLS on an open connection to
   * that peer (one the peer opened counts too), else on a new one opened now.
   *
   * @param message the bytes from position to limit; the network owns the buffer from now on
   * @param remote a resolved address; the network never looks up names
   * @throws IllegalArgumentException if {@code remote} is unresolved
   * @throws IllegalStateException if the network is closed
   */
  public void send(ByteBuffer message, Protocol protocol, InetSocketAddress remote) {
    send(message, protocol, remote, null);
  }

  /**
   * As {@link #send(ByteBuffer, Protocol, InetSocketAddress)}, and for TLS checks that the server's
   * certificate names {@code tlsServerName} (RFC 5922), sent as SNI too. Without a name the
   * certificate must name the IP address. A failed check arrives as a {@link
   * SendFailure.Reason#TLS_VERIFICATION} failure naming the peer and the cause.
   *
   * @param tlsServerName the host we meant to reach, e.g. {@code example.com}; ignored for UDP and
   *     TCP; may be null
   */
  public void send(
      ByteBuffer message, Protocol protocol, InetSocketAddress remote, String tlsServerName) {
    Objects.requireNonNull(message, "message");
    Objects.requireNonNull(protocol, "protocol");
    checkResolved(remote);
    checkOpen();
    if (protocol == Protocol.UDP) {
      sendDatagram(message, remote, null);
    } else {
      loop.execute(() -> table.send(message, protocol, remote, tlsServerName));
    }
  }

  /**
   * Sends on the flow a message came from, e.g. a response on the request's connection (RFC 3261
   * §18.2.2). If that connection has closed, a {@link SendFailure.Reason#FLOW_CLOSED} failure
   * follows; the caller may then send to the Via {@code sent-by} address instead.
   *
   * @throws IllegalStateException if the network is closed
   */
  public void send(ByteBuffer message, Flow flow) {
    Objects.requireNonNull(message, "message");
    Objects.requireNonNull(flow, "flow");
    checkOpen();
    if (flow.protocol() == Protocol.UDP) {
      sendDatagram(message, flow.remote(), flow.local());
    } else {
      loop.execute(() -> table.send(message, flow));
    }
  }

  /**
   * Sends an RFC 5626 §4.4.1 CRLF CRLF ping on a TCP/TLS flow. If no CRLF pong arrives within the
   * configured pong timeout, {@link NetworkListener#onPongMissing} is called once.
   *
   * @throws IllegalArgumentException for a UDP flow (RFC 5626 uses STUN there)
   * @throws IllegalStateException if the network is closed
   */
  public void ping(Flow flow) {
    Objects.requireNonNull(flow, "flow");
    if (!flow.protocol().isStream()) {
      throw new IllegalArgumentException("CRLF keep-alives need a TCP or TLS flow, not " + flow);
    }
    checkOpen();
    loop.execute(() -> table.ping(flow));
  }

  /**
   * Closes every listener and connection (messages still queued are reported as {@link
   * SendFailure.Reason#SHUTDOWN}) and waits for the I/O thread to end. Idempotent.
   */
  @Override
  public void close() {
    if (closed) {
      return;
    }
    closed = true;
    loop.stop(
        () -> {
          table.closeAll();
          closeChannels();
        });
  }

  private void bind(ListenAddress address) throws IOException {
    InetSocketAddress socketAddress =
        new InetSocketAddress(InetAddress.getByName(address.host()), address.port());
    Protocol protocol = Protocol.of(address.protocol());
    try {
      if (protocol == Protocol.UDP) {
        bindUdp(socketAddress, address);
      } else {
        bindStream(socketAddress, address, protocol);
      }
    } catch (BindException e) {
      String problem =
          e.getMessage() != null && e.getMessage().contains("in use")
              ? " is already in use"
              : " cannot be bound: " + e.getMessage();
      BindException clear = new BindException(address + problem);
      clear.initCause(e);
      throw clear;
    }
  }

  private void bindUdp(InetSocketAddress socketAddress, ListenAddress address) throws IOException {
    boolean v6 = socketAddress.getAddress() instanceof Inet6Address;
    DatagramChannel channel =
        DatagramChannel.open(v6 ? StandardProtocolFamily.INET6 : StandardProtocolFamily.INET);
    try {
      channel.configureBlocking(false);
      channel.bind(socketAddress);
      InetSocketAddress local = (InetSocketAddress) channel.getLocalAddress();
      UdpEndpoint endpoint = new UdpEndpoint(channel, local, listener);
      loop.register(channel, SelectionKey.OP_READ, endpoint);
      udp.add(endpoint);
      bound.add(new ListenAddress(address.protocol(), address.host(), local.getPort()));
    } catch (IOException | RuntimeException e) {
      channel.close();
      throw e;
    }
  }

  private void bindStream(InetSocketAddress socketAddress, ListenAddress address, Protocol protocol)
      throws IOException {
    ServerSocketChannel channel = ServerSocketChannel.open();
    try {
      channel.configureBlocking(false);
      // Lets a restarted endpoint take its port back while old connections sit in TIME_WAIT.
      channel.setOption(StandardSocketOptions.SO_REUSEADDR, true);
      channel.bind(socketAddress, 128);
      InetSocketAddress local = (InetSocketAddress) channel.getLocalAddress();
      StreamAcceptor acceptor = new StreamAcceptor(channel, protocol, table);
      acceptor.registered(loop.register(channel, SelectionKey.OP_ACCEPT, acceptor));
      acceptors.add(acceptor);
      bound.add(new ListenAddress(address.protocol(), address.host(), local.getPort()));
    } catch (IOException | RuntimeException e) {
      channel.close();
      throw e;
    }
  }

  private void sendDatagram(ByteBuffer message, InetSocketAddress remote, InetSocketAddress from) {
    UdpEndpoint endpoint = udpFor(remote, from);
    String problem =
        endpoint == null
            ? "no UDP listener for "
                + (remote.getAddress() instanceof Inet6Address ? "IPv6" : "IPv4")
            : endpoint.send(message, remote);
    if (problem != null) {
      SendFailure failure =
          new SendFailure(Protocol.UDP, remote, SendFailure.Reason.NO_ROUTE, problem, 1);
      loop.execute(() -> listener.onSendFailure(failure));
    }
  }

  private UdpEndpoint udpFor(InetSocketAddress remote, InetSocketAddress from) {
    boolean v6 = remote.getAddress() instanceof Inet6Address;
    UdpEndpoint sameFamily = null;
    for (UdpEndpoint endpoint : udp) {
      if (endpoint.local().equals(from)) {
        return endpoint;
      }
      if (sameFamily == null && endpoint.isIpv6() == v6) {
        sameFamily = endpoint;
      }
    }
    return sameFamily;
  }

  private void tick() {
    table.sweep();
    acceptors.forEach(StreamAcceptor::resume);
  }

  private void closeChannels() {
    udp.forEach(UdpEndpoint::close);
    acceptors.forEach(StreamAcceptor::close);
  }

  private void checkOpen() {
    if (closed) {
      throw new IllegalStateException("the network is closed");
    }
  }

  private static void checkResolved(InetSocketAddress remote) {
    Objects.requireNonNull(remote, "remote");
    if (remote.isUnresolved()) {
      throw new IllegalArgumentException(
          "remote " + remote + " is unresolved; resolve names (RFC 3263) before sending");
    }
  }

  /** Often enough to honour the shortest timeout closely, at most once a second. */
  private static long tickNanos(NetworkConfig config) {
    long shortest =
        Math.min(
            Math.min(config.idleTimeout().toNanos(), config.inboundIdleTimeout().toNanos()),
            Math.min(config.connectTimeout().toNanos(), config.pongTimeout().toNanos()));
    return Math.max(10_000_000L, Math.min(1_000_000_000L, shortest / 10));
  }
}
