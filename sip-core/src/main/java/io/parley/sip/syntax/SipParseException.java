package io.parley.sip.syntax;

/**
 * Malformed SIP input: says where (byte offset, header) and what the parser expected there.
 *
 * <p>Every parser in Parley reports bad input with this checked exception, never with a runtime
 * exception. {@link #statusCode()} is the response a UAS should send for a malformed request: 400,
 * 414 for an over-long URI, 505 for an unsupported SIP version, 513 when a size limit is exceeded.
 * Malformed responses are dropped (RFC 3261 §18.1.2).
 */
public final class SipParseException extends Exception {

  private static final long serialVersionUID = 1L;

  private final int offset;
  private final String header;
  private final String expected;
  private final int statusCode;

  /**
   * Creates an error.
   *
   * @param offset zero-based byte (or character) offset of the problem in the parsed input
   * @param header the header being parsed, or {@code null} for the start line or framing
   * @param expected what the parser expected to find at {@code offset}
   * @param statusCode the SIP status a UAS answers with (400, 414, 505 or 513)
   */
  public SipParseException(int offset, String header, String expected, int statusCode) {
    super(describe(offset, header, expected));
    this.offset = offset;
    this.header = header;
    this.expected = expected;
    this.statusCode = statusCode;
  }

  /** Creates an error that a UAS answers with 400 Bad Request. */
  public SipParseException(int offset, String header, String expected) {
    this(offset, header, expected, 400);
  }

  private static String describe(int offset, String header, String expected) {
    String where = header == null ? "" : " in header " + header;
    return "malformed SIP at offset " + offset + where + ": expected " + expected;
  }

  /** Zero-based offset of the problem in the parsed input. */
  public int offset() {
    return offset;
  }

  /** Name of the header being parsed, or {@code null} for the start line and framing. */
  public String header() {
    return header;
  }

  /** What the parser expected at {@link #offset()}. */
  public String expected() {
    return expected;
  }

  /** The status a UAS answers a malformed request with: 400, 414, 505 or 513. */
  public int statusCode() {
    return statusCode;
  }

  /**
   * Returns this error moved into a larger input: the offset grows by {@code base} and the header
   * name is set. Used when a header value parsed on its own turns out to be part of a message.
   */
  public SipParseException relocate(int base, String headerName) {
    return new SipParseException(
        offset + base, header == null ? headerName : header, expected, statusCode);
  }
}
