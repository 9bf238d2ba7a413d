package io.parley.sip.message;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.parley.sip.header.HeaderName;
import io.parley.sip.syntax.SipParseException;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

class SipParserTest {

  private static byte[] bytes(String s) {
    return s.getBytes(StandardCharsets.UTF_8);
  }

  private static final String HEADERS =
      "Via: SIP/2.0/UDP 192.0.2.1;branch=z9hG4bK1\r\n"
          + "From: <sip:a@a.com>;tag=1\r\n"
          + "To: <sip:b@b.com>\r\n"
          + "Call-ID: abc\r\n"
          + "CSeq: 1 OPTIONS\r\n";

  @Test
  void rfc3261Section7_unchangedMessageSerializesByteExact() throws Exception {
    byte[] raw = SampleMessages.INVITE;
    SipMessage m = SipMessage.parse(raw);
    assertThat(m.toByteArray()).isEqualTo(raw);
    ByteBuffer out = ByteBuffer.allocate(m.encodedLength());
    m.writeTo(out);
    assertThat(out.array()).isEqualTo(raw);
  }

  @Test
  void rfc3261Section7_3_headerOrderAndUnknownHeadersAreKept() throws Exception {
    SipMessage m =
        SipMessage.parse(
            bytes(
                "OPTIONS sip:b@b.com SIP/2.0\r\nX-First: 1\r\n" + HEADERS + "x-first: 2\r\n\r\n"));
    assertThat(m.headerName(0)).isEqualTo("X-First");
    assertThat(m.headerValues("X-FIRST")).containsExactly("1", "2");
    assertThat(m.headerName(m.headerCount() - 1)).isEqualTo("x-first");
    assertThat(m.knownName(1)).contains(HeaderName.VIA);
  }

  @Test
  void rfc3261Section7_5_leadingCrlfsAndBareLfLineEndsAreTolerated() throws Exception {
    SipMessage m =
        SipMessage.parse(
            bytes("\r\n\r\nOPTIONS sip:b@b.com SIP/2.0\n" + HEADERS.replace("\r\n", "\n") + "\n"));
    assertThat(((SipRequest) m).method()).isEqualTo("OPTIONS");
    assertThat(m.toString()).startsWith("OPTIONS");
  }

  @Test
  void rfc3261Section18_3_datagramBytesAfterContentLengthAreDiscarded() throws Exception {
    SipMessage m =
        SipMessage.parse(bytes("OPTIONS sip:b@b.com SIP/2.0\r\n" + HEADERS + "l: 3\r\n\r\nabcdef"));
    assertThat(m.bodyText()).isEqualTo("abc");
    assertThat(m.toString()).endsWith("\r\n\r\nabc");
  }

  @Test
  void rfc3261Section18_3_datagramWithoutContentLengthRunsToTheEnd() throws Exception {
    SipMessage m = SipMessage.parse(bytes("OPTIONS sip:b@b.com SIP/2.0\r\n" + HEADERS + "\r\nxyz"));
    assertThat(m.bodyText()).isEqualTo("xyz");
  }

  @Test
  void rfc3261Section7_3_1_foldedValueIsUnfoldedToOneSpace() throws Exception {
    SipMessage m =
        SipMessage.parse(
            bytes(
                "OPTIONS sip:b@b.com SIP/2.0\r\n"
                    + HEADERS
                    + "Subject: one\r\n   two\r\n\ttwo-b\r\n\r\n"));
    assertThat(m.header(HeaderName.SUBJECT)).contains("one two two-b");
  }

  @Test
  void rfc3261Section7_1_requestLineErrorsNameOffsetAndExpectation() {
    assertThatThrownBy(
            () -> SipMessage.parse(bytes("OPTIONS  sip:b@b.com SIP/2.0\r\n" + HEADERS + "\r\n")))
        .isInstanceOfSatisfying(
            SipParseException.class,
            e -> {
              assertThat(e.offset()).isEqualTo(8);
              assertThat(e.header()).isNull();
              assertThat(e.expected()).contains("single SP");
              assertThat(e.statusCode()).isEqualTo(400);
            });
  }

  @Test
  void rfc3261Section7_3_headerLineWithoutColonIsRejected() {
    assertThatThrownBy(
            () ->
                SipMessage.parse(
                    bytes("OPTIONS sip:b@b.com SIP/2.0\r\n" + HEADERS + "Oops\r\n\r\n")))
        .isInstanceOfSatisfying(
            SipParseException.class,
            e -> {
              assertThat(e.header()).isEqualTo("Oops");
              assertThat(e.expected()).contains("':'");
            });
  }

  @Test
  void rfc3261Section7_missingBlankLineIsRejected() {
    assertThatThrownBy(() -> SipMessage.parse(bytes("OPTIONS sip:b@b.com SIP/2.0\r\n" + HEADERS)))
        .isInstanceOf(SipParseException.class)
        .hasMessageContaining("empty line");
  }

  @Test
  void rfc3261Section21_5_14_messageSizeLimitGives513() {
    SipParser parser = new SipParser(ParseLimits.DEFAULT.withMaxMessageSize(100));
    byte[] raw = bytes("OPTIONS sip:b@b.com SIP/2.0\r\n" + HEADERS + "\r\n");
    assertThatThrownBy(() -> parser.parse(raw))
        .isInstanceOfSatisfying(
            SipParseException.class, e -> assertThat(e.statusCode()).isEqualTo(513));
  }

  @Test
  void rfc3261Section21_5_14_headerCountLimit() {
    SipParser parser = new SipParser(ParseLimits.DEFAULT.withMaxHeaders(5));
    byte[] raw = bytes("OPTIONS sip:b@b.com SIP/2.0\r\n" + HEADERS + "X: 1\r\n\r\n");
    assertThatThrownBy(() -> parser.parse(raw))
        .isInstanceOf(SipParseException.class)
        .hasMessageContaining("at most 5 headers");
  }

  @Test
  void rfc3261Section21_5_14_headerLineLengthLimit() {
    SipParser parser = new SipParser(ParseLimits.DEFAULT.withMaxHeaderLineLength(64));
    byte[] raw =
        bytes("OPTIONS sip:b@b.com SIP/2.0\r\n" + HEADERS + "X: " + "y".repeat(100) + "\r\n\r\n");
    assertThatThrownBy(() -> parser.parse(raw))
        .isInstanceOf(SipParseException.class)
        .hasMessageContaining("header line of at most 64 bytes");
  }

  @Test
  void rfc3261Section21_4_15_uriLengthLimitGives414() {
    SipParser parser = new SipParser(ParseLimits.DEFAULT.withMaxUriLength(16));
    byte[] raw = bytes("OPTIONS sip:bobby@biloxi.example.com SIP/2.0\r\n" + HEADERS + "\r\n");
    assertThatThrownBy(() -> parser.parse(raw))
        .isInstanceOfSatisfying(
            SipParseException.class, e -> assertThat(e.statusCode()).isEqualTo(414));
  }

  @Test
  void rfc3261Section7_limitsMustBePositive() {
    assertThatThrownBy(() -> ParseLimits.DEFAULT.withMaxHeaders(0))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("headers=0");
  }

  @Test
  void rfc3261Section8_1_1_responsesNeedTheCoreHeadersToo() {
    assertThatThrownBy(() -> SipMessage.parse(bytes("SIP/2.0 200 OK\r\nCall-ID: x\r\n\r\n")))
        .isInstanceOf(SipParseException.class)
        .hasMessageContaining("Via");
  }

  @Test
  void rfc3261Section7_2_statusLineOutOfRangeIsRejected() {
    assertThatThrownBy(() -> SipMessage.parse(bytes("SIP/2.0 099 Low\r\n" + HEADERS + "\r\n")))
        .isInstanceOf(SipParseException.class);
    assertThatThrownBy(() -> SipMessage.parse(bytes("SIP/2.0 20 OK\r\n" + HEADERS + "\r\n")))
        .isInstanceOf(SipParseException.class);
  }

  @Test
  void rfc3261Section7_parseFromByteBufferConsumesIt() throws Exception {
    ByteBuffer in = ByteBuffer.wrap(SampleMessages.OK);
    SipResponse m = (SipResponse) SipParser.DEFAULT.parse(in);
    assertThat(in.hasRemaining()).isFalse();
    assertThat(m.statusCode()).isEqualTo(200);
    assertThat(m.to().tag()).contains("8321234356");
  }
}
