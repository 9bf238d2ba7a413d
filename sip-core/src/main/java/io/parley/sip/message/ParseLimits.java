package io.parley.sip.message;

/**
 * Bounds that keep a hostile peer from exhausting memory or time. Exceeding one is a {@link
 * io.parley.sip.syntax.SipParseException} with status 513 (Message Too Large).
 *
 * @param maxMessageSize largest message in bytes, headers and body together
 * @param maxHeaders most header lines
 * @param maxHeaderLineLength longest header line in bytes, folded continuation lines included
 * @param maxUriLength longest URI in characters
 */
public record ParseLimits(
    int maxMessageSize, int maxHeaders, int maxHeaderLineLength, int maxUriLength) {

  /**
   * Safe defaults: 64 KiB messages (the largest UDP datagram), 256 headers, 8 KiB header lines and
   * 4 KiB URIs.
   */
  public static final ParseLimits DEFAULT = new ParseLimits(65_535, 256, 8_192, 4_096);

  /**
   * Checks the limits.
   *
   * @throws IllegalArgumentException if a limit is not positive
   */
  public ParseLimits {
    if (maxMessageSize <= 0 || maxHeaders <= 0 || maxHeaderLineLength <= 0 || maxUriLength <= 0) {
      throw new IllegalArgumentException(
          "parse limits must be positive: size="
              + maxMessageSize
              + " headers="
              + maxHeaders
              + " line="
              + maxHeaderLineLength
              + " uri="
              + maxUriLength);
    }
  }

  /** These limits with another message size. */
  public ParseLimits withMaxMessageSize(int bytes) {
    return new ParseLimits(bytes, maxHeaders, maxHeaderLineLength, maxUriLength);
  }

  /** These limits with another header count. */
  public ParseLimits withMaxHeaders(int count) {
    return new ParseLimits(maxMessageSize, count, maxHeaderLineLength, maxUriLength);
  }

  /** These limits with another header line length. */
  public ParseLimits withMaxHeaderLineLength(int bytes) {
    return new ParseLimits(maxMessageSize, maxHeaders, bytes, maxUriLength);
  }

  /** These limits with another URI length. */
  public ParseLimits withMaxUriLength(int chars) {
    return new ParseLimits(maxMessageSize, maxHeaders, maxHeaderLineLength, chars);
  }
}
