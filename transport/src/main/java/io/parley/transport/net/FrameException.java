package io.parley.transport.net;

/**
 * A TCP/TLS byte stream cannot be cut into frames: a header is malformed or a frame exceeds the
 * size limit. The network layer closes only the connection it came from.
 */
public final class FrameException extends Exception {

  private static final long serialVersionUID = 1L;

  /**
   * @param message what was wrong and where, e.g. {@code "Content-Length 'x1' at offset 40 is not a
   *     number"}
   */
  public FrameException(String message) {
    super(message);
  }
}
