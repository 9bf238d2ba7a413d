package io.parley.sip.header;

import io.parley.sip.syntax.Lexer;
import io.parley.sip.syntax.SipParseException;

/**
 * The RAck header of PRACK (RFC 3262 §7.2).
 *
 * @param rseq the RSeq of the acknowledged reliable provisional response
 * @param cseq the CSeq number of the request it answered
 * @param method the method of that request
 */
public record RAck(long rseq, long cseq, String method) {

  /**
   * Reads a RAck value such as {@code 776656 1 INVITE}.
   *
   * @throws SipParseException if a number or the method is missing
   */
  public static RAck parse(Lexer lx) throws SipParseException {
    long rseq = lx.number(10, "the response number");
    long cseq = lx.number(10, "the CSeq number");
    String method = lx.token("the method");
    if (rseq > 0xFFFFFFFFL || cseq > 0xFFFFFFFFL) {
      throw lx.error("numbers below 2^32");
    }
    return new RAck(rseq, cseq, method);
  }

  @Override
  public String toString() {
    return rseq + " " + cseq + " " + method;
  }
}
