package io.parley.transport.net;

import java.nio.ByteBuffer;

/**
 * The minimal SIP stream framer of RFC 3261 §18.3: a frame is the start line and headers up to the
 * first empty line, then as many body bytes as the {@code Content-Length} (or compact {@code l})
 * header says. It does not parse SIP; the full parser in {@code sip-core} does.
 *
 * <pre>
 *   INVITE sip:bob@example.com SIP/2.0\r\n      |
 *   Content-Length: 4\r\n                       | headers, up to CRLF CRLF
 *   \r\n                                        |
 *   v=0\n                                       | 4 body bytes
 * </pre>
 *
 * <p>A stream message without {@code Content-Length} is rejected, since on a stream the receiver
 * cannot otherwise find its end (RFC 3261 §18.3, §20.14).
 */
public final class ContentLengthDecoder implements StreamDecoder {

  private final int maxFrameSize;
  private int scanned;

  /**
   * @param maxFrameSize the largest frame, headers and body together, in bytes
   * @throws IllegalArgumentException if {@code maxFrameSize} is below 64
   */
  public ContentLengthDecoder(int maxFrameSize) {
    if (maxFrameSize < 64) {
      throw new IllegalArgumentException("maxFrameSize must be at least 64, not " + maxFrameSize);
    }
    this.maxFrameSize = maxFrameSize;
  }

  /**
   * A factory giving each connection its own decoder with the same limit.
   *
   * @throws IllegalArgumentException if {@code maxFrameSize} is below 64
   */
  public static StreamDecoder.Factory factory(int maxFrameSize) {
    if (maxFrameSize < 64) {
      throw new IllegalArgumentException("maxFrameSize must be at least 64, not " + maxFrameSize);
    }
    return flow -> new ContentLengthDecoder(maxFrameSize);
  }

  @Override
  public int maxFrameSize() {
    return maxFrameSize;
  }

  @Override
  public ByteBuffer decode(ByteBuffer buffer) throws FrameException {
    int start = buffer.position();
    int headerEnd = findEmptyLine(buffer, start);
    if (headerEnd < 0) {
      if (buffer.remaining() > maxFrameSize) {
        throw new FrameException("no end of headers within the " + maxFrameSize + " byte limit");
      }
      return null;
    }
    long bodyLength = contentLength(buffer, start, headerEnd);
    long frameLength = headerEnd - start + bodyLength;
    if (frameLength > maxFrameSize) {
      throw new FrameException(
          "frame of " + frameLength + " bytes exceeds the " + maxFrameSize + " byte limit");
    }
    if (buffer.remaining() < frameLength) {
      return null;
    }
    scanned = 0;
    ByteBuffer frame = ByteBuffer.allocate((int) frameLength);
    ByteBuffer slice = buffer.duplicate();
    slice.limit(start + (int) frameLength);
    frame.put(slice).flip();
    buffer.position(start + (int) frameLength);
    return frame;
  }

  /** Index just past CRLF CRLF, or -1; remembers how far it looked so rescans stay linear. */
  private int findEmptyLine(ByteBuffer buffer, int start) {
    int from = Math.max(start, start + scanned - 3);
    for (int i = from; i + 3 < buffer.limit(); i++) {
      if (buffer.get(i) == '\r'
          && buffer.get(i + 1) == '\n'
          && buffer.get(i + 2) == '\r'
          && buffer.get(i + 3) == '\n') {
        return i + 4;
      }
    }
    scanned = buffer.limit() - start;
    return -1;
  }

  private static long contentLength(ByteBuffer buffer, int start, int headerEnd)
      throws FrameException {
    long found = -1;
    int lineStart = start;
    while (lineStart < headerEnd - 2) {
      int lineEnd = lineStart;
      while (buffer.get(lineEnd) != '\r' || buffer.get(lineEnd + 1) != '\n') {
        lineEnd++;
      }
      long value = headerValue(buffer, lineStart, lineEnd, start);
      if (value >= 0) {
        if (found >= 0 && found != value) {
          throw new FrameException(
              "conflicting Content-Length values at offset " + (lineStart - start));
        }
        found = value;
      }
      lineStart = lineEnd + 2;
    }
    if (found < 0) {
      throw new FrameException("stream message without Content-Length (RFC 3261 §18.3)");
    }
    return found;
  }

  /** The Content-Length value if the line is that header, else -1. */
  private static long headerValue(ByteBuffer buffer, int from, int to, int frameStart)
      throws FrameException {
    int colon = from;
    while (colon < to && buffer.get(colon) != ':') {
      colon++;
    }
    if (colon == to) {
      return -1;
    }
    int nameEnd = colon;
    while (nameEnd > from && isSpace(buffer.get(nameEnd - 1))) {
      nameEnd--;
    }
    if (!nameIs(buffer, from, nameEnd, "content-length") && !nameIs(buffer, from, nameEnd, "l")) {
      return -1;
    }
    int i = colon + 1;
    while (i < to && isSpace(buffer.get(i))) {
      i++;
    }
    int end = to;
    while (end > i && isSpace(buffer.get(end - 1))) {
      end--;
    }
    if (i == end || end - i > 9) {
      throw new FrameException(
          "Content-Length at offset " + (from - frameStart) + " is not a valid number");
    }
    long value = 0;
    for (int k = i; k < end; k++) {
      byte b = buffer.get(k);
      if (b < '0' || b > '9') {
        throw new FrameException(
            "Content-Length at offset " + (from - frameStart) + " is not a valid number");
      }
      value = value * 10 + (b - '0');
    }
    return value;
  }

  private static boolean nameIs(ByteBuffer buffer, int from, int to, String name) {
    if (to - from != name.length()) {
      return false;
    }
    for (int k = 0; k < name.length(); k++) {
      if (Character.toLowerCase((char) buffer.get(from + k)) != name.charAt(k)) {
        return false;
      }
    }
    return true;
  }

  private static boolean isSpace(byte b) {
    return b == ' ' || b == '\t';
  }
}
