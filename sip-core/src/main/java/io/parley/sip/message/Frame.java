package io.parley.sip.message;

import io.parley.sip.header.Address;
import io.parley.sip.header.CSeq;
import io.parley.sip.header.Contact;
import io.parley.sip.header.Via;
import io.parley.sip.uri.Uri;
import java.util.List;

/** What the parser learned about one message, handed to the message constructor. */
final class Frame {
  static final int STRIDE = 5; // lineStart, nameEnd, valueStart, valueEnd, HeaderName ordinal + 1

  byte[] buf;
  int start;
  int end;
  int[] index;
  int headerCount;
  int headersEnd;
  int bodyStart;
  String[] values;
  int maxUriLength;

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
