package io.parley.transport.net;

import java.io.IOException;
import java.net.InetSocketAddress;
import java.net.StandardSocketOptions;
import java.nio.ByteBuffer;
import java.nio.channels.SelectionKey;
import java.nio.channels.SocketChannel;
import java.time.Duration;
import java.util.ArrayDeque;
import javax.net.ssl.SSLException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * One TCP or TLS connection: connect, handshake, framing of what arrives, RFC 5626 §3.5.1 CRLF
 * keep-alives, a bounded queue of what leaves, and its timeouts. Lives on the I/O thread only.
 */
final class StreamConnection implements IoLoop.Handler {

  private static final Logger LOG = LoggerFactory.getLogger(StreamConnection.class);
  private static final int INITIAL_BUFFER = 4096;

  private enum State {
    CONNECTING,
    HANDSHAKING,
    OPEN,
    CLOSED
  }

  final long id;
  final Protocol protocol;
  final boolean outbound;
  final InetSocketAddress remote;
  final String serverName;
  private final Role role;

  private final ConnectionTable table;
  private final SocketChannel channel;
  private final ArrayDeque<Outgoing> queue = new ArrayDeque<>();
  private final KeepAlive keepAlive = new KeepAlive();
  private SelectionKey key;
  private Pipe pipe;
  private StreamDecoder decoder;
  private Flow flow;
  private ByteBuffer inbound = ByteBuffer.allocate(INITIAL_BUFFER);
  private long queuedBytes;
  private State state;
  private long lastActivity = System.nanoTime();
  private long deadline;

  private StreamConnection(
      ConnectionTable table, SocketChannel channel, long id, InetSocketAddress remote, Role role) {
    this.table = table;
    this.channel = channel;
    this.id = id;
    this.protocol = role.protocol;
    this.outbound = role.outbound;
    this.remote = remote;
    this.serverName = role.serverName;
    this.role = role;
    this.state = role.outbound ? State.CONNECTING : State.HANDSHAKING;
    this.deadline = lastActivity + table.config().connectTimeout().toNanos();
  }

  /** Who opened the connection and how we talk on it. */
  record Role(Protocol protocol, boolean outbound, String serverName) {}

  /** Starts a non-blocking connect to {@code remote}; the result arrives on the I/O thread. */
  static StreamConnection connect(
      ConnectionTable table, long id, InetSocketAddress remote, Role role) throws IOException {
    SocketChannel channel = SocketChannel.open();
    try {
      channel.configureBlocking(false);
      channel.setOption(StandardSocketOptions.TCP_NODELAY, true);
      StreamConnection connection = new StreamConnection(table, channel, id, remote, role);
      connection.key = table.loop().register(channel, SelectionKey.OP_CONNECT, connection);
      if (channel.connect(remote)) {
        connection.established();
      }
      return connection;
    } catch (IOException | RuntimeException e) {
      channel.close();
      throw e;
    }
  }

  /** Adopts a connection a peer opened to one of our listeners. */
  static StreamConnection accept(ConnectionTable table, long id, SocketChannel channel, Role role)
      throws IOException {
    channel.configureBlocking(false);
    channel.setOption(StandardSocketOptions.TCP_NODELAY, true);
    InetSocketAddress remote = (InetSocketAddress) channel.getRemoteAddress();
    StreamConnection connection = new StreamConnection(table, channel, id, remote, role);
    connection.key = table.loop().register(channel, SelectionKey.OP_READ, connection);
    connection.established();
    return connection;
  }

  boolean isClosed() {
    return state == State.CLOSED;
  }

  /**
   * Queues a message and writes what the socket takes now.
   *
   * @return false, queuing nothing, when the queue limit would be exceeded
   */
  boolean enqueue(ByteBuffer message) {
    if (queuedBytes + message.remaining() > table.config().maxQueuedBytes()) {
      return false;
    }
    push(message, false);
    return true;
  }

  /** Sends an RFC 5626 ping and starts waiting for its pong. */
  void ping() {
    keepAlive.pingSent(System.nanoTime() + table.config().pongTimeout().toNanos());
    push(KeepAlive.ping(), true);
  }

  @Override
  public void onReady(SelectionKey ready) throws IOException {
    if (ready.isConnectable()) {
      if (!channel.finishConnect()) {
        return;
      }
      established();
    }
    if (state != State.CLOSED && ready.isValid() && ready.isReadable()) {
      readable();
    }
    if (state != State.CLOSED && ready.isValid() && ready.isWritable()) {
      pipe.flushPending();
    }
    afterIo();
  }

  @Override
  public void onError(Exception error) {
    if (state == State.CLOSED) {
      return;
    }
    ConnectionFailure failure = ConnectionFailure.of(error, stage(), role, remote, flow);
    boolean report = outbound && (state != State.OPEN || error instanceof SSLException);
    if (!outbound && state != State.OPEN) {
      LOG.warn("{}", failure.detail());
    } else {
      LOG.debug("{}", failure.detail(), error);
    }
    terminate(failure.reason(), failure.detail(), report);
  }

  private ConnectionFailure.Stage stage() {
    return switch (state) {
      case CONNECTING -> ConnectionFailure.Stage.CONNECTING;
      case HANDSHAKING -> ConnectionFailure.Stage.HANDSHAKING;
      default -> ConnectionFailure.Stage.OPEN;
    };
  }

  /** Applies the connect, pong and idle timeouts. */
  void sweep(long now) {
    if (state == State.CLOSED) {
      return;
    }
    if (state != State.OPEN && now - deadline >= 0) {
      String detail =
          (state == State.CONNECTING ? "connecting to " : "TLS handshake with ")
              + Addresses.format(protocol, remote)
              + " took longer than "
              + table.config().connectTimeout();
      terminate(SendFailure.Reason.CONNECT_TIMEOUT, detail, outbound);
    }
    if (state != State.OPEN) {
      return;
    }
    if (keepAlive.pongOverdue(now)) {
      table.listener().onPongMissing(flow);
    }
    long idleLimit =
        (outbound ? table.config().idleTimeout() : table.config().inboundIdleTimeout()).toNanos();
    boolean pending = !queue.isEmpty() || inbound.position() > 0 || pipe.hasPendingOutput();
    if (!pending && now - lastActivity >= idleLimit) {
      String detail = flow + " closed after being idle for " + Duration.ofNanos(idleLimit);
      terminate(SendFailure.Reason.CONNECTION_LOST, detail, false);
    }
  }

  /** Closes because the network shuts down; queued messages are reported lost. */
  void shutdown() {
    terminate(
        SendFailure.Reason.SHUTDOWN,
        "network closed before sending to " + Addresses.format(protocol, remote),
        false);
  }

  private void established() throws IOException {
    flow = new Flow(protocol, (InetSocketAddress) channel.getLocalAddress(), remote, id);
    decoder = table.config().decoders().create(flow);
    if (protocol == Protocol.TLS) {
      TlsConfig tls = table.config().tls().orElseThrow();
      pipe =
          new TlsPipe(
              channel,
              outbound ? tls.clientEngine(peerHost(), remote.getPort()) : tls.serverEngine());
    } else {
      pipe = new PlainPipe(channel);
    }
    state = State.HANDSHAKING;
    lastActivity = System.nanoTime();
    pipe.start();
    afterIo();
  }

  private String peerHost() {
    if (serverName != null) {
      return serverName;
    }
    String host = remote.getAddress().getHostAddress();
    int zone = host.indexOf('%');
    return zone < 0 ? host : host.substring(0, zone);
  }

  private void afterIo() throws IOException {
    if (state == State.HANDSHAKING && pipe.isReady()) {
      state = State.OPEN;
      table.listener().onFlowOpened(flow, pipe.peerCertificates());
    }
    if (state == State.OPEN) {
      flushQueue();
    }
    updateInterest();
  }

  private void readable() throws IOException {
    try {
      while (state != State.CLOSED) {
        ensureRoom();
        int n = pipe.read(inbound);
        if (n < 0) {
          String detail = flow + " closed by the peer";
          terminate(SendFailure.Reason.CONNECTION_LOST, detail, !queue.isEmpty());
          return;
        }
        if (n == 0) {
          return;
        }
        lastActivity = System.nanoTime();
        deliverFrames();
      }
    } catch (FrameException e) {
      LOG.warn("closing {}: malformed stream: {}", flow, e.getMessage());
      terminate(SendFailure.Reason.CONNECTION_LOST, "malformed frame: " + e.getMessage(), false);
    }
  }

  private void ensureRoom() throws FrameException {
    if (inbound.hasRemaining()) {
      return;
    }
    int limit = decoder.maxFrameSize() + KeepAlive.PING_LENGTH;
    if (inbound.capacity() >= limit) {
      throw new FrameException("a frame exceeds the " + decoder.maxFrameSize() + " byte limit");
    }
    ByteBuffer bigger = ByteBuffer.allocate(Math.min(limit, inbound.capacity() * 2));
    inbound.flip();
    inbound = bigger.put(inbound);
  }

  private void deliverFrames() throws FrameException {
    inbound.flip();
    try {
      while (state != State.CLOSED && inbound.hasRemaining()) {
        KeepAlive.Outcome outcome = keepAlive.strip(inbound);
        if (outcome == KeepAlive.Outcome.PING) {
          push(KeepAlive.pong(), true);
          continue;
        }
        if (outcome == KeepAlive.Outcome.CONSUMED) {
          continue;
        }
        if (outcome == KeepAlive.Outcome.WAIT) {
          return;
        }
        ByteBuffer frame = decoder.decode(inbound);
        if (frame == null) {
          return;
        }
        table.listener().onMessage(flow, frame);
      }
    } finally {
      inbound.compact();
    }
  }

  /** A queued message; keep-alives are not counted as lost messages. */
  private record Outgoing(ByteBuffer bytes, boolean keepAlive) {}

  private void push(ByteBuffer message, boolean keepAlive) {
    queue.add(new Outgoing(message, keepAlive));
    queuedBytes += message.remaining();
    lastActivity = System.nanoTime();
    if (state == State.OPEN) {
      try {
        flushQueue();
        updateInterest();
      } catch (IOException | RuntimeException e) {
        onError(e);
      }
    }
  }

  private void flushQueue() throws IOException {
    if (!pipe.flushPending()) {
      return;
    }
    while (!queue.isEmpty()) {
      ByteBuffer head = queue.peek().bytes();
      int before = head.remaining();
      boolean done = pipe.write(head);
      queuedBytes -= before - head.remaining();
      if (!done) {
        return;
      }
      queue.poll();
    }
  }

  private void updateInterest() {
    if (state == State.CLOSED || !key.isValid()) {
      return;
    }
    int ops = SelectionKey.OP_CONNECT;
    if (state != State.CONNECTING) {
      ops = SelectionKey.OP_READ;
      if (pipe.hasPendingOutput() || (state == State.OPEN && !queue.isEmpty())) {
        ops |= SelectionKey.OP_WRITE;
      }
    }
    if (key.interestOps() != ops) {
      key.interestOps(ops);
    }
  }

  private void terminate(SendFailure.Reason reason, String detail, boolean reportAlways) {
    if (state == State.CLOSED) {
      return;
    }
    boolean wasOpen = state == State.OPEN;
    int lost = (int) queue.stream().filter(m -> !m.keepAlive()).count();
    state = State.CLOSED;
    queue.clear();
    queuedBytes = 0;
    if (pipe != null) {
      pipe.close();
    } else {
      try {
        channel.close();
      } catch (IOException e) {
        LOG.debug("closing {}", channel, e);
      }
    }
    table.removed(this);
    if (lost > 0 || reportAlways) {
      table.fail(protocol, remote, reason, detail, lost);
    }
    if (wasOpen) {
      table.listener().onFlowClosed(flow, detail);
    }
  }
}
