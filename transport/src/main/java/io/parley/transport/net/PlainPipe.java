package io.parley.transport.net;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.SocketChannel;
import java.security.cert.X509Certificate;
import java.util.List;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** A TCP connection without TLS. */
final class PlainPipe implements Pipe {

  private static final Logger LOG = LoggerFactory.getLogger(PlainPipe.class);

  private final SocketChannel channel;

  PlainPipe(SocketChannel channel) {
    this.channel = channel;
  }

  @Override
  public void start() {}

  @Override
  public boolean isReady() {
    return true;
  }

  @Override
  public int read(ByteBuffer dst) throws IOException {
    return channel.read(dst);
  }

  @Override
  public boolean write(ByteBuffer src) throws IOException {
    channel.write(src);
    return !src.hasRemaining();
  }

  @Override
  public boolean flushPending() {
    return true;
  }

  @Override
  public boolean hasPendingOutput() {
    return false;
  }

  @Override
  public List<X509Certificate> peerCertificates() {
    return List.of();
  }

  @Override
  public void close() {
    try {
      channel.close();
    } catch (IOException e) {
      LOG.debug("closing {}", channel, e);
    }
  }
}
