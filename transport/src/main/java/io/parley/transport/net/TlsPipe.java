package io.parley.transport.net;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.SocketChannel;
import java.security.cert.Certificate;
import java.security.cert.X509Certificate;
import java.util.ArrayList;
import java.util.List;
import javax.net.ssl.SSLEngine;
import javax.net.ssl.SSLEngineResult;
import javax.net.ssl.SSLEngineResult.HandshakeStatus;
import javax.net.ssl.SSLEngineResult.Status;
import javax.net.ssl.SSLException;
import javax.net.ssl.SSLPeerUnverifiedException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * TLS over a non-blocking TCP channel with the JDK's {@link SSLEngine}. Delegated tasks run on the
 * I/O thread: they are short (certificate checks) and keep the connection's state on one thread.
 *
 * <pre>
 *   socket -> netIn --unwrap--> appIn -> read(dst)
 *   write(src) --wrap--> netOut -> socket
 * </pre>
 *
 * All three buffers stay in write mode between calls.
 */
final class TlsPipe implements Pipe {

  private static final Logger LOG = LoggerFactory.getLogger(TlsPipe.class);
  private static final ByteBuffer EMPTY = ByteBuffer.allocate(0);

  private final SocketChannel channel;
  private final SSLEngine engine;
  private ByteBuffer netIn;
  private ByteBuffer netOut;
  private ByteBuffer appIn;
  private boolean ready;
  private boolean inboundClosed;

  TlsPipe(SocketChannel channel, SSLEngine engine) {
    this.channel = channel;
    this.engine = engine;
    this.netIn = ByteBuffer.allocate(engine.getSession().getPacketBufferSize());
    this.netOut = ByteBuffer.allocate(engine.getSession().getPacketBufferSize());
    this.appIn = ByteBuffer.allocate(engine.getSession().getApplicationBufferSize());
  }

  @Override
  public void start() throws IOException {
    engine.beginHandshake();
    progress();
  }

  @Override
  public boolean isReady() {
    return ready;
  }

  @Override
  public int read(ByteBuffer dst) throws IOException {
    int moved = drain(dst);
    if (moved > 0) {
      return moved;
    }
    if (!netIn.hasRemaining()) {
      netIn = grow(netIn, engine.getSession().getPacketBufferSize());
    }
    int n = inboundClosed ? -1 : channel.read(netIn);
    if (netIn.position() > 0) {
      unwrap();
    }
    progress();
    moved = drain(dst);
    return moved == 0 && (n < 0 || inboundClosed) ? -1 : moved;
  }

  @Override
  public boolean write(ByteBuffer src) throws IOException {
    while (src.hasRemaining()) {
      if (!flushNet()) {
        return false;
      }
      SSLEngineResult result = engine.wrap(src, netOut);
      noteFinished(result);
      if (result.getStatus() == Status.CLOSED) {
        throw new SSLException("TLS session is closed; cannot send");
      }
      if (result.getStatus() == Status.BUFFER_OVERFLOW && netOut.position() == 0) {
        netOut = grow(netOut, engine.getSession().getPacketBufferSize());
      }
      if (needsProgress(result.getHandshakeStatus())) {
        progress();
      }
    }
    flushNet();
    return true;
  }

  @Override
  public boolean flushPending() throws IOException {
    // A handshake blocked on a full socket resumes here, when the socket drains.
    boolean flushed = flushNet();
    if (flushed && engine.getHandshakeStatus() == HandshakeStatus.NEED_WRAP) {
      progress();
      flushed = flushNet();
    }
    return flushed;
  }

  private boolean flushNet() throws IOException {
    if (netOut.position() == 0) {
      return true;
    }
    netOut.flip();
    try {
      channel.write(netOut);
    } finally {
      netOut.compact();
    }
    return netOut.position() == 0;
  }

  @Override
  public boolean hasPendingOutput() {
    return netOut.position() > 0 || engine.getHandshakeStatus() == HandshakeStatus.NEED_WRAP;
  }

  @Override
  public List<X509Certificate> peerCertificates() {
    try {
      List<X509Certificate> chain = new ArrayList<>();
      for (Certificate certificate : engine.getSession().getPeerCertificates()) {
        if (certificate instanceof X509Certificate x509) {
          chain.add(x509);
        }
      }
      return List.copyOf(chain);
    } catch (SSLPeerUnverifiedException e) {
      return List.of();
    }
  }

  @Override
  public void close() {
    try {
      engine.closeOutbound();
      progress();
    } catch (IOException | RuntimeException e) {
      LOG.debug("no close_notify sent on {}: {}", channel, e.toString());
    }
    try {
      channel.close();
    } catch (IOException e) {
      LOG.debug("closing {}", channel, e);
    }
  }

  /** Unwraps every whole record in netIn; handshake records may make us wrap or run tasks. */
  private void unwrap() throws IOException {
    netIn.flip();
    try {
      while (netIn.hasRemaining()) {
        SSLEngineResult result = engine.unwrap(netIn, appIn);
        noteFinished(result);
        Status status = result.getStatus();
        if (status == Status.BUFFER_OVERFLOW) {
          appIn = grow(appIn, engine.getSession().getApplicationBufferSize());
          continue;
        }
        if (status == Status.BUFFER_UNDERFLOW) {
          return;
        }
        if (status == Status.CLOSED) {
          inboundClosed = true;
          return;
        }
        if (needsProgress(result.getHandshakeStatus())) {
          progress();
        } else if (result.bytesConsumed() == 0 && result.bytesProduced() == 0) {
          return;
        }
      }
    } finally {
      netIn.compact();
    }
  }

  /** Runs tasks and sends handshake records until the engine waits for the peer. */
  private void progress() throws IOException {
    while (true) {
      HandshakeStatus status = engine.getHandshakeStatus();
      if (status == HandshakeStatus.NEED_TASK) {
        Runnable task;
        while ((task = engine.getDelegatedTask()) != null) {
          task.run();
        }
      } else if (status == HandshakeStatus.NEED_WRAP) {
        SSLEngineResult result = engine.wrap(EMPTY, netOut);
        noteFinished(result);
        if (result.getStatus() == Status.BUFFER_OVERFLOW) {
          if (netOut.position() == 0) {
            netOut = grow(netOut, engine.getSession().getPacketBufferSize());
          } else if (!flushNet()) {
            return;
          }
        } else if (result.bytesProduced() == 0) {
          flushNet();
          return;
        }
      } else {
        flushNet();
        return;
      }
    }
  }

  private void noteFinished(SSLEngineResult result) {
    if (result.getHandshakeStatus() == HandshakeStatus.FINISHED) {
      ready = true;
    }
  }

  private static boolean needsProgress(HandshakeStatus status) {
    return status == HandshakeStatus.NEED_TASK || status == HandshakeStatus.NEED_WRAP;
  }

  private int drain(ByteBuffer dst) {
    if (appIn.position() == 0) {
      return 0;
    }
    appIn.flip();
    int n = Math.min(appIn.remaining(), dst.remaining());
    ByteBuffer slice = appIn.duplicate();
    slice.limit(appIn.position() + n);
    dst.put(slice);
    appIn.position(appIn.position() + n);
    appIn.compact();
    return n;
  }

  private static ByteBuffer grow(ByteBuffer buffer, int atLeast) {
    ByteBuffer bigger = ByteBuffer.allocate(buffer.capacity() + Math.max(atLeast, 1024));
    buffer.flip();
    bigger.put(buffer);
    return bigger;
  }
}
