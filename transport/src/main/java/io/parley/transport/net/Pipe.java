package io.parley.transport.net;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.security.cert.X509Certificate;
import java.util.List;

/** The byte path of one connection: plain TCP or TLS over it. Used on the I/O thread only. */
interface Pipe {

  /** Begins the TLS handshake, if any, once the TCP connection is up. */
  void start() throws IOException;

  /** Whether application bytes may flow (the handshake, if any, is done). */
  boolean isReady();

  /**
   * Reads application bytes into {@code dst}.
   *
   * @return the number of bytes added, 0 when none are available yet, -1 at end of stream
   */
  int read(ByteBuffer dst) throws IOException;

  /**
   * Writes as much of {@code src} as the socket takes now.
   *
   * @return whether all of {@code src} was taken
   */
  boolean write(ByteBuffer src) throws IOException;

  /**
   * Writes bytes the pipe holds (TLS records already made).
   *
   * @return whether nothing is left
   */
  boolean flushPending() throws IOException;

  /** Whether the pipe itself holds bytes to write (and so needs OP_WRITE). */
  boolean hasPendingOutput();

  /** The peer's certificate chain, own certificate first; empty without TLS or certificate. */
  List<X509Certificate> peerCertificates();

  /** Closes the connection, sending a TLS close_notify if possible; never throws. */
  void close();
}
