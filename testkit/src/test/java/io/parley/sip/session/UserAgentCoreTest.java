package io.parley.sip.session;

import static org.assertj.core.api.Assertions.assertThat;

import io.parley.sip.header.HeaderName;
import io.parley.sip.message.SipRequest;
import io.parley.sip.message.SipResponse;
import io.parley.sip.port.ResolvedTarget;
import io.parley.sip.port.Transport;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

class UserAgentCoreTest {

  private final CallHarness h = new CallHarness();
  private final CallHarness.ScriptedPeer peer = h.new ScriptedPeer("10.0.0.9");
  private final ResolvedTarget alice = new ResolvedTarget(Transport.UDP, "10.0.0.1", 5060);

  private SipRequest request(String method, String toTag, long cseq, String callId) {
    return (SipRequest)
        CallHarness.parse(
            method
                + " sip:alice@10.0.0.1 SIP/2.0\r\n"
                + "Via: SIP/2.0/UDP 10.0.0.9:5060;branch=z9hG4bK"
                + method
                + cseq
                + "\r\n"
                + "Max-Forwards: 70\r\n"
                + "From: <sip:peer@10.0.0.9>;tag=p1\r\n"
                + "To: <sip:alice@10.0.0.1>"
                + (toTag == null ? "" : ";tag=" + toTag)
                + "\r\n"
                + "Call-ID: "
                + callId
                + "\r\n"
                + "CSeq: "
                + cseq
                + " "
                + method
                + "\r\n"
                + "Contact: <sip:peer@10.0.0.9>\r\n"
                + "Content-Length: 0\r\n\r\n");
  }

  private int lastStatus() {
    var responses = peer.responses();
    return responses.get(responses.size() - 1).statusCode();
  }

  @Test
  void rfc3261Section12_2_2_requestForAnUnknownDialogGets481() {
    peer.send(request("BYE", "nosuchtag", 1, "unknown@10.0.0.9"), alice);
    h.runMillis(50);
    assertThat(lastStatus()).isEqualTo(481);
    peer.send(request("BYE", null, 2, "unknown@10.0.0.9"), alice);
    h.runMillis(50);
    assertThat(lastStatus()).isEqualTo(481);
  }

  @Test
  void rfc3261Section9_2_cancelForNoTransactionGets481() {
    peer.send(request("CANCEL", null, 1, "lost@10.0.0.9"), alice);
    h.runMillis(50);
    assertThat(lastStatus()).isEqualTo(481);
  }

  @Test
  void rfc3261Section12_2_2_lowerCSeqInsideADialogGets500() {
    h.alice.onIncoming = s -> s.accept(h.alice.negotiator);
    peer.send(request("INVITE", null, 10, "dialog@10.0.0.9"), alice);
    h.runMillis(50);
    SipResponse ok = peer.responses().get(peer.responses().size() - 1);
    assertThat(ok.statusCode()).isEqualTo(200);
    String tag = ok.to().tag().orElseThrow();

    peer.send(request("OPTIONS", tag, 12, "dialog@10.0.0.9"), alice);
    h.runMillis(50);
    assertThat(lastStatus()).isEqualTo(200);
    peer.send(request("BYE", tag, 11, "dialog@10.0.0.9"), alice);
    h.runMillis(50);
    assertThat(lastStatus()).isEqualTo(500);
    peer.send(request("BYE", tag, 13, "dialog@10.0.0.9"), alice);
    h.runMillis(50);
    assertThat(lastStatus()).isEqualTo(200);
    assertThat(h.alice.events.ended().by()).isEqualTo(SessionEvent.Party.REMOTE);
  }

  @Test
  void rfc3261Section11_2_optionsOutsideADialogGets200WithAllow() {
    peer.send(request("OPTIONS", null, 1, "opt@10.0.0.9"), alice);
    h.runMillis(50);
    SipResponse ok = peer.responses().get(0);
    assertThat(ok.statusCode()).isEqualTo(200);
    assertThat(ok.header(HeaderName.ALLOW).orElseThrow()).contains("INVITE", "BYE", "CANCEL");
  }

  @Test
  void rfc3261Section8_2_1_unknownMethodGets501AndKnownUnsupportedOneGets405() {
    peer.send(request("FROBNICATE", null, 1, "x@10.0.0.9"), alice);
    h.runMillis(50);
    assertThat(lastStatus()).isEqualTo(501);
    peer.send(request("SUBSCRIBE", null, 2, "y@10.0.0.9"), alice);
    h.runMillis(50);
    assertThat(lastStatus()).isEqualTo(405);
    assertThat(peer.responses().get(1).header(HeaderName.ALLOW)).isPresent();
  }

  @Test
  void rfc3261Section8_2_2_3_requiredExtensionGets420() {
    SipRequest invite =
        request("INVITE", null, 1, "req@10.0.0.9").toBuilder()
            .add(HeaderName.REQUIRE, "foo")
            .build();
    peer.send(invite, alice);
    h.runMillis(50);
    assertThat(lastStatus()).isEqualTo(420);
    assertThat(peer.responses().get(0).header(HeaderName.UNSUPPORTED)).contains("foo");
    assertThat(h.alice.incoming).isEmpty();
  }

  @Test
  void rfc3261Section13_3_1_incomingCallWithoutHandlerIsRejected480() {
    h.bob.core.setIncomingHandler(s -> s.reject(480));
    h.alice.call("sip:bob@10.0.0.2");
    h.runMillis(100);
    assertThat(h.alice.events.ended().status()).isEqualTo(480);
  }

  private SipRequest withBody(SipRequest request, String body) {
    return request.toBuilder()
        .body("application/sdp", body.getBytes(StandardCharsets.UTF_8))
        .build();
  }

  @Test
  void rfc3261Section8_2_invalidInviteWithoutContactGets400WithWarning() {
    SipRequest invite =
        request("INVITE", null, 1, "bad@10.0.0.9").toBuilder().remove(HeaderName.CONTACT).build();
    peer.send(invite, alice);
    h.runMillis(50);
    assertThat(lastStatus()).isEqualTo(400);
    assertThat(peer.responses().get(0).header(HeaderName.WARNING).orElseThrow())
        .contains("Contact");
    assertThat(h.alice.incoming).isEmpty();
  }

  @Test
  void rfc3261Section14_2_offerlessInviteGetsOfferInTwoHundredAndAnswerFromAck() {
    h.alice.onIncoming = s -> s.accept(h.alice.negotiator);
    peer.send(request("INVITE", null, 1, "late@10.0.0.9"), alice);
    h.runMillis(50);
    SipResponse ok = peer.responses().get(peer.responses().size() - 1);
    assertThat(ok.statusCode()).isEqualTo(200);
    assertThat(ok.bodyText()).isEqualTo("v=0 offer ACTIVE");
    String tag = ok.to().tag().orElseThrow();

    SipRequest ack =
        request("ACK", tag, 1, "late@10.0.0.9").toBuilder()
            .set(HeaderName.VIA, "SIP/2.0/UDP 10.0.0.9:5060;branch=z9hG4bKack1")
            .build();
    peer.send(withBody(ack, "v=0 answer from peer"), alice);
    h.runMillis(50);

    assertThat(h.alice.negotiator.answersTaken).containsExactly("v=0 answer from peer");
    assertThat(h.alice.events.of(SessionEvent.Confirmed.class)).hasSize(1);
  }

  @Test
  void rfc3311Section5_2_updateWithOfferIsAnsweredInItsTwoHundred() {
    h.alice.onIncoming = s -> s.accept(h.alice.negotiator);
    peer.send(withBody(request("INVITE", null, 1, "upd@10.0.0.9"), "v=0 first"), alice);
    h.runMillis(50);
    String tag = peer.responses().get(peer.responses().size() - 1).to().tag().orElseThrow();
    peer.send(request("ACK", tag, 1, "upd@10.0.0.9"), alice);
    h.runMillis(50);

    peer.send(withBody(request("UPDATE", tag, 2, "upd@10.0.0.9"), "v=0 second"), alice);
    h.runMillis(50);
    SipResponse ok = peer.responses().get(peer.responses().size() - 1);
    assertThat(ok.statusCode()).isEqualTo(200);
    assertThat(ok.cSeq().method()).isEqualTo("UPDATE");
    assertThat(ok.bodyText()).isEqualTo("v=0 answer to v=0 second");
    assertThat(h.alice.events.of(SessionEvent.RemoteModified.class)).hasSize(1);

    peer.send(withBody(request("UPDATE", tag, 3, "upd@10.0.0.9"), "v=0 bad codec"), alice);
    h.runMillis(50);
    assertThat(lastStatus()).isEqualTo(488);
  }

  @Test
  void rfc3261Section8_2_2_2_mergedRequestGets482() {
    h.alice.onIncoming = ServerInviteSession::ring;
    SipRequest first = request("INVITE", null, 1, "merged@10.0.0.9");
    SipRequest second =
        first.toBuilder()
            .set(HeaderName.VIA, "SIP/2.0/UDP 10.0.0.9:5060;branch=z9hG4bKotherpath")
            .build();
    peer.send(first, alice);
    h.runMillis(50);
    peer.send(second, alice);
    h.runMillis(50);

    assertThat(lastStatus()).isEqualTo(482);
    assertThat(h.alice.incoming).hasSize(1);
  }
}
