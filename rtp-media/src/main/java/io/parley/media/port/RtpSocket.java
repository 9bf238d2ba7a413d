package io.parley.media.port;

/**
 * A datagram endpoint for RTP and RTCP: one local port (RTP and RTCP share it with rtcp-mux, RFC
 * 5761). The {@code transport} module implements it over UDP; {@code testkit} over an in-memory
 * network.
 */
public interface RtpSocket extends AutoCloseable {

  /**
   * Sends one datagram. Never blocks; a datagram that cannot be sent is dropped, as UDP would. The
   * buffer may be reused as soon as the call returns.
   *
   * @param to the destination
   * @param data the buffer holding the datagram
   * @param offset where the datagram starts in {@code data}
   * @param length the datagram length in bytes
   * @throws IllegalStateException if the socket is closed
   */
  void send(MediaAddress to, byte[] data, int offset, int length);

  /**
   * Sets the receiver of incoming datagrams, replacing any earlier one.
   *
   * @param receiver called once per datagram, in arrival order, never concurrently
   */
  void receive(Receiver receiver);

  /** Returns the local address the socket is bound to. */
  MediaAddress localAddress();

  /** Stops receiving and releases the port; further sends fail. */
  @Override
  void close();

  /** Receives datagrams from an {@link RtpSocket}. */
  @FunctionalInterface
  interface Receiver {

    /**
     * One datagram arrived. The buffer may be reused after the call returns.
     *
     * @param from the source address the datagram really came from (used for latching)
     * @param data the buffer holding the datagram
     * @param length the datagram length, starting at offset 0
     * @param arrivalNanos the arrival instant on the media clock, in nanoseconds
     */
    void onDatagram(MediaAddress from, byte[] data, int length, long arrivalNanos);
  }
}
