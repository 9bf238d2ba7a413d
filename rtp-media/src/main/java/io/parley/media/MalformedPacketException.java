package io.parley.media;

/**
 * A packet or media description that breaks its wire format: what was wrong and at which byte
 * offset (or character offset for text formats).
 *
 * <p>Parsers in the media domain throw only this checked exception for bad input, never an
 * unchecked exception such as {@link IndexOutOfBoundsException}.
 */
public final class MalformedPacketException extends Exception {

  private static final long serialVersionUID = 1L;

  private final int offset;

  /**
   * Creates the exception.
   *
   * @param offset where in the input the problem was found, counted from the first byte
   * @param problem what was expected and what was found
   */
  public MalformedPacketException(int offset, String problem) {
    super(problem + " (at offset " + offset + ")");
    this.offset = offset;
  }

  /** Returns the offset in the input where the problem was found. */
  public int offset() {
    return offset;
  }
}
