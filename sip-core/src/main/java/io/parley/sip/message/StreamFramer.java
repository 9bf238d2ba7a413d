package io.parley.sip.message;

import io.parley.sip.syntax.SipParseException;
import java.nio.ByteBuffer;
import java.util.Arrays;

/**
 * Cuts a TCP or TLS byte stream into SIP messages (RFC 3261 §18.3) and RFC 5626 §3.5.1 keep-alives.
 * One framer per connection; not thread-safe.
 *
 * <pre>
 *   feed: |INVITE ... Content-Length: 3\r\n\r\nabc\r\n\r\nSIP/2.0 200 OK ...|...
 *         |&lt;------------- message -----------&gt;|&lt; ping &gt;|&lt;- next message (partial) -
 * </pre>
 *
 * <p>Each {@link #feed} may hold part of a message, several pipelined messages, or keep-alives
 * between them; complete messages go to the listener in order, partial bytes wait for the next
 * feed. Every stream message needs a Content-Length. A message that breaks a limit or the grammar
 * ends the framer: the stream cannot be resynchronised, so the caller should close the connection
 * (after answering 400 or 513 if it can).
 */
public final class StreamFramer {

  /** What arrives on a stream. Called on the thread that calls {@link #feed}. */
  public interface Listener {
    /** A complete message. */
    void onMessage(SipMessage message);

    /**
     * A keep-alive between messages: {@link KeepAlive#PING} (CRLFCRLF), which a server answers with
     * a single CRLF, or {@link KeepAlive#PONG} (one CRLF).
     */
    default void onKeepAlive(KeepAlive keepAlive) {}
  }

  /** The two RFC 5626 §3.5.1 keep-alive signals. */
  public enum KeepAlive {
    /** A double CRLF from a client. */
    PING,
    /** A single CRLF answering a ping. */
    PONG
  }

  private static final byte[] CRLFCRLF = {'\r', '\n', '\r', '\n'};

  private final SipParser parser;
  private final int maxMessageSize;
  private byte[] buf = new byte[4096];
  private int head;
  private int tail;
  private int scanned;
  private boolean failed;

  /**
   * Creates a framer whose messages are parsed by {@code parser} and bounded by its limits.
   *
   * @throws NullPointerException if {@code parser} is null
   */
  public StreamFramer(SipParser parser) {
    this.parser = java.util.Objects.requireNonNull(parser, "parser");
    this.maxMessageSize = parser.limits().maxMessageSize();
  }

  /**
   * Feeds the remaining bytes of {@code data} (consuming them).
   *
   * @throws SipParseException if a message is malformed, lacks Content-Length, or exceeds the
   *     message size limit
   * @throws IllegalStateException if an earlier feed failed
   */
  public void feed(ByteBuffer data, Listener listener) throws SipParseException {
    int n = data.remaining();
    ensureRoom(n);
    data.get(buf, tail, n);
    tail += n;
    drain(listener);
  }

  /**
   * Feeds {@code data[offset, offset + length)}.
   *
   * @throws SipParseException if a message is malformed, lacks Content-Length, or exceeds the
   *     message size limit
   * @throws IllegalStateException if an earlier feed failed
   */
  public void feed(byte[] data, int offset, int length, Listener listener)
      throws SipParseException {
    java.util.Objects.checkFromIndexSize(offset, length, data.length);
    ensureRoom(length);
    System.arraycopy(data, offset, buf, tail, length);
    tail += length;
    drain(listener);
  }

  /** Number of bytes waiting for the rest of their message. */
  public int buffered() {
    return tail - head;
  }

  private void ensureRoom(int n) {
    if (failed) {
      throw new IllegalStateException("the stream failed to frame earlier; close the connection");
    }
    if (head > 0) {
      System.arraycopy(buf, head, buf, 0, tail - head);
      tail -= head;
      scanned -= head;
      head = 0;
    }
    if (tail + n > buf.length) {
      buf = Arrays.copyOf(buf, Math.max(buf.length * 2, tail + n));
    }
  }

  private void drain(Listener listener) throws SipParseException {
    try {
      while (head < tail) {
        if (keepAlive(listener)) {
          continue;
        }
        if ((buf[head] == '\r' || buf[head] == '\n') && tail - head < 4) {
          return;
        }
        SipMessage message = nextMessage();
        if (message == null) {
          return;
        }
        listener.onMessage(message);
      }
    } catch (SipParseException e) {
      failed = true;
      throw e;
    }
  }

  private boolean keepAlive(Listener listener) {
    int left = tail - head;
    if (left >= 4 && Arrays.equals(buf, head, head + 4, CRLFCRLF, 0, 4)) {
      head += 4;
      scanned = head;
      listener.onKeepAlive(KeepAlive.PING);
      return true;
    }
    if (left >= 2 && buf[head] == '\r' && buf[head + 1] == '\n') {
      if (left == 2 || (left >= 3 && buf[head + 2] != '\r')) {
        head += 2;
        scanned = head;
        listener.onKeepAlive(KeepAlive.PONG);
        return true;
      }
      return false;
    }
    if (buf[head] == '\n') {
      head++;
      scanned = head;
      return true;
    }
    return false;
  }

  private SipMessage nextMessage() throws SipParseException {
    int from = Math.max(head, scanned - 3);
    int headerEnd = indexOf(buf, from, tail);
    if (headerEnd < 0) {
      scanned = tail;
      if (tail - head > maxMessageSize) {
        throw SipParser.tooLarge(maxMessageSize, "a message of at most " + maxMessageSize);
      }
      return null;
    }
    int bodyStart = headerEnd + 4;
    long length = contentLength(head, headerEnd);
    if (length < 0) {
      throw new SipParseException(
          headerEnd - head, "Content-Length", "a Content-Length on a stream (RFC 3261 §18.3)");
    }
    long total = bodyStart - head + length;
    if (total > maxMessageSize) {
      throw SipParser.tooLarge(0, "a message of at most " + maxMessageSize + " bytes");
    }
    if (bodyStart + length > tail) {
      scanned = headerEnd;
      return null;
    }
    byte[] frame = Arrays.copyOfRange(buf, head, (int) (bodyStart + length));
    head = (int) (bodyStart + length);
    scanned = head;
    return parser.parseFramed(frame);
  }

  private static int indexOf(byte[] b, int from, int to) {
    for (int i = from; i + 3 < to; i++) {
      if (b[i] == '\r' && b[i + 1] == '\n' && b[i + 2] == '\r' && b[i + 3] == '\n') {
        return i;
      }
    }
    return -1;
  }

  /** The first Content-Length (long or compact form) in the header block, or -1. */
  private long contentLength(int from, int to) throws SipParseException {
    int line = from;
    while (line < to) {
      int eol = line;
      while (eol < to && buf[eol] != '\n') {
        eol++;
      }
      int colon = line;
      while (colon < eol && buf[colon] != ':') {
        colon++;
      }
      int nameEnd = colon;
      while (nameEnd > line && (buf[nameEnd - 1] == ' ' || buf[nameEnd - 1] == '\t')) {
        nameEnd--;
      }
      if (colon < eol && isContentLength(line, nameEnd)) {
        return digits(colon + 1, eol, line - from);
      }
      line = eol + 1;
    }
    return -1;
  }

  private boolean isContentLength(int start, int end) {
    String name = "content-length";
    if (end - start == 1) {
      return (buf[start] | 0x20) == 'l';
    }
    if (end - start != name.length()) {
      return false;
    }
    for (int i = 0; i < name.length(); i++) {
      if ((buf[start + i] | 0x20) != name.charAt(i)) {
        return false;
      }
    }
    return true;
  }

  private long digits(int from, int to, int offset) throws SipParseException {
    long value = 0;
    int count = 0;
    for (int i = from; i < to; i++) {
      byte c = buf[i];
      if (c >= '0' && c <= '9') {
        if (++count > 10) {
          break;
        }
        value = value * 10 + c - '0';
      } else if (c != ' ' && c != '\t' && c != '\r') {
        throw new SipParseException(offset, "Content-Length", "a byte count");
      }
    }
    if (count == 0 || count > 10) {
      throw new SipParseException(offset, "Content-Length", "a byte count of at most 10 digits");
    }
    return value;
  }
}
