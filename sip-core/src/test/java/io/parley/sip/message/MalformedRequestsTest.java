package io.parley.sip.message;

import static org.assertj.core.api.Assertions.assertThat;

import io.parley.sip.syntax.SipParseException;
import java.nio.charset.StandardCharsets;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class MalformedRequestsTest {

  private static Optional<SipResponse> answer(String text) throws Exception {
    byte[] bytes = text.getBytes(StandardCharsets.ISO_8859_1);
    SipParseException error = null;
    try {
      SipMessage.parse(bytes);
    } catch (SipParseException e) {
      error = e;
    }
    assertThat(error).as("the message must be malformed").isNotNull();
    Optional<byte[]> response = MalformedRequests.response(bytes, 0, bytes.length, error);
    if (response.isEmpty()) {
      return Optional.empty();
    }
    return Optional.of((SipResponse) SipMessage.parse(response.get()));
  }

  @Test
  void rfc3261Section8_2_aBrokenHeaderGets400WithAWarningSayingWhere() throws Exception {
    SipResponse response =
        answer(
                "OPTIONS sip:bob@example.com SIP/2.0\r\n"
                    + "Via: SIP/2.0/UDP 10.0.0.1:5060;branch=z9hG4bKbad1\r\n"
                    + "Max-Forwards: 70\r\n"
                    + "From: <sip:alice@example.com>;tag=1\r\n"
                    + "To: <sip:bob@example.com>\r\n"
                    + "Call-ID: broken@1\r\n"
                    + "CSeq: 1 OPTIONS\r\n"
                    + "Contact: <sip:alice@10.0.0.1;lr\r\n"
                    + "Content-Length: 0\r\n\r\n")
            .orElseThrow();
    assertThat(response.statusCode()).isEqualTo(400);
    assertThat(response.topVia().branch()).contains("z9hG4bKbad1");
    assertThat(response.callId()).isEqualTo("broken@1");
    assertThat(response.cSeq().method()).isEqualTo("OPTIONS");
    assertThat(response.to().tag()).isPresent();
    assertThat(response.header("Warning").orElseThrow())
        .startsWith("399 parley \"")
        .contains("Contact");
  }

  @Test
  void rfc4475Section3_1_2_5_aWrongVersionGets505() throws Exception {
    Optional<SipResponse> response =
        answer(
            "OPTIONS sip:t.watson@example.org SIP/7.0\r\n"
                + "Via: SIP/7.0/UDP c.example.com;branch=z9hG4bKkdjuw\r\n"
                + "Max-Forwards: 70\r\n"
                + "From: A. Bell <sip:a.g.bell@example.com>;tag=qweoiqpe\r\n"
                + "To: T. Watson <sip:t.watson@example.org>\r\n"
                + "Call-ID: 23431\r\n"
                + "CSeq: 1 OPTIONS\r\n"
                + "l: 0\r\n\r\n");
    // The start line has no " SIP/2.0": there is nothing a 2.0 response could safely match.
    assertThat(response).isEmpty();
  }

  @Test
  void withoutTheHeadersAResponseNeedsNothingIsSent() throws Exception {
    assertThat(
            answer(
                "INVITE sip:bob@example.com SIP/2.0\r\n"
                    + "Via: SIP/2.0/UDP 10.0.0.1;branch=z9hG4bKx\r\n"
                    + "CSeq: nonsense\r\n\r\n"))
        .isEmpty();
  }

  @Test
  void brokenResponsesAndAcksAreNeverAnswered() throws Exception {
    assertThat(answer("SIP/2.0 200 OK\r\nVia: broken\r\n\r\n")).isEmpty();
    assertThat(
            answer(
                "ACK sip:bob@example.com SIP/2.0\r\n"
                    + "Via: SIP/2.0/UDP 10.0.0.1;branch=z9hG4bKa\r\n"
                    + "From: <sip:a@x>;tag=1\r\nTo: <sip:b@x>;tag=2\r\nCall-ID: c\r\n"
                    + "CSeq: 1 ACK\r\nContact: <broken\r\nContent-Length: 0\r\n\r\n"))
        .isEmpty();
  }

  @Test
  void theWarningTextCannotBreakOutOfItsQuotes() {
    SipParseException nasty = new SipParseException(3, "To", "a \"quote\" and \\ and \r\n");
    byte[] request =
        ("BYE sip:b@x SIP/2.0\r\nVia: SIP/2.0/UDP h;branch=z9hG4bK1\r\nFrom: <sip:a@x>;tag=1\r\n"
                + "To: <sip:b@x>\r\nCall-ID: c\r\nCSeq: 2 BYE\r\n\r\n")
            .getBytes(StandardCharsets.ISO_8859_1);
    byte[] response = MalformedRequests.response(request, 0, request.length, nasty).orElseThrow();
    String text = new String(response, StandardCharsets.ISO_8859_1);
    String warning =
        text.substring(text.indexOf("Warning: "), text.indexOf("\r\n", text.indexOf("Warning: ")));
    assertThat(warning).doesNotContain("\\").matches("Warning: 399 parley \"[^\"]*\"");
  }
}
