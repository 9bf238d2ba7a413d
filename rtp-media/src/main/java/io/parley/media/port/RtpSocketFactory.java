package io.parley.media.port;

import java.io.IOException;

/**
 * Opens {@link RtpSocket}s: the adapter's entry point for {@link java.util.ServiceLoader}. The
 * {@code transport} module provides one over UDP that binds ports from a configured range.
 */
public interface RtpSocketFactory extends AutoCloseable {

  /**
   * Binds a socket for one media stream on the given local address. Without rtcp-mux the factory
   * binds an even RTP port and reserves the next odd port for RTCP (RFC 3550 §11); datagrams
   * arriving on either port reach the same receiver.
   *
   * @param localHost the literal local address to bind to ("0.0.0.0", "::", "127.0.0.1", ...)
   * @param rtcpMux whether RTCP shares the RTP port (RFC 5761)
   * @return the bound socket
   * @throws IOException if no port of the range is free, naming the range
   * @throws IllegalArgumentException if {@code localHost} is not a literal IP address
   * @throws IllegalStateException if the factory is closed
   */
  RtpSocket open(String localHost, boolean rtcpMux) throws IOException;

  /** Closes every socket this factory opened and stops its threads. */
  @Override
  void close();
}
