package io.parley.media.codec;

/**
 * A codec could not do what was asked: a malformed or truncated payload, an fmtp parameter it
 * cannot accept, or a frame of the wrong size. The message names what was wrong and where.
 */
public final class CodecException extends Exception {

  private static final long serialVersionUID = 1L;

  /**
   * Creates an exception.
   *
   * @param message what was wrong and where (codec, offset, parameter)
   */
  public CodecException(String message) {
    super(message);
  }

  /**
   * Creates an exception that wraps a failure of an underlying library.
   *
   * @param message what was wrong and where
   * @param cause the library's own error
   */
  public CodecException(String message, Throwable cause) {
    super(message, cause);
  }
}
