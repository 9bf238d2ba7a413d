package io.parley.sip.dialog;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.parley.sip.header.HeaderName;
import io.parley.sip.message.SipMessage;
import io.parley.sip.message.SipRequest;
import io.parley.sip.message.SipResponse;
import io.parley.sip.syntax.SipParseException;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

class DialogTest {

  private static final String VIA = "SIP/2.0/UDP 10.0.0.1:5060;branch=z9hG4bKnew";

  private static SipMessage parse(String text) throws SipParseException {
    return SipMessage.parse(text.replace("\n", "\r\n").getBytes(StandardCharsets.UTF_8));
  }

  private static SipRequest invite(String extra) throws SipParseException {
    return (SipRequest)
        parse(
            "INVITE sip:bob@example.com SIP/2.0\n"
                + "Via: SIP/2.0/UDP 10.0.0.1:5060;branch=z9hG4bK1\n"
                + "Max-Forwards: 70\n"
                + "From: \"Alice\" <sip:alice@example.com>;tag=a1\n"
                + "To: <sip:bob@example.com>\n"
                + "Call-ID: c1@10.0.0.1\n"
                + "CSeq: 7 INVITE\n"
                + "Contact: <sip:alice@10.0.0.1:5060>\n"
                + extra
                + "Content-Length: 0\n\n");
  }

  private static SipResponse ok(SipRequest invite, String recordRoute) throws SipParseException {
    var b =
        SipResponse.builder(invite, 200)
            .toTag("b1")
            .add(HeaderName.CONTACT, "<sip:bob@10.0.0.2:5070>");
    if (recordRoute != null) {
      b.add(HeaderName.RECORD_ROUTE, recordRoute);
    }
    return b.build();
  }

  @Test
  void rfc3261Section12_1_2_uacDialogReversesRecordRouteAndTakesContactAsTarget() throws Exception {
    SipRequest invite = invite("");
    Dialog d = Dialog.asUac(invite, ok(invite, "<sip:p2.example.com;lr>, <sip:p1.example.com;lr>"));

    assertThat(d.id()).isEqualTo(new DialogId("c1@10.0.0.1", "a1", "b1"));
    assertThat(d.state()).isEqualTo(DialogState.CONFIRMED);
    assertThat(d.routeSet())
        .extracting(Object::toString)
        .containsExactly("<sip:p1.example.com;lr>", "<sip:p2.example.com;lr>");
    assertThat(d.remoteTarget().toString()).isEqualTo("sip:bob@10.0.0.2:5070");
    assertThat(d.localSeq()).isEqualTo(7);
    assertThat(d.remoteSeq()).isEqualTo(-1);
    assertThat(d.isSecure()).isFalse();
  }

  @Test
  void rfc3261Section12_2_1_1_looseRoutingKeepsTheTargetInTheRequestUri() throws Exception {
    SipRequest invite = invite("");
    Dialog d = Dialog.asUac(invite, ok(invite, "<sip:p2.example.com;lr>, <sip:p1.example.com;lr>"));
    SipRequest bye = d.newRequest("BYE", VIA).build();

    assertThat(bye.requestUri().toString()).isEqualTo("sip:bob@10.0.0.2:5070");
    assertThat(bye.headerValues(HeaderName.ROUTE))
        .containsExactly("<sip:p1.example.com;lr>", "<sip:p2.example.com;lr>");
    assertThat(bye.cSeq().sequence()).isEqualTo(8);
    assertThat(bye.from().tag()).contains("a1");
    assertThat(bye.to().tag()).contains("b1");
    assertThat(d.nextHop().toString()).isEqualTo("sip:p1.example.com;lr");
  }

  @Test
  void rfc3261Section12_2_1_1_strictRouterGetsTheRequestUriAndTheTargetGoesLast() throws Exception {
    SipRequest invite = invite("");
    Dialog d =
        Dialog.asUac(invite, ok(invite, "<sip:p2.example.com;lr>, <sip:strict.example.com>"));
    SipRequest bye = d.newRequest("BYE", VIA).build();

    assertThat(bye.requestUri().toString()).isEqualTo("sip:strict.example.com");
    assertThat(bye.headerValues(HeaderName.ROUTE))
        .containsExactly("<sip:p2.example.com;lr>", "<sip:bob@10.0.0.2:5070>");
  }

  @Test
  void rfc3261Section13_2_2_4_ackForTwoHundredReusesTheInviteCSeq() throws Exception {
    SipRequest invite = invite("");
    Dialog d = Dialog.asUac(invite, ok(invite, null));
    SipRequest ack = d.newAck(7, VIA).build();

    assertThat(ack.cSeq().toString()).isEqualTo("7 ACK");
    assertThat(ack.requestUri().toString()).isEqualTo("sip:bob@10.0.0.2:5070");
    assertThat(ack.headerValues(HeaderName.ROUTE)).isEmpty();
    assertThat(d.localSeq()).isEqualTo(7);
    assertThatThrownBy(() -> d.newRequest("ACK", VIA)).isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  void rfc3261Section12_1_1_uasDialogKeepsRecordRouteOrderAndRemoteCSeq() throws Exception {
    SipRequest invite =
        invite("Record-Route: <sip:p1.example.com;lr>\nRecord-Route: <sip:p2.example.com;lr>\n");
    Dialog d = Dialog.asUas(invite, "b9");

    assertThat(d.id()).isEqualTo(new DialogId("c1@10.0.0.1", "b9", "a1"));
    assertThat(d.state()).isEqualTo(DialogState.EARLY);
    assertThat(d.routeSet())
        .extracting(Object::toString)
        .containsExactly("<sip:p1.example.com;lr>", "<sip:p2.example.com;lr>");
    assertThat(d.remoteSeq()).isEqualTo(7);
    SipRequest bye = d.newRequest("BYE", VIA).build();
    assertThat(bye.requestUri().toString()).isEqualTo("sip:alice@10.0.0.1:5060");
    assertThat(bye.from().tag()).contains("b9");
    assertThat(bye.to().tag()).contains("a1");
    assertThat(bye.to().displayName()).contains("Alice");
    d.confirm();
    assertThat(d.state()).isEqualTo(DialogState.CONFIRMED);
  }

  @Test
  void rfc3261Section12_2_2_lowerRemoteCSeqIsRejectedWith500() throws Exception {
    Dialog d = Dialog.asUas(invite(""), "b9");
    SipRequest older = invite("").toBuilder().set(HeaderName.CSEQ, "6 INVITE").build();
    SipRequest newer = invite("").toBuilder().set(HeaderName.CSEQ, "9 INVITE").build();
    SipRequest cancel =
        invite("").toBuilder().method("CANCEL").set(HeaderName.CSEQ, "1 CANCEL").build();

    assertThat(d.acceptRemoteCSeq(older)).isEqualTo(500);
    assertThat(d.acceptRemoteCSeq(cancel)).isZero();
    assertThat(d.acceptRemoteCSeq(newer)).isZero();
    assertThat(d.remoteSeq()).isEqualTo(9);
    assertThat(d.acceptRemoteCSeq(invite(""))).isEqualTo(500);
  }

  @Test
  void rfc3261Section12_2_targetRefreshReplacesTheRemoteTarget() throws Exception {
    SipRequest invite = invite("");
    Dialog d = Dialog.asUac(invite, ok(invite, null));
    d.refreshTarget(invite("").toBuilder().set(HeaderName.CONTACT, "<sip:bob@10.9.9.9>").build());
    assertThat(d.remoteTarget().toString()).isEqualTo("sip:bob@10.9.9.9");
  }

  @Test
  void rfc3261Section12_1_dialogNeedsAToTagAndAContact() throws Exception {
    SipRequest invite = invite("");
    SipResponse noTag = SipResponse.builder(invite, 200).build();
    assertThatThrownBy(() -> Dialog.asUac(invite, noTag))
        .isInstanceOf(SipParseException.class)
        .hasMessageContaining("To tag");
    SipResponse noContact = SipResponse.builder(invite, 200).toTag("b1").build();
    assertThatThrownBy(() -> Dialog.asUac(invite, noContact))
        .isInstanceOf(SipParseException.class)
        .hasMessageContaining("Contact");
  }

  @Test
  void rfc3261Section12_1_1_sipsRequestUriMakesTheDialogSecure() throws Exception {
    SipRequest invite =
        (SipRequest)
            parse(
                invite("")
                    .toString()
                    .replace("INVITE sip:bob@example.com", "INVITE sips:bob@example.com")
                    .replace("\r\n", "\n"));
    assertThat(Dialog.asUas(invite, "b9").isSecure()).isTrue();
  }
}
