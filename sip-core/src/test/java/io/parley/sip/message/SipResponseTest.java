package io.parley.sip.message;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.parley.sip.header.HeaderName;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

class SipResponseTest {

  @Test
  void rfc3261Section8_2_6_2_responseCopiesViasFromToCallIdAndCSeq() throws Exception {
    String raw =
        "INVITE sip:bob@b.com SIP/2.0\r\n"
            + "v: SIP/2.0/UDP p1.example.com;branch=z9hG4bKa, SIP/2.0/UDP p2.example.com;branch=z9hG4bKb\r\n"
            + "Via: SIP/2.0/UDP 192.0.2.1;branch=z9hG4bKc;received=192.0.2.9\r\n"
            + "Max-Forwards: 68\r\n"
            + "f: Alice <sip:alice@a.com>;tag=a1\r\n"
            + "t: <sip:bob@b.com>\r\n"
            + "i: c-1@a.com\r\n"
            + "CSeq: 314159 INVITE\r\n"
            + "Timestamp: 54\r\n"
            + "Contact: <sip:alice@192.0.2.1>\r\n"
            + "Content-Length: 0\r\n\r\n";
    SipRequest invite = (SipRequest) SipMessage.parse(raw.getBytes(StandardCharsets.UTF_8));

    SipResponse ringing = SipResponse.builder(invite, 180).toTag("b7").build();

    assertThat(ringing.statusCode()).isEqualTo(180);
    assertThat(ringing.reasonPhrase()).isEqualTo("Ringing");
    assertThat(ringing.vias()).isEqualTo(invite.vias());
    assertThat(ringing.vias()).hasSize(3);
    assertThat(ringing.from()).isEqualTo(invite.from());
    assertThat(ringing.to().tag()).contains("b7");
    assertThat(ringing.to().uri()).isEqualTo(invite.to().uri());
    assertThat(ringing.callId()).isEqualTo("c-1@a.com");
    assertThat(ringing.cSeq()).isEqualTo(invite.cSeq());
    assertThat(ringing.contacts()).isEmpty();
    assertThat(ringing.maxForwards()).isEmpty();
    assertThat(ringing.header(HeaderName.TIMESTAMP)).isEmpty();
    assertThat(SipResponse.builder(invite, 100).build().header(HeaderName.TIMESTAMP))
        .contains("54");
    assertThat(ringing.toString())
        .startsWith("SIP/2.0 180 Ringing\r\nVia: ")
        .contains("Content-Length: 0\r\n\r\n");
  }

  @Test
  void rfc3261Section8_2_6_2_existingToTagIsKept() throws Exception {
    SipRequest bye =
        (SipRequest)
            SipMessage.parse(
                ("BYE sip:alice@192.0.2.1 SIP/2.0\r\nVia: SIP/2.0/UDP h;branch=z9hG4bK9\r\n"
                        + "From: <sip:bob@b.com>;tag=b7\r\nTo: <sip:alice@a.com>;tag=a1\r\n"
                        + "Call-ID: c\r\nCSeq: 2 BYE\r\nContent-Length: 0\r\n\r\n")
                    .getBytes(StandardCharsets.UTF_8));
    assertThat(SipResponse.builder(bye, 200).toTag("zz").build().to().tag()).contains("a1");
  }

  @Test
  void rfc3261Section7_2_statusCodeOutOfRangeIsMisuse() {
    assertThatThrownBy(() -> SipResponse.builder(700))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("700");
  }
}
