package io.parley.transport.net;

import java.io.IOException;
import java.net.InetSocketAddress;
import java.nio.ByteBuffer;
import java.nio.channels.SocketChannel;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.Map;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The TCP/TLS connections of a network, found by id (a {@link Flow}) or by peer for reuse (RFC 3261
 * §18.1.1, §18.2.2): a message to a peer goes on an open connection to that peer, inbound or
 * outbound, before a new one is opened. Lives on the I/O thread only.
 */
final class ConnectionTable {

  private static final Logger LOG = LoggerFactory.getLogger(ConnectionTable.class);

  /**
   * The reuse key: TLS connections opened for a server name serve only that name, since their
   * certificate was checked against it.
   */
  private record Key(Protocol protocol, InetSocketAddress remote, String serverName) {}

  private final NetworkConfig config;
  private final NetworkListener listener;
  private final IoLoop loop;
  private final Map<Long, StreamConnection> byId = new HashMap<>();
  private final Map<Key, StreamConnection> byPeer = new HashMap<>();
  private long lastId;
  private boolean closed;

  ConnectionTable(NetworkConfig config, NetworkListener listener, IoLoop loop) {
    this.config = config;
    this.listener = listener;
    this.loop = loop;
  }

  NetworkConfig config() {
    return config;
  }

  NetworkListener listener() {
    return listener;
  }

  IoLoop loop() {
    return loop;
  }

  /** Sends on a connection to {@code remote}, opening one if none is open. */
  void send(ByteBuffer message, Protocol protocol, InetSocketAddress remote, String serverName) {
    if (closed) {
      fail(protocol, remote, SendFailure.Reason.SHUTDOWN, "network is closed", 1);
      return;
    }
    if (protocol == Protocol.TLS && config.tls().isEmpty()) {
      fail(protocol, remote, SendFailure.Reason.NO_ROUTE, "TLS is not configured", 1);
      return;
    }
    Key key = new Key(protocol, remote, protocol == Protocol.TLS ? serverName : null);
    StreamConnection connection = byPeer.get(key);
    if (connection == null) {
      connection = open(key);
      if (connection == null) {
        return;
      }
    }
    enqueue(connection, message);
  }

  /** Sends on the connection of {@code flow}; fails with FLOW_CLOSED if it is gone. */
  void send(ByteBuffer message, Flow flow) {
    StreamConnection connection = byId.get(flow.connectionId());
    if (connection == null) {
      fail(flow, "flow " + flow + " is closed", 1);
      return;
    }
    enqueue(connection, message);
  }

  void ping(Flow flow) {
    StreamConnection connection = byId.get(flow.connectionId());
    if (connection == null) {
      fail(flow, "cannot ping: flow " + flow + " is closed", 0);
      return;
    }
    connection.ping();
  }

  /** Adopts a connection accepted by a listener, or closes it when over the limit. */
  void accepted(SocketChannel channel, Protocol protocol) {
    if (closed || byId.size() >= config.maxConnections()) {
      LOG.warn("refusing a {} connection: {} connections open", protocol, byId.size());
      closeQuietly(channel);
      return;
    }
    try {
      StreamConnection.Role role = new StreamConnection.Role(protocol, false, null);
      StreamConnection connection = StreamConnection.accept(this, ++lastId, channel, role);
      if (!connection.isClosed()) {
        add(new Key(protocol, connection.remote, null), connection);
      }
    } catch (IOException | RuntimeException e) {
      LOG.warn("could not set up an accepted {} connection: {}", protocol, e.toString());
      closeQuietly(channel);
    }
  }

  /** Called by a connection as it closes. */
  void removed(StreamConnection connection) {
    byId.remove(connection.id, connection);
    byPeer.values().remove(connection);
  }

  void sweep() {
    long now = System.nanoTime();
    for (StreamConnection connection : new ArrayList<>(byId.values())) {
      connection.sweep(now);
    }
  }

  void closeAll() {
    closed = true;
    for (StreamConnection connection : new ArrayList<>(byId.values())) {
      connection.shutdown();
    }
  }

  void fail(
      Protocol protocol,
      InetSocketAddress remote,
      SendFailure.Reason reason,
      String detail,
      int lost) {
    listener.onSendFailure(new SendFailure(protocol, remote, reason, detail, lost));
  }

  private void fail(Flow flow, String detail, int lost) {
    fail(flow.protocol(), flow.remote(), SendFailure.Reason.FLOW_CLOSED, detail, lost);
  }

  private StreamConnection open(Key key) {
    String peer = Addresses.format(key.protocol(), key.remote());
    if (byId.size() >= config.maxConnections()) {
      String detail =
          "no connection to " + peer + ": " + config.maxConnections() + " connections open";
      fail(key.protocol(), key.remote(), SendFailure.Reason.TOO_MANY_CONNECTIONS, detail, 1);
      return null;
    }
    StreamConnection.Role role = new StreamConnection.Role(key.protocol(), true, key.serverName());
    try {
      StreamConnection connection = StreamConnection.connect(this, ++lastId, key.remote(), role);
      add(key, connection);
      return connection;
    } catch (IOException | RuntimeException e) {
      String detail = "connecting to " + peer + " failed: " + e.getMessage();
      fail(key.protocol(), key.remote(), SendFailure.Reason.CONNECT_REFUSED, detail, 1);
      return null;
    }
  }

  private void add(Key key, StreamConnection connection) {
    byId.put(connection.id, connection);
    byPeer.put(key, connection);
  }

  private void enqueue(StreamConnection connection, ByteBuffer message) {
    if (!connection.enqueue(message)) {
      String detail =
          "send queue to "
              + Addresses.format(connection.protocol, connection.remote)
              + " is full ("
              + config.maxQueuedBytes()
              + " bytes)";
      fail(connection.protocol, connection.remote, SendFailure.Reason.QUEUE_FULL, detail, 1);
    }
  }

  private static void closeQuietly(SocketChannel channel) {
    try {
      channel.close();
    } catch (IOException e) {
      LOG.debug("closing {}", channel, e);
    }
  }
}
