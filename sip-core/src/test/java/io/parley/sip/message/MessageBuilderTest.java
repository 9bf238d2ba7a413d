package io.parley.sip.message;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.parley.sip.header.HeaderName;
import io.parley.sip.header.Headers;
import io.parley.sip.uri.Uri;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

class MessageBuilderTest {

  private static RequestBuilder options() throws Exception {
    return SipRequest.builder("OPTIONS", Uri.parse("sip:bob@b.com"))
        .add(HeaderName.VIA, "SIP/2.0/UDP 192.0.2.1;branch=z9hG4bK1")
        .add(HeaderName.MAX_FORWARDS, "70")
        .add(HeaderName.FROM, "<sip:alice@a.com>;tag=1")
        .add(HeaderName.TO, "<sip:bob@b.com>")
        .add(HeaderName.CALL_ID, "x1")
        .add(HeaderName.CSEQ, "1 OPTIONS");
  }

  @Test
  void rfc3261Section7_builtRequestIsCanonicalWithMatchingContentLength() throws Exception {
    SipRequest r = options().body("text/plain", "hello".getBytes(StandardCharsets.UTF_8)).build();
    assertThat(r.toString())
        .isEqualTo(
            "OPTIONS sip:bob@b.com SIP/2.0\r\n"
                + "Via: SIP/2.0/UDP 192.0.2.1;branch=z9hG4bK1\r\n"
                + "Max-Forwards: 70\r\n"
                + "From: <sip:alice@a.com>;tag=1\r\n"
                + "To: <sip:bob@b.com>\r\n"
                + "Call-ID: x1\r\n"
                + "CSeq: 1 OPTIONS\r\n"
                + "Content-Type: text/plain\r\n"
                + "Content-Length: 5\r\n"
                + "\r\n"
                + "hello");
    assertThat(SipMessage.parse(r.toByteArray())).isEqualTo(r);
  }

  @Test
  void rfc3261Section7_toBuilderOfAnUnchangedMessageIsByteExact() throws Exception {
    SipMessage m = SipMessage.parse(SampleMessages.INVITE);
    assertThat(((SipRequest) m).toBuilder().build().toByteArray()).isEqualTo(SampleMessages.INVITE);
    byte[] torture = Rfc4475ConformanceTest.load("wsinv.dat");
    SipMessage wsinv = SipMessage.parse(torture);
    assertThat(wsinv.toBuilder() instanceof RequestBuilder rb ? rb.build() : null).isEqualTo(wsinv);
  }

  @Test
  void rfc3261Section7_toBuilderChangesOnlyWhatIsSet() throws Exception {
    SipRequest m = (SipRequest) SipMessage.parse(SampleMessages.INVITE);
    SipRequest changed =
        m.toBuilder()
            .set(HeaderName.MAX_FORWARDS, "69")
            .remove("User-Agent")
            .add("X-Trace", "42")
            .clearBody()
            .build();
    assertThat(changed.maxForwards()).hasValue(69);
    assertThat(changed.header(HeaderName.USER_AGENT)).isEmpty();
    assertThat(changed.header("x-trace")).contains("42");
    assertThat(changed.bodyLength()).isZero();
    assertThat(changed.header(HeaderName.CONTENT_LENGTH)).contains("0");
    assertThat(changed.all(Headers.SUPPORTED)).containsExactly("replaces", "timer");
    assertThat(changed.headerName(1)).isEqualTo("Max-Forwards");
  }

  @Test
  void rfc3261Section7_3_headerInjectionIsRefused() throws Exception {
    RequestBuilder b = options();
    assertThatThrownBy(() -> b.add("Subject", "hi\r\nVia: evil"))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("CR or LF");
    assertThatThrownBy(() -> b.add("Bad Name", "x"))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("token");
  }

  @Test
  void rfc3261Section8_1_1_missingMandatoryHeaderIsNamed() throws Exception {
    assertThatThrownBy(() -> options().remove(HeaderName.CALL_ID).build())
        .isInstanceOf(IllegalStateException.class)
        .hasMessageContaining("Call-ID");
  }

  @Test
  void rfc3261Section19_1_5_requestUriWithHeadersIsMisuse() {
    assertThatThrownBy(() -> SipRequest.builder("INVITE", Uri.parse("sip:a@b.com?Subject=x")))
        .isInstanceOf(IllegalArgumentException.class);
  }
}
