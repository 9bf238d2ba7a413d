package io.parley.sip.message;

import java.nio.charset.StandardCharsets;

/** Typical messages of a call and a registration, as a softphone sends them. */
final class SampleMessages {

  private SampleMessages() {}

  static final String SDP =
      "v=0\r\n"
          + "o=alice 2890844526 2890844526 IN IP4 192.0.2.10\r\n"
          + "s=-\r\n"
          + "c=IN IP4 192.0.2.10\r\n"
          + "t=0 0\r\n"
          + "m=audio 49170 RTP/AVP 0 8 101\r\n"
          + "a=rtpmap:0 PCMU/8000\r\n"
          + "a=rtpmap:8 PCMA/8000\r\n"
          + "a=rtpmap:101 telephone-event/8000\r\n"
          + "a=sendrecv\r\n";

  static final byte[] INVITE =
      ("INVITE sip:bob@biloxi.example.com SIP/2.0\r\n"
              + "Via: SIP/2.0/UDP 192.0.2.10:5060;branch=z9hG4bK74bf9;rport\r\n"
              + "Max-Forwards: 70\r\n"
              + "From: \"Alice\" <sip:alice@atlanta.example.com>;tag=9fxced76sl\r\n"
              + "To: <sip:bob@biloxi.example.com>\r\n"
              + "Call-ID: 3848276298220188511@atlanta.example.com\r\n"
              + "CSeq: 1 INVITE\r\n"
              + "Contact: <sip:alice@192.0.2.10:5060;transport=udp>\r\n"
              + "Allow: INVITE, ACK, CANCEL, BYE, OPTIONS, REFER, NOTIFY\r\n"
              + "Supported: replaces, timer\r\n"
              + "User-Agent: Parley/0.1\r\n"
              + "Content-Type: application/sdp\r\n"
              + "Content-Length: "
              + SDP.length()
              + "\r\n\r\n"
              + SDP)
          .getBytes(StandardCharsets.UTF_8);

  static final byte[] OK =
      ("SIP/2.0 200 OK\r\n"
              + "Via: SIP/2.0/UDP 192.0.2.10:5060;branch=z9hG4bK74bf9;rport=5060;received=192.0.2.10\r\n"
              + "From: \"Alice\" <sip:alice@atlanta.example.com>;tag=9fxced76sl\r\n"
              + "To: <sip:bob@biloxi.example.com>;tag=8321234356\r\n"
              + "Call-ID: 3848276298220188511@atlanta.example.com\r\n"
              + "CSeq: 1 INVITE\r\n"
              + "Contact: <sip:bob@192.0.2.4>\r\n"
              + "Content-Length: 0\r\n"
              + "\r\n")
          .getBytes(StandardCharsets.UTF_8);

  static final byte[] REGISTER =
      ("REGISTER sip:registrar.biloxi.example.com SIP/2.0\r\n"
              + "Via: SIP/2.0/UDP 192.0.2.4:5060;branch=z9hG4bKnashds7\r\n"
              + "Max-Forwards: 70\r\n"
              + "To: Bob <sip:bob@biloxi.example.com>\r\n"
              + "From: Bob <sip:bob@biloxi.example.com>;tag=456248\r\n"
              + "Call-ID: 843817637684230@998sdasdh09\r\n"
              + "CSeq: 1826 REGISTER\r\n"
              + "Contact: <sip:bob@192.0.2.4>;expires=7200;+sip.instance=\"<urn:uuid:00000000-0000-1000-8000-000A95A0E128>\";reg-id=1\r\n"
              + "Content-Length: 0\r\n"
              + "\r\n")
          .getBytes(StandardCharsets.UTF_8);
}
