package io.parley.sip.message;

import io.parley.sip.header.Address;
import io.parley.sip.header.CSeq;
import io.parley.sip.header.Contact;
import io.parley.sip.header.HeaderName;
import io.parley.sip.header.HeaderType;
import io.parley.sip.header.Via;
import io.parley.sip.syntax.Lexer;
import io.parley.sip.syntax.SipParseException;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.List;
import java.util.Optional;
import java.util.OptionalInt;

/**
 * A SIP request or response (RFC 3261 §7): start line, headers in their original order, body.
 *
 * <p>Immutable. A message keeps its bytes and an index of where each header's name and value lie;
 * header values are decoded and typed only when asked, then cached. The headers every transaction
 * needs (Via, From, To, Call-ID, CSeq, Max-Forwards, Contact, Content-Length) are checked while
 * parsing, so their accessors never fail; other typed headers are read with {@link #all} and {@link
 * #first}, which report malformed values as {@link SipParseException}. Serializing a parsed message
 * writes its original bytes, so an unchanged message is re-sent byte for byte. Change a message
 * with {@link #toBuilder()}, which makes a new one.
 *
 * <p>Instances are safe to share between threads; the caches are idempotent.
 */
public abstract sealed class SipMessage permits SipRequest, SipResponse {

  private static final HeaderName[] NAMES = HeaderName.values();

  private final byte[] buf;
  private final int start;
  private final int end;
  private final int[] index;
  private final int headerCount;
  private final int headersEnd;
  private final int bodyStart;
  private final int maxUriLength;
  private final List<Via> vias;
  private final Address from;
  private final Address to;
  private final String callId;
  private final CSeq cseq;
  private final int maxForwards;
  private final List<Contact> contacts;
  private String[] values; // decoded on demand; a racy cache of immutable strings
  private volatile Cached[] typed;

  SipMessage(Frame f) {
    this.buf = f.buf;
    this.start = f.start;
    this.end = f.end;
    this.index = f.index;
    this.headerCount = f.headerCount;
    this.headersEnd = f.headersEnd;
    this.bodyStart = f.bodyStart;
    this.maxUriLength = f.maxUriLength;
    this.vias = f.vias;
    this.from = f.from;
    this.to = f.to;
    this.callId = f.callId;
    this.cseq = f.cseq;
    this.maxForwards = f.maxForwards;
    this.contacts = f.contacts;
  }

  /**
   * Parses one message from a datagram with the {@link ParseLimits#DEFAULT default limits}; see
   * {@link SipParser#parse(byte[], int, int)}.
   *
   * @throws SipParseException if the bytes are not one well-formed SIP message
   */
  public static SipMessage parse(byte[] datagram) throws SipParseException {
    return SipParser.DEFAULT.parse(datagram, 0, datagram.length);
  }

  /** Whether this is a request. */
  public abstract boolean isRequest();

  /** A builder that starts from this message's start line, headers and body. */
  public abstract MessageBuilder<?> toBuilder();

  // ---- raw headers

  /** Number of header lines. */
  public int headerCount() {
    return headerCount;
  }

  /** Name of header line {@code i} exactly as written ({@code v}, {@code VIA}, {@code X-Foo}). */
  public String headerName(int i) {
    int at = at(i);
    return new String(buf, index[at], index[at + 3] >>> Frame.NAME_SHIFT, StandardCharsets.UTF_8);
  }

  /** The known name of header line {@code i}, or empty for a header Parley does not know. */
  public Optional<HeaderName> knownName(int i) {
    int ordinal = index[at(i) + 3] & Frame.ORDINAL_MASK;
    return ordinal == 0 ? Optional.empty() : Optional.of(NAMES[ordinal - 1]);
  }

  /**
   * Value of header line {@code i} with leading and trailing white space removed and folded lines
   * joined by single spaces (RFC 3261 §7.3.1). Decoded as UTF-8.
   */
  public String headerValue(int i) {
    int at = at(i);
    String[] cache = values;
    if (cache == null) {
      cache = new String[headerCount];
      values = cache;
    }
    String v = cache[i];
    if (v == null) {
      v = decode(buf, index[at + 1], index[at + 2], (index[at + 3] & Frame.FOLDED) != 0);
      cache[i] = v;
    }
    return v;
  }

  /** The first value of header {@code name} (long or compact form), if present. */
  public Optional<String> header(HeaderName name) {
    int i = find(name.ordinal() + 1, 0);
    return i < 0 ? Optional.empty() : Optional.of(headerValue(i));
  }

  /** Values of every line of header {@code name} (long or compact form), in order. */
  public List<String> headerValues(HeaderName name) {
    List<String> out = new ArrayList<>(2);
    for (int i = find(name.ordinal() + 1, 0); i >= 0; i = find(name.ordinal() + 1, i + 1)) {
      out.add(headerValue(i));
    }
    return out;
  }

  /** The first value of header {@code name} (any case; compact forms of known headers too). */
  public Optional<String> header(String name) {
    List<String> all = headerValues(name);
    return all.isEmpty() ? Optional.empty() : Optional.of(all.get(0));
  }

  /** Values of every line of header {@code name} (any case), in order. */
  public List<String> headerValues(String name) {
    Optional<HeaderName> known = HeaderName.of(name);
    if (known.isPresent()) {
      return headerValues(known.get());
    }
    List<String> out = new ArrayList<>(2);
    for (int i = 0; i < headerCount; i++) {
      if ((index[i * Frame.STRIDE + 3] & Frame.ORDINAL_MASK) == 0
          && headerName(i).equalsIgnoreCase(name)) {
        out.add(headerValue(i));
      }
    }
    return out;
  }

  private int find(int ordinalPlusOne, int from) {
    for (int i = from; i < headerCount; i++) {
      if ((index[i * Frame.STRIDE + 3] & Frame.ORDINAL_MASK) == ordinalPlusOne) {
        return i;
      }
    }
    return -1;
  }

  private int at(int i) {
    if (i < 0 || i >= headerCount) {
      throw new IndexOutOfBoundsException("header " + i + " of " + headerCount);
    }
    return i * Frame.STRIDE;
  }

  static String decode(byte[] b, int from, int to, boolean folded) {
    return folded ? unfold(b, from, to) : new String(b, from, to - from, StandardCharsets.UTF_8);
  }

  private static String unfold(byte[] b, int from, int to) {
    byte[] out = new byte[to - from];
    int n = 0;
    for (int i = from; i < to; i++) {
      if (b[i] == '\r' || b[i] == '\n') {
        while (i + 1 < to
            && (b[i + 1] == '\r' || b[i + 1] == '\n' || b[i + 1] == ' ' || b[i + 1] == '\t')) {
          i++;
        }
        while (n > 0 && (out[n - 1] == ' ' || out[n - 1] == '\t')) {
          n--;
        }
        out[n++] = ' ';
      } else {
        out[n++] = b[i];
      }
    }
    return new String(out, 0, n, StandardCharsets.UTF_8);
  }

  // ---- typed headers

  /** All Via values, top first. Never empty. */
  public List<Via> vias() {
    return vias;
  }

  /** The top Via: the one this element's transaction is matched by (RFC 3261 §17.2.3). */
  public Via topVia() {
    return vias.get(0);
  }

  /** The From header. */
  public Address from() {
    return from;
  }

  /** The To header. */
  public Address to() {
    return to;
  }

  /** The Call-ID. */
  public String callId() {
    return callId;
  }

  /** The CSeq. */
  public CSeq cSeq() {
    return cseq;
  }

  /** Max-Forwards (0 to 255), or empty when absent (RFC 2543 requests, responses). */
  public OptionalInt maxForwards() {
    return maxForwards < 0 ? OptionalInt.empty() : OptionalInt.of(maxForwards);
  }

  /** All Contact values in order; empty if there is none. */
  public List<Contact> contacts() {
    return contacts;
  }

  /**
   * All values of a typed header, in order, parsed on first use and cached.
   *
   * @throws SipParseException if a value breaks the header's grammar; the offset counts from the
   *     first byte of the message
   */
  @SuppressWarnings("unchecked")
  public <T> List<T> all(HeaderType<T> type) throws SipParseException {
    int slot = type.name().ordinal();
    Cached[] cache = typed;
    if (cache != null && cache[slot] != null && cache[slot].type == type) {
      return (List<T>) cache[slot].values;
    }
    List<T> out = new ArrayList<>(2);
    for (int i = find(slot + 1, 0); i >= 0; i = find(slot + 1, i + 1)) {
      parseInto(type, i, out);
    }
    List<T> result = Collections.unmodifiableList(out);
    if (cache == null) {
      cache = new Cached[NAMES.length];
      typed = cache;
    }
    cache[slot] = new Cached(type, result);
    return result;
  }

  /** A typed header's values, cached per header name. */
  private record Cached(HeaderType<?> type, List<?> values) {}

  /**
   * The first value of a typed header, if present.
   *
   * @throws SipParseException if a value breaks the header's grammar
   */
  public <T> Optional<T> first(HeaderType<T> type) throws SipParseException {
    List<T> all = all(type);
    return all.isEmpty() ? Optional.empty() : Optional.of(all.get(0));
  }

  <T> void parseInto(HeaderType<T> type, int i, List<T> out) throws SipParseException {
    String value = headerValue(i);
    Lexer lx = new Lexer(value, type.name().canonical()).maxUriLength(maxUriLength);
    try {
      do {
        out.add(type.parseOne(lx));
      } while (type.isList() && lx.consume(','));
      lx.expectEnd(type.isList() ? "',' or the end of the header" : "the end of the header");
    } catch (SipParseException e) {
      throw e.relocate(index[i * Frame.STRIDE + 1] - start, type.name().canonical());
    }
  }

  // ---- body

  /** Length of the body in bytes (the Content-Length). */
  public int bodyLength() {
    return end - bodyStart;
  }

  /** A copy of the body; empty if there is none. */
  public byte[] body() {
    return Arrays.copyOfRange(buf, bodyStart, end);
  }

  /** The body decoded as UTF-8. */
  public String bodyText() {
    return new String(buf, bodyStart, end - bodyStart, StandardCharsets.UTF_8);
  }

  // ---- serialization

  /** Number of bytes {@link #writeTo} writes. */
  public int encodedLength() {
    return end - start;
  }

  /**
   * Writes the message, exactly as parsed or built, into {@code out}.
   *
   * @throws java.nio.BufferOverflowException if {@code out} has less than {@link #encodedLength()}
   *     bytes remaining
   */
  public void writeTo(ByteBuffer out) {
    out.put(buf, start, end - start);
  }

  /** The message bytes, exactly as parsed or built (a copy). */
  public byte[] toByteArray() {
    return Arrays.copyOfRange(buf, start, end);
  }

  /** The message as text (UTF-8), for logs and tests. */
  @Override
  public String toString() {
    return new String(buf, start, end - start, StandardCharsets.UTF_8);
  }

  /** Two messages are equal when their bytes are equal. */
  @Override
  public boolean equals(Object o) {
    return o instanceof SipMessage other
        && Arrays.equals(buf, start, end, other.buf, other.start, other.end);
  }

  @Override
  public int hashCode() {
    int h = 1;
    for (int i = start; i < end; i++) {
      h = 31 * h + buf[i];
    }
    return h;
  }

  // ---- for builders

  /** The raw bytes of header line {@code i}, line end included. */
  byte[] rawLine(int i) {
    int at = at(i);
    int lineEnd = i + 1 < headerCount ? index[at + Frame.STRIDE] : headersEnd;
    return Arrays.copyOfRange(buf, index[at], lineEnd);
  }

  byte[] buffer() {
    return buf;
  }

  int bodyStart() {
    return bodyStart;
  }

  int end() {
    return end;
  }
}
