package io.parley.transport.rtp;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.channels.ClosedSelectorException;
import java.nio.channels.DatagramChannel;
import java.nio.channels.SelectionKey;
import java.nio.channels.Selector;
import java.util.Queue;
import java.util.concurrent.ConcurrentLinkedQueue;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The one thread that reads every RTP socket of a factory: a selector over all channels, so a
 * thousand calls cost one thread, not a thousand.
 */
final class RtpSelector implements AutoCloseable {

  private static final Logger LOG = LoggerFactory.getLogger(RtpSelector.class);
  private static final int MAX_DATAGRAM = 2048;

  private final Selector selector;
  private final Queue<Runnable> pending = new ConcurrentLinkedQueue<>();
  private final ByteBuffer buffer = ByteBuffer.allocateDirect(MAX_DATAGRAM);
  private final byte[] copy = new byte[MAX_DATAGRAM];
  private final Thread thread;
  private volatile boolean running = true;

  RtpSelector(String name) {
    try {
      this.selector = Selector.open();
    } catch (IOException e) {
      throw new UncheckedIOException("cannot open the RTP selector", e);
    }
    this.thread = new Thread(this::run, name);
    thread.setDaemon(true);
  }

  void start() {
    thread.start();
  }

  /** Registers a channel for reading; the selector thread owns the key from then on. */
  void register(DatagramChannel channel, UdpRtpSocket socket) {
    pending.add(
        () -> {
          try {
            channel.register(selector, SelectionKey.OP_READ, socket);
          } catch (IOException e) {
            LOG.warn("cannot watch RTP channel {}: {}", socket.localAddress(), e.toString());
          }
        });
    selector.wakeup();
  }

  private void run() {
    while (running) {
      try {
        selector.select();
        for (Runnable task = pending.poll(); task != null; task = pending.poll()) {
          task.run();
        }
        for (SelectionKey key : selector.selectedKeys()) {
          if (key.isValid() && key.isReadable()) {
            drain((DatagramChannel) key.channel(), (UdpRtpSocket) key.attachment());
          }
        }
        selector.selectedKeys().clear();
      } catch (ClosedSelectorException e) {
        return;
      } catch (IOException | RuntimeException e) {
        LOG.warn("RTP selector loop continues after: {}", e.toString());
      }
    }
  }

  private void drain(DatagramChannel channel, UdpRtpSocket socket) {
    // Bounded so one flooded socket cannot starve the others.
    for (int i = 0; i < 64; i++) {
      buffer.clear();
      java.net.SocketAddress from;
      try {
        from = channel.receive(buffer);
      } catch (IOException e) {
        // ICMP port unreachable surfaces here on some systems; UDP carries on.
        LOG.debug("RTP receive on {} failed: {}", socket.localAddress(), e.toString());
        return;
      }
      if (from == null) {
        return;
      }
      long arrival = System.nanoTime();
      buffer.flip();
      int length = buffer.remaining();
      buffer.get(copy, 0, length);
      socket.deliver(from, copy, length, arrival);
    }
  }

  @Override
  public void close() {
    running = false;
    selector.wakeup();
    try {
      thread.join(2000);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
    try {
      selector.close();
    } catch (IOException e) {
      LOG.debug("closing the RTP selector: {}", e.toString());
    }
  }
}
