package io.parley.transport.net;

import java.io.IOException;
import java.nio.channels.SelectionKey;
import java.nio.channels.ServerSocketChannel;
import java.nio.channels.SocketChannel;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** A TCP or TLS listening socket that hands each accepted connection to the table. */
final class StreamAcceptor implements IoLoop.Handler {

  private static final Logger LOG = LoggerFactory.getLogger(StreamAcceptor.class);

  private final ServerSocketChannel channel;
  private final Protocol protocol;
  private final ConnectionTable table;
  private SelectionKey key;

  StreamAcceptor(ServerSocketChannel channel, Protocol protocol, ConnectionTable table) {
    this.channel = channel;
    this.protocol = protocol;
    this.table = table;
  }

  void registered(SelectionKey selectionKey) {
    this.key = selectionKey;
  }

  @Override
  public void onReady(SelectionKey key) throws IOException {
    SocketChannel accepted;
    while ((accepted = channel.accept()) != null) {
      table.accepted(accepted, protocol);
    }
  }

  @Override
  public void onError(Exception error) {
    // Typically too many open files. Accepting again at once would spin, as the pending
    // connection keeps the socket ready, so pause until the next tick.
    LOG.warn("accepting on {} failed, pausing: {}", channel, error.toString());
    if (key != null && key.isValid()) {
      key.interestOps(0);
    }
  }

  /** Accepts again after a pause; called on every tick. */
  void resume() {
    if (key != null && key.isValid() && key.interestOps() == 0) {
      key.interestOps(SelectionKey.OP_ACCEPT);
    }
  }

  void close() {
    try {
      channel.close();
    } catch (IOException e) {
      LOG.debug("closing {}", channel, e);
    }
  }
}
