package io.parley.sip.message;

import io.parley.sip.header.CSeq;
import io.parley.sip.header.Contact;
import io.parley.sip.header.HeaderName;
import io.parley.sip.header.HeaderType;
import io.parley.sip.header.Headers;
import io.parley.sip.header.Via;
import io.parley.sip.syntax.Lexer;
import io.parley.sip.syntax.Methods;
import io.parley.sip.syntax.SipParseException;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

/**
 * Checks, while parsing, the headers every transaction and dialog needs (RFC 3261 §8.1.1): they
 * must be present once (Via at least once) and well-formed, or the message is rejected.
 */
final class CoreHeaders {

  private static final HeaderName[] NAMES = HeaderName.values();

  private CoreHeaders() {}

  static void check(Frame f, ParseLimits limits, boolean stream) throws SipParseException {
    List<Via> vias = null;
    List<Contact> contacts = null;
    long contentLength = -1;
    boolean contentType = false;
    int[] idx = f.index;
    Lexer lx = new Lexer("", "").maxUriLength(f.maxUriLength);
    for (int i = 0; i < f.headerCount; i++) {
      int ordinal = idx[i * Frame.STRIDE + 3] & Frame.ORDINAL_MASK;
      if (ordinal == 0) {
        continue;
      }
      switch (NAMES[ordinal - 1]) {
        case VIA -> vias = parse(f, lx, i, Headers.VIA, vias);
        case FROM -> f.from = single(f, lx, i, Headers.FROM, f.from);
        case TO -> f.to = single(f, lx, i, Headers.TO, f.to);
        case CALL_ID -> f.callId = single(f, lx, i, Headers.CALL_ID, f.callId);
        case CSEQ -> f.cseq = cseq(f, lx, i);
        case MAX_FORWARDS -> f.maxForwards = maxForwards(f, lx, i);
        case CONTENT_LENGTH -> contentLength = contentLength(f, lx, i, contentLength);
        case CONTENT_TYPE -> {
          if (contentType) {
            throw duplicate(f, i, "Content-Type");
          }
          contentType = true;
        }
        case CONTACT -> contacts = parse(f, lx, i, Headers.CONTACT, contacts);
        default -> {
          // other headers are read on demand
        }
      }
    }
    requirePresent(f, vias, "Via");
    requirePresent(f, f.from, "From");
    requirePresent(f, f.to, "To");
    requirePresent(f, f.callId, "Call-ID");
    requirePresent(f, f.cseq, "CSeq");
    f.vias = readOnly(vias);
    f.contacts = readOnly(contacts);
    body(f, contentLength, stream);
  }

  private static int maxForwards(Frame f, Lexer lx, int i) throws SipParseException {
    long n = digits(f, i, f.maxForwards >= 0);
    if (n >= 0 && n <= 255) {
      return (int) n;
    }
    return single(f, lx, i, Headers.MAX_FORWARDS, null);
  }

  private static long contentLength(Frame f, Lexer lx, int i, long previous)
      throws SipParseException {
    long n = digits(f, i, previous >= 0);
    return n >= 0 ? n : single(f, lx, i, Headers.CONTENT_LENGTH, null);
  }

  /**
   * Reads a plain decimal value straight from the bytes, the common case; -1 sends the header down
   * the lexer path, which reports errors and copes with folding.
   */
  private static long digits(Frame f, int i, boolean duplicate) throws SipParseException {
    if (duplicate) {
      throw duplicate(
          f, i, NAMES[(f.index[i * Frame.STRIDE + 3] & Frame.ORDINAL_MASK) - 1].canonical());
    }
    int at = i * Frame.STRIDE;
    int from = f.index[at + 1];
    int to = f.index[at + 2];
    if (to == from || to - from > 9) {
      return -1;
    }
    long n = 0;
    for (int p = from; p < to; p++) {
      byte c = f.buf[p];
      if (c < '0' || c > '9') {
        return -1;
      }
      n = n * 10 + (c - '0');
    }
    return n;
  }

  /** CSeq: {@code 1*DIGIT SP method} read from the bytes when it is that plain. */
  private static CSeq cseq(Frame f, Lexer lx, int i) throws SipParseException {
    if (f.cseq != null) {
      throw duplicate(f, i, "CSeq");
    }
    int at = i * Frame.STRIDE;
    int from = f.index[at + 1];
    int to = f.index[at + 2];
    byte[] b = f.buf;
    long n = 0;
    int p = from;
    while (p < to && p - from < 10 && b[p] >= '0' && b[p] <= '9') {
      n = n * 10 + (b[p++] - '0');
    }
    String method = p > from && p < to && b[p] == ' ' ? Methods.known(b, p + 1, to) : null;
    if (method == null || n > CSeq.MAX_SEQUENCE) {
      return single(f, lx, i, Headers.CSEQ, null);
    }
    return new CSeq(n, method);
  }

  private static void body(Frame f, long contentLength, boolean stream) throws SipParseException {
    int available = f.buf.length - f.bodyStart;
    if (contentLength < 0) {
      if (stream) {
        throw new SipParseException(
            f.headersEnd - f.start, "Content-Length", "a Content-Length on a stream (§18.3)");
      }
      f.end = f.buf.length;
    } else if (contentLength > available) {
      throw new SipParseException(
          f.bodyStart - f.start,
          "Content-Length",
          contentLength + " body bytes as Content-Length says, found " + available);
    } else {
      f.end = f.bodyStart + (int) contentLength;
    }
  }

  private static void requirePresent(Frame f, Object value, String name) throws SipParseException {
    if (value == null) {
      throw new SipParseException(f.headersEnd - f.start, name, "a " + name + " header (§8.1.1)");
    }
  }

  private static SipParseException duplicate(Frame f, int i, String name) {
    return new SipParseException(
        f.index[i * Frame.STRIDE] - f.start, name, "a single " + name + " header");
  }

  private static <T> T single(Frame f, Lexer lx, int i, HeaderType<T> type, T previous)
      throws SipParseException {
    if (previous != null) {
      throw duplicate(f, i, type.name().canonical());
    }
    int at = i * Frame.STRIDE;
    try {
      T value = type.parseOne(reset(f, lx, i, type));
      lx.expectEnd("the end of the header");
      return value;
    } catch (SipParseException e) {
      throw e.relocate(f.index[at + 1] - f.start, type.name().canonical());
    }
  }

  /**
   * Reads the values of one line of a list header onto {@code sofar}. The usual single value
   * becomes an immutable one-element list with no holder object; a second value switches to an
   * {@link ArrayList}, which {@link #readOnly} wraps at the end.
   */
  private static <T> List<T> parse(Frame f, Lexer lx, int i, HeaderType<T> type, List<T> sofar)
      throws SipParseException {
    reset(f, lx, i, type);
    List<T> out = sofar;
    try {
      do {
        out = add(out, type.parseOne(lx));
      } while (lx.consume(','));
      lx.expectEnd("',' or the end of the header");
    } catch (SipParseException e) {
      throw e.relocate(f.index[i * Frame.STRIDE + 1] - f.start, type.name().canonical());
    }
    return out;
  }

  private static <T> List<T> add(List<T> list, T value) {
    if (list == null) {
      return List.of(value);
    }
    List<T> grown = list;
    if (!(list instanceof ArrayList)) {
      grown = new ArrayList<>(4);
      grown.addAll(list);
    }
    grown.add(value);
    return grown;
  }

  private static <T> List<T> readOnly(List<T> values) {
    if (values == null) {
      return List.of();
    }
    return values instanceof ArrayList ? Collections.unmodifiableList(values) : values;
  }

  private static Lexer reset(Frame f, Lexer lx, int i, HeaderType<?> type) {
    int at = i * Frame.STRIDE;
    String value =
        SipMessage.decode(
            f.buf, f.index[at + 1], f.index[at + 2], (f.index[at + 3] & Frame.FOLDED) != 0);
    return lx.reset(value, type.name().canonical());
  }
}
