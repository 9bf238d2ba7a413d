package io.parley.benchmarks;

import gov.nist.javax.sip.message.SIPMessage;
import gov.nist.javax.sip.parser.StringMsgParser;
import io.parley.sip.message.SipMessage;
import io.parley.sip.message.SipParser;
import io.parley.sip.syntax.SipParseException;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.text.ParseException;
import java.util.concurrent.TimeUnit;
import javax.sip.header.ContactHeader;
import javax.sip.header.MaxForwardsHeader;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;
import org.openjdk.jmh.infra.Blackhole;

/**
 * Parse a datagram, read the headers a transaction and dialog need, serialize: Parley and JAIN-SIP
 * RI side by side on the same INVITE with SDP, 200 OK and REGISTER.
 *
 * <p>Both read the top Via's branch and host, the From and To tags, Call-ID, CSeq number and
 * method, the first Contact URI, Max-Forwards and the body length. JAIN-SIP encodes into a new byte
 * array (it has no other way); Parley writes into the transport's reusable buffer, as its transport
 * does.
 */
@State(Scope.Thread)
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(1)
public class SipMessageBenchmark {

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
              + "Via: SIP/2.0/UDP 192.0.2.10:5060;branch=z9hG4bK74bf9;rport=5060;"
              + "received=192.0.2.10\r\n"
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
              + "Contact: <sip:bob@192.0.2.4>;expires=7200\r\n"
              + "Content-Length: 0\r\n"
              + "\r\n")
          .getBytes(StandardCharsets.UTF_8);

  private final SipParser parley = SipParser.DEFAULT;
  private final StringMsgParser jain = new StringMsgParser();
  private final ByteBuffer out = ByteBuffer.allocate(65_536);

  /** Parley: INVITE with SDP. */
  @Benchmark
  public void parleyInvite(Blackhole bh) throws SipParseException {
    parley(INVITE, bh);
  }

  /**
   * Parley: INVITE with SDP handed over without a copy ({@code parseOwned}), as a transport that
   * receives into a fresh array per datagram does. The array is never written, so sharing it
   * between iterations is safe.
   */
  @Benchmark
  public void parleyInviteOwned(Blackhole bh) throws SipParseException {
    read(parley.parseOwned(INVITE), bh);
  }

  /** JAIN-SIP RI: INVITE with SDP. */
  @Benchmark
  public void jainSipInvite(Blackhole bh) throws ParseException {
    jain(INVITE, bh);
  }

  /** Parley: 200 OK. */
  @Benchmark
  public void parleyOk(Blackhole bh) throws SipParseException {
    parley(OK, bh);
  }

  /** JAIN-SIP RI: 200 OK. */
  @Benchmark
  public void jainSipOk(Blackhole bh) throws ParseException {
    jain(OK, bh);
  }

  /** Parley: REGISTER. */
  @Benchmark
  public void parleyRegister(Blackhole bh) throws SipParseException {
    parley(REGISTER, bh);
  }

  /** JAIN-SIP RI: REGISTER. */
  @Benchmark
  public void jainSipRegister(Blackhole bh) throws ParseException {
    jain(REGISTER, bh);
  }

  private void parley(byte[] datagram, Blackhole bh) throws SipParseException {
    read(parley.parse(datagram, 0, datagram.length), bh);
  }

  private void read(SipMessage m, Blackhole bh) {
    bh.consume(m.topVia().branch().orElse(null));
    bh.consume(m.topVia().host());
    bh.consume(m.from().tag().orElse(null));
    bh.consume(m.to().tag().orElse(null));
    bh.consume(m.callId());
    bh.consume(m.cSeq().sequence());
    bh.consume(m.cSeq().method());
    bh.consume(m.contacts().isEmpty() ? null : m.contacts().get(0).address().uri());
    bh.consume(m.maxForwards().orElse(-1));
    bh.consume(m.bodyLength());
    out.clear();
    m.writeTo(out);
    bh.consume(out.position());
  }

  private void jain(byte[] datagram, Blackhole bh) throws ParseException {
    SIPMessage m = jain.parseSIPMessage(datagram, true, false, null);
    bh.consume(m.getTopmostVia().getBranch());
    bh.consume(m.getTopmostVia().getHost());
    bh.consume(m.getFrom().getTag());
    bh.consume(m.getTo().getTag());
    bh.consume(m.getCallId().getCallId());
    bh.consume(m.getCSeq().getSeqNumber());
    bh.consume(m.getCSeq().getMethod());
    ContactHeader contact = (ContactHeader) m.getHeader(ContactHeader.NAME);
    bh.consume(contact == null ? null : contact.getAddress().getURI());
    MaxForwardsHeader maxForwards = (MaxForwardsHeader) m.getHeader(MaxForwardsHeader.NAME);
    bh.consume(maxForwards == null ? -1 : maxForwards.getMaxForwards());
    bh.consume(m.getContentLength().getContentLength());
    bh.consume(m.encodeAsBytes("UDP").length);
  }
}
