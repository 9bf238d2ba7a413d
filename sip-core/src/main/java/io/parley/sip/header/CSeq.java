package io.parley.sip.header;

import io.parley.sip.syntax.Lexer;
import io.parley.sip.syntax.Methods;
import io.parley.sip.syntax.SipParseException;

/**
 * The CSeq header (RFC 3261 §20.16): a sequence number below 2^31 (§8.1.1.5) and a method.
 *
 * @param sequence the sequence number, 0 to 2^31-1
 * @param method the method, case-sensitive as all SIP methods are
 */
public record CSeq(long sequence, String method) {

  /** Largest sequence number RFC 3261 §8.1.1.5 allows. */
  public static final long MAX_SEQUENCE = (1L << 31) - 1;

  /**
   * Checks the fields.
   *
   * @throws IllegalArgumentException if the sequence is out of range or the method not a token
   */
  public CSeq {
    if (sequence < 0 || sequence > MAX_SEQUENCE) {
      throw new IllegalArgumentException(
          "CSeq sequence must be 0.." + MAX_SEQUENCE + ": " + sequence);
    }
    if (!Lexer.isToken(method)) {
      throw new IllegalArgumentException("CSeq method must be a token: " + method);
    }
  }

  /**
   * Parses a CSeq value such as {@code 4711 INVITE}.
   *
   * @throws SipParseException if the number is missing or too large, or the method is missing
   */
  public static CSeq parse(Lexer lx) throws SipParseException {
    long seq = lx.number(10, "a sequence number");
    if (seq > MAX_SEQUENCE) {
      throw lx.error("a sequence number below 2^31");
    }
    if (!lx.skipLws()) {
      throw lx.error("white space between the sequence number and the method");
    }
    int start = lx.skipToken("the method");
    return new CSeq(seq, Methods.of(lx.text(), start, lx.position()));
  }

  @Override
  public String toString() {
    return sequence + " " + method;
  }
}
