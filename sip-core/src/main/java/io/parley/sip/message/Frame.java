package io.parley.sip.message;

import io.parley.sip.header.Address;
import io.parley.sip.header.CSeq;
import io.parley.sip.header.Contact;
import io.parley.sip.header.Via;
import io.parley.sip.uri.Uri;
import java.util.List;

/** What the parser learned about one message, handed to the message constructor. */
final class Frame {
  /**
   * Ints per header: lineStart, valueStart, valueEnd, nameLength << 8 | (HeaderName ordinal + 1).
   */
  static final int STRIDE = 4;

  static final int NAME_SHIFT = 8;
  static final int ORDINAL_MASK = 0x7F;

  /** Set when a header value spans folded lines, so only those values need unfolding. */
  static final int FOLDED = 0x80;

  static {
    if (io.parley.sip.header.HeaderName.values().length >= ORDINAL_MASK) {
      throw new ExceptionInInitializerError("header index packs at most 126 known names");
    }
  }

  byte[] buf;
  int start;
  int end;
  int[] index;
  int headerCount;
  int headersEnd;
  int bodyStart;
  int maxUriLength;
  int nextLine;
  boolean folded;

  List<Via> vias;
  Address from;
  Address to;
  String callId;
  CSeq cseq;
  int maxForwards = -1;
  List<Contact> contacts;

  String method;
  Uri uri;
  int status;
  String reason;
}
