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

  StreamAcceptor(ServerSocketChannel channel, Protocol protocol, ConnectionTable table) {
    this.channel = channel;
    this.protocol = protocol;
    this.table = table;
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
    // Typically too many open files; the listener stays and retries on the next wake-up.
    LOG.warn("accepting on {} failed: {}", channel, error.toString());
  }

  void close() {
    try {
      channel.close();
    } catch (IOException e) {
      LOG.debug("closing {}", channel, e);
    }
  }
}
