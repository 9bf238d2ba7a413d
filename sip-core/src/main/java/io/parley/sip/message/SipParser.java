package io.parley.sip.message;

import io.parley.sip.header.HeaderName;
import io.parley.sip.syntax.Lexer;
import io.parley.sip.syntax.Methods;
import io.parley.sip.syntax.SipParseException;
import io.parley.sip.uri.SipUri;
import io.parley.sip.uri.Uri;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;

/**
 * Parses SIP messages from bytes (RFC 3261 §7), within configured {@link ParseLimits}.
 *
 * <p>One parser may be shared by any number of threads. Parsing indexes the header lines, checks
 * the start line and the headers every transaction needs, and leaves other headers for typed access
 * later. Tolerated, as RFC 3261 and RFC 4475 allow: compact and any-case names, LWS and folding
 * anywhere LWS may be, CRLFs before the start line (§7.5), bare LF line ends, a missing
 * Max-Forwards (RFC 2543 peers). Rejected: anything else that breaks the grammar, a Request-URI
 * with headers, duplicate single-valued headers, a CSeq method that differs from the request
 * method, and a Content-Length larger than the body.
 */
public final class SipParser {

  /** A parser with the default limits. */
  public static final SipParser DEFAULT = new SipParser(ParseLimits.DEFAULT);

  private static final byte[] VERSION = {'S', 'I', 'P', '/', '2', '.', '0'};

  private final ParseLimits limits;

  /**
   * Creates a parser.
   *
   * @throws NullPointerException if {@code limits} is null
   */
  public SipParser(ParseLimits limits) {
    this.limits = java.util.Objects.requireNonNull(limits, "limits");
  }

  /** The limits this parser enforces. */
  public ParseLimits limits() {
    return limits;
  }

  /**
   * Parses the message in one datagram (RFC 3261 §18.3): bytes after the Content-Length are
   * discarded; without a Content-Length the body runs to the end of the datagram. The bytes are
   * copied, so the caller may reuse its array.
   *
   * @throws SipParseException if the bytes are not one well-formed message or break a limit
   */
  public SipMessage parse(byte[] data, int offset, int length) throws SipParseException {
    java.util.Objects.checkFromIndexSize(offset, length, data.length);
    if (length > limits.maxMessageSize()) {
      throw tooLarge(limits.maxMessageSize(), "a message of at most " + limits.maxMessageSize());
    }
    return parseOwned(Arrays.copyOfRange(data, offset, offset + length), false);
  }

  /**
   * Parses a datagram that the caller hands over: the message keeps {@code datagram} as its own
   * bytes instead of copying them, so the caller must never change the array afterwards. Saves one
   * copy when the transport already received into a fresh array; otherwise as {@link #parse(byte[],
   * int, int)}.
   *
   * @throws SipParseException if the bytes are not one well-formed message or break a limit
   */
  public SipMessage parseOwned(byte[] datagram) throws SipParseException {
    if (datagram.length > limits.maxMessageSize()) {
      throw tooLarge(limits.maxMessageSize(), "a message of at most " + limits.maxMessageSize());
    }
    return parseOwned(datagram, false);
  }

  /** Parses all of {@code data}; see {@link #parse(byte[], int, int)}. */
  public SipMessage parse(byte[] data) throws SipParseException {
    return parse(data, 0, data.length);
  }

  /**
   * Parses the remaining bytes of a datagram buffer and consumes them; see {@link #parse(byte[],
   * int, int)}.
   *
   * @throws SipParseException if the bytes are not one well-formed message or break a limit
   */
  public SipMessage parse(ByteBuffer datagram) throws SipParseException {
    int length = datagram.remaining();
    if (length > limits.maxMessageSize()) {
      throw tooLarge(limits.maxMessageSize(), "a message of at most " + limits.maxMessageSize());
    }
    byte[] copy = new byte[length];
    datagram.get(copy);
    return parseOwned(copy, false);
  }

  /** Parses one framed stream message that the parser may keep; Content-Length is required. */
  SipMessage parseFramed(byte[] owned) throws SipParseException {
    return parseOwned(owned, true);
  }

  private SipMessage parseOwned(byte[] buf, boolean stream) throws SipParseException {
    int p = 0;
    while (p < buf.length && (buf[p] == '\r' || buf[p] == '\n')) {
      p++;
    }
    if (p == buf.length) {
      throw new SipParseException(p, null, "a request or status line");
    }
    Frame f = new Frame();
    f.buf = buf;
    f.start = p;
    f.maxUriLength = limits.maxUriLength();
    int lineEnd = lineEnd(buf, p, "CRLF ending the start line");
    int next = buf[lineEnd] == '\r' ? lineEnd + 2 : lineEnd + 1;
    boolean response = isResponse(buf, p);
    if (response) {
      response(f, p, lineEnd);
    } else {
      request(f, p, lineEnd);
    }
    indexHeaders(f, next);
    CoreHeaders.check(f, limits, stream);
    if (response) {
      return new SipResponse(f, f.status, f.reason);
    }
    if (!f.cseq.method().equals(f.method)) {
      throw new SipParseException(
          f.headersEnd - f.start,
          "CSeq",
          "the CSeq method to match the request method " + f.method);
    }
    return new SipRequest(f, f.method, f.uri);
  }

  private static boolean isResponse(byte[] b, int p) {
    return p + 4 <= b.length
        && (b[p] | 0x20) == 's'
        && (b[p + 1] | 0x20) == 'i'
        && (b[p + 2] | 0x20) == 'p'
        && b[p + 3] == '/';
  }

  private static int lineEnd(byte[] b, int p, String expected) throws SipParseException {
    for (int i = p; i < b.length; i++) {
      if (b[i] == '\n') {
        return i > p && b[i - 1] == '\r' ? i - 1 : i;
      }
      if (b[i] == '\r' && (i + 1 >= b.length || b[i + 1] != '\n')) {
        throw new SipParseException(i, null, "LF after CR");
      }
    }
    throw new SipParseException(b.length, null, expected);
  }

  private void indexHeaders(Frame f, int q) throws SipParseException {
    byte[] b = f.buf;
    int[] idx = new int[12 * Frame.STRIDE];
    int n = 0;
    while (true) {
      if (q >= b.length) {
        throw new SipParseException(q - f.start, null, "an empty line ending the headers");
      }
      if (b[q] == '\n' || (b[q] == '\r' && q + 1 < b.length && b[q + 1] == '\n')) {
        f.headersEnd = q;
        f.bodyStart = q + (b[q] == '\r' ? 2 : 1);
        break;
      }
      if (n == limits.maxHeaders()) {
        throw tooLarge(q - f.start, "at most " + limits.maxHeaders() + " headers");
      }
      if ((n + 1) * Frame.STRIDE > idx.length) {
        idx = Arrays.copyOf(idx, idx.length * 2);
      }
      q = indexHeader(f, b, q, idx, n * Frame.STRIDE);
      n++;
    }
    f.index = idx;
    f.headerCount = n;
  }

  private int indexHeader(Frame f, byte[] b, int q, int[] idx, int at) throws SipParseException {
    int lineStart = q;
    while (q < b.length && b[q] >= 0 && Lexer.isTokenChar((char) b[q])) {
      q++;
    }
    int nameEnd = q;
    if (nameEnd == lineStart) {
      throw new SipParseException(q - f.start, null, "a header name");
    }
    while (q < b.length && (b[q] == ' ' || b[q] == '\t')) {
      q++;
    }
    if (q >= b.length || b[q] != ':') {
      String name = new String(b, lineStart, nameEnd - lineStart, StandardCharsets.UTF_8);
      throw new SipParseException(q - f.start, name, "':' after the header name");
    }
    q++;
    long value = scanValue(f, b, q, lineStart);
    int valueStart = (int) (value >>> 32);
    int valueEnd = (int) value;
    q = f.nextLine;
    HeaderName known = HeaderName.lookup(b, lineStart, nameEnd);
    idx[at] = lineStart;
    idx[at + 1] = valueStart;
    idx[at + 2] = valueEnd;
    idx[at + 3] =
        (nameEnd - lineStart) << Frame.NAME_SHIFT
            | (f.folded ? Frame.FOLDED : 0)
            | (known == null ? 0 : known.ordinal() + 1);
    return q;
  }

  /**
   * Finds the value of the header line at {@code q}, across folded continuation lines, and sets the
   * frame's {@code nextLine}. Returns {@code valueStart << 32 | valueEnd}, white space trimmed.
   */
  private long scanValue(Frame f, byte[] b, int q, int lineStart) throws SipParseException {
    int maxEnd = lineStart + limits.maxHeaderLineLength();
    int limit = Math.min(b.length, maxEnd + 1);
    int valueStart = -1;
    int valueEnd = q;
    f.folded = false;
    while (true) {
      int p = q;
      byte c = 0;
      while (p < limit && (c = b[p]) != '\n' && c != '\r') {
        p++;
      }
      if (p >= limit) {
        if (limit > maxEnd) {
          throw tooLarge(
              lineStart - f.start,
              "a header line of at most " + limits.maxHeaderLineLength() + " bytes");
        }
        throw new SipParseException(p - f.start, null, "CRLF ending the header line");
      }
      int s = q;
      int e = p;
      while (s < e && (b[s] == ' ' || b[s] == '\t')) {
        s++;
      }
      while (e > s && (b[e - 1] == ' ' || b[e - 1] == '\t')) {
        e--;
      }
      if (s < e) {
        f.folded |= valueStart >= 0;
        valueStart = valueStart < 0 ? s : valueStart;
        valueEnd = e;
      } else if (valueStart < 0) {
        valueEnd = p;
      }
      if (c == '\r' && (p + 1 >= b.length || b[p + 1] != '\n')) {
        throw new SipParseException(p - f.start, null, "LF after CR");
      }
      q = p + (c == '\r' ? 2 : 1);
      if (q >= b.length || (b[q] != ' ' && b[q] != '\t')) {
        break;
      }
    }
    f.nextLine = q;
    return (long) (valueStart < 0 ? valueEnd : valueStart) << 32 | valueEnd;
  }

  private void request(Frame f, int p, int lineEnd) throws SipParseException {
    byte[] b = f.buf;
    int sp1 = indexOf(b, p, lineEnd, (byte) ' ');
    if (sp1 <= p) {
      throw new SipParseException(Math.max(sp1, p) - f.start, null, "a method followed by SP");
    }
    for (int i = p; i < sp1; i++) {
      if (b[i] < 0 || !Lexer.isTokenChar((char) b[i])) {
        throw new SipParseException(i - f.start, null, "a method (token character)");
      }
    }
    int sp2 = indexOf(b, sp1 + 1, lineEnd, (byte) ' ');
    if (sp2 < 0) {
      throw new SipParseException(lineEnd - f.start, null, "SP and SIP/2.0 after the Request-URI");
    }
    if (sp2 == sp1 + 1) {
      throw new SipParseException(sp1 + 1 - f.start, null, "a single SP before the Request-URI");
    }
    checkVersion(f, sp2 + 1, lineEnd, "SIP/2.0 ending the request line");
    String method = Methods.of(b, p, sp1);
    String uriText = new String(b, sp1 + 1, sp2 - sp1 - 1, StandardCharsets.UTF_8);
    Uri uri;
    try {
      uri = Uri.parse(uriText, 0, uriText.length(), "Request-URI", limits.maxUriLength());
    } catch (SipParseException e) {
      throw e.relocate(sp1 + 1 - f.start, "Request-URI");
    }
    if (uri instanceof SipUri sip && sip.hasHeaders()) {
      throw new SipParseException(
          sp1 + 1 - f.start, null, "a Request-URI without headers (RFC 3261 §19.1.5)");
    }
    f.method = method;
    f.uri = uri;
  }

  private void response(Frame f, int p, int lineEnd) throws SipParseException {
    byte[] b = f.buf;
    int sp1 = indexOf(b, p, lineEnd, (byte) ' ');
    if (sp1 < 0) {
      throw new SipParseException(lineEnd - f.start, null, "SP after SIP/2.0");
    }
    checkVersion(f, p, sp1, "SIP/2.0 starting the status line");
    int c = sp1 + 1;
    int status = 0;
    for (int i = c; i < c + 3; i++) {
      if (i >= lineEnd || b[i] < '0' || b[i] > '9') {
        throw new SipParseException(i - f.start, null, "a three-digit status code");
      }
      status = status * 10 + b[i] - '0';
    }
    if (status < 100 || (c + 3 < lineEnd && b[c + 3] != ' ')) {
      throw new SipParseException(c - f.start, null, "a three-digit status code from 100 to 699");
    }
    int reasonStart = Math.min(c + 4, lineEnd);
    String reason = new String(b, reasonStart, lineEnd - reasonStart, StandardCharsets.UTF_8);
    f.status = status;
    f.reason = reason;
  }

  private static void checkVersion(Frame f, int from, int to, String expected)
      throws SipParseException {
    byte[] b = f.buf;
    boolean ok = to - from == VERSION.length;
    for (int i = 0; ok && i < VERSION.length; i++) {
      byte c = b[from + i];
      ok = c == VERSION[i] || (i < 3 && (c | 0x20) == (VERSION[i] | 0x20));
    }
    if (!ok) {
      boolean otherVersion =
          to - from > 4
              && (b[from] | 0x20) == 's'
              && b[from + 3] == '/'
              && indexOf(b, from, to, (byte) ' ') < 0;
      throw new SipParseException(
          from - f.start,
          null,
          otherVersion ? "SIP version 2.0" : expected,
          otherVersion ? 505 : 400);
    }
  }

  private static int indexOf(byte[] b, int from, int to, byte c) {
    for (int i = from; i < to; i++) {
      if (b[i] == c) {
        return i;
      }
    }
    return -1;
  }

  /** The standard method spelled by {@code b[from, to)}, or {@code null}. */
  static SipParseException tooLarge(int offset, String expected) {
    return new SipParseException(offset, null, expected, 513);
  }
}
