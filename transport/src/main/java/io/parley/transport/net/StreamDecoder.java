package io.parley.transport.net;

import java.nio.ByteBuffer;

/**
 * Cuts the bytes of one TCP or TLS connection into frames (one SIP message each). One instance
 * serves one connection and is only called on the I/O thread, so it may keep state.
 *
 * <pre>
 *   buffer:  | frame 1 ........ | frame 2 ........ | frame 3 (partial) ...
 *            ^ position                                                   ^ limit
 *   decode() returns frame 1 and leaves position at frame 2;
 *   once only a partial frame is left it returns null and leaves position where it is.
 * </pre>
 *
 * <p>The network layer strips RFC 5626 CRLF keep-alives between frames before calling the decoder,
 * so {@code decode} is always called at the start of a frame.
 */
public interface StreamDecoder {

  /**
   * Takes the next complete frame from {@code buffer}.
   *
   * @param buffer the received bytes from the start of a frame up to its limit
   * @return the frame (a buffer the caller owns) with {@code buffer}'s position moved past it, or
   *     {@code null} with the position unchanged when the frame is not complete yet
   * @throws FrameException when the bytes cannot start a valid frame or the frame would exceed
   *     {@link #maxFrameSize()}; the connection is then closed
   */
  ByteBuffer decode(ByteBuffer buffer) throws FrameException;

  /**
   * The largest frame this decoder accepts, in bytes. The network layer never buffers more than
   * this for one incomplete frame.
   */
  int maxFrameSize();

  /** Creates a decoder for each new connection. */
  @FunctionalInterface
  interface Factory {
    /**
     * @param flow the connection the decoder will serve
     * @return a fresh decoder, never shared between connections
     */
    StreamDecoder create(Flow flow);
  }
}
