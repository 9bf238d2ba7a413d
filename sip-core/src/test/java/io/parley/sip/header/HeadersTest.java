package io.parley.sip.header;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.parley.sip.message.SipMessage;
import io.parley.sip.syntax.SipParseException;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import org.junit.jupiter.api.Test;

/** Typed access to every header a user agent reads, through a parsed message. */
class HeadersTest {

  private static SipMessage with(String... headers) throws SipParseException {
    StringBuilder b =
        new StringBuilder(
            "NOTIFY sip:bob@192.0.2.4 SIP/2.0\r\n"
                + "Via: SIP/2.0/UDP 192.0.2.1;branch=z9hG4bKx\r\n"
                + "From: <sip:alice@a.com>;tag=1\r\n"
                + "To: <sip:bob@b.com>;tag=2\r\n"
                + "Call-ID: c1\r\n"
                + "CSeq: 2 NOTIFY\r\n");
    for (String h : headers) {
      b.append(h).append("\r\n");
    }
    b.append("Content-Length: 0\r\n\r\n");
    return SipMessage.parse(b.toString().getBytes(StandardCharsets.UTF_8));
  }

  @Test
  void rfc3261Section7_3_3_compactFormsReadLikeLongForms() throws Exception {
    SipMessage m =
        with(
            "k: replaces, 100rel",
            "o: presence;id=7",
            "u: dialog",
            "x: 1800;refresher=uac",
            "r: <sip:carol@c.com>",
            "b: <sip:alice@a.com>",
            "e: gzip",
            "s: hi");
    assertThat(m.all(Headers.SUPPORTED)).containsExactly("replaces", "100rel");
    assertThat(m.first(Headers.EVENT).orElseThrow().parameter("id")).isEqualTo("7");
    assertThat(m.all(Headers.ALLOW_EVENTS)).containsExactly("dialog");
    assertThat(m.first(Headers.SESSION_EXPIRES).orElseThrow().seconds()).isEqualTo(1800);
    assertThat(m.first(Headers.SESSION_EXPIRES).orElseThrow().parameter("refresher"))
        .isEqualTo("uac");
    assertThat(m.first(Headers.REFER_TO).orElseThrow().uri().toString())
        .isEqualTo("sip:carol@c.com");
    assertThat(m.first(Headers.REFERRED_BY)).isPresent();
    assertThat(m.all(Headers.CONTENT_ENCODING)).containsExactly("gzip");
    assertThat(m.first(Headers.SUBJECT)).contains("hi");
  }

  @Test
  void rfc3261Section7_3_1_multiValuedHeadersSplitOnCommasOutsideQuotesAndBrackets()
      throws Exception {
    SipMessage m =
        with(
            "Allow: INVITE, ACK",
            "Allow: BYE",
            "Route: <sip:p1.com;lr>, \"a,b\" <sip:p2.com;lr>",
            "Record-Route: <sip:p3.com;lr>");
    assertThat(m.all(Headers.ALLOW)).containsExactly("INVITE", "ACK", "BYE");
    assertThat(m.all(Headers.ROUTE)).hasSize(2);
    assertThat(m.all(Headers.ROUTE).get(1).displayName()).contains("a,b");
    assertThat(m.all(Headers.RECORD_ROUTE)).hasSize(1);
  }

  @Test
  void rfc3261Section20_44_digestChallengeParameters() throws Exception {
    SipMessage m =
        with(
            "WWW-Authenticate: Digest realm=\"atlanta.com\", domain=\"sip:ss1.carrier.com\","
                + " qop=\"auth,auth-int\", nonce=\"f84f1cec41e6cbe5aea9c8e88d359\", opaque=\"\","
                + " stale=FALSE, algorithm=MD5");
    Challenge c = m.first(Headers.WWW_AUTHENTICATE).orElseThrow();
    assertThat(c.scheme()).isEqualTo("Digest");
    assertThat(c.parameter("realm")).contains("atlanta.com");
    assertThat(c.parameter("qop")).contains("auth,auth-int");
    assertThat(c.parameter("opaque")).contains("");
    assertThat(c.parameter("ALGORITHM")).contains("MD5");
  }

  @Test
  void rfc3261Section20_7_credentialsAndToken68() throws Exception {
    SipMessage m =
        with(
            "Authorization: Digest username=\"bob\", realm=\"b.com\", nonce=\"n\","
                + " uri=\"sip:b.com\", response=\"abc\"",
            "Proxy-Authorization: Bearer eyJhbGciOi.Jz-_==");
    Credentials c = m.first(Headers.AUTHORIZATION).orElseThrow();
    assertThat(c.parameter("username")).contains("bob");
    assertThat(c.parameter("uri")).contains("sip:b.com");
    assertThat(m.first(Headers.PROXY_AUTHORIZATION).orElseThrow().token68())
        .contains("eyJhbGciOi.Jz-_==");
  }

  @Test
  void rfc6665Section8_2_3_subscriptionState() throws Exception {
    ParameterizedValue s =
        with("Subscription-State: terminated;reason=timeout;retry-after=30")
            .first(Headers.SUBSCRIPTION_STATE)
            .orElseThrow();
    assertThat(s.value()).isEqualTo("terminated");
    assertThat(s.parameter("reason")).isEqualTo("timeout");
    assertThat(s.parameter("retry-after")).isEqualTo("30");
  }

  @Test
  void rfc3891Section6_1_replaces() throws Exception {
    Replaces r =
        with("Replaces: 98732@sip.example.com;from-tag=r33th4x0r;to-tag=ff87ff;early-only")
            .first(Headers.REPLACES)
            .orElseThrow();
    assertThat(r.callId()).isEqualTo("98732@sip.example.com");
    assertThat(r.fromTag()).isEqualTo("r33th4x0r");
    assertThat(r.toTag()).isEqualTo("ff87ff");
    assertThat(r.earlyOnly()).isTrue();
    assertThatThrownBy(() -> with("Replaces: abc;to-tag=1").first(Headers.REPLACES))
        .isInstanceOf(SipParseException.class)
        .hasMessageContaining("from-tag");
  }

  @Test
  void rfc3262Section7_rseqAndRack() throws Exception {
    SipMessage m = with("RSeq: 988789", "RAck: 776656 1 INVITE");
    assertThat(m.first(Headers.RSEQ)).contains(988789L);
    assertThat(m.first(Headers.RACK)).contains(new RAck(776656, 1, "INVITE"));
  }

  @Test
  void rfc3326Section2_reasonWithCauseAndText() throws Exception {
    ParameterizedValue r =
        with("Reason: SIP ;cause=200 ;text=\"Call completed elsewhere\"")
            .first(Headers.REASON)
            .orElseThrow();
    assertThat(r.value()).isEqualTo("SIP");
    assertThat(r.parameter("cause")).isEqualTo("200");
    assertThat(r.parameter("text")).isEqualTo("Call completed elsewhere");
  }

  @Test
  void rfc3261Section20_43_warnings() throws Exception {
    SipMessage m =
        with("Warning: 307 isi.edu \"Session parameter 'foo' not understood\", 301 isi.edu \"x\"");
    assertThat(m.all(Headers.WARNING))
        .containsExactly(
            new Warning(307, "isi.edu", "Session parameter 'foo' not understood"),
            new Warning(301, "isi.edu", "x"));
    assertThatThrownBy(() -> with("Warning: 3070 h \"t\"").all(Headers.WARNING))
        .isInstanceOf(SipParseException.class);
  }

  @Test
  void rfc3261Section20_33_retryAfterWithCommentAndDuration() throws Exception {
    RetryAfter r =
        with("Retry-After: 18000 (in a (long) meeting) ;duration=3600")
            .first(Headers.RETRY_AFTER)
            .orElseThrow();
    assertThat(r.seconds()).isEqualTo(18000);
    assertThat(r.comment()).isEqualTo("in a (long) meeting");
    assertThat(r.parameters().get("duration")).contains("3600");
  }

  @Test
  void rfc3325Section9_assertedIdentityAndPrivacy() throws Exception {
    SipMessage m =
        with(
            "P-Asserted-Identity: \"Cullen\" <sip:fluffy@cisco.com>, <tel:+14085264000>",
            "Privacy: id; user");
    assertThat(m.all(Headers.P_ASSERTED_IDENTITY)).hasSize(2);
    assertThat(m.all(Headers.P_ASSERTED_IDENTITY).get(1).uri().scheme()).isEqualTo("tel");
    assertThat(m.first(Headers.PRIVACY).orElseThrow()).containsExactly("id", "user");
  }

  @Test
  void rfc5806Section4_diversion() throws Exception {
    Address d =
        with("Diversion: <sip:bob@b.com>;reason=unconditional;counter=1")
            .first(Headers.DIVERSION)
            .orElseThrow();
    assertThat(d.parameters().get("reason")).contains("unconditional");
  }

  @Test
  void rfc3261Section20_9_callInfoAndAlertInfo() throws Exception {
    SipMessage m =
        with(
            "Call-Info: <http://wwww.example.com/alice/photo.jpg> ;purpose=icon",
            "Alert-Info: <http://www.example.com/sounds/moo.wav>");
    assertThat(m.first(Headers.CALL_INFO).orElseThrow().parameters().get("purpose"))
        .contains("icon");
    assertThat(m.first(Headers.ALERT_INFO).orElseThrow().uri().scheme()).isEqualTo("http");
  }

  @Test
  void rfc5373Section5_answerMode() throws Exception {
    ParameterizedValue a =
        with("Answer-Mode: Auto;require").first(Headers.ANSWER_MODE).orElseThrow();
    assertThat(a.value()).isEqualTo("Auto");
    assertThat(a.parameters().has("require")).isTrue();
  }

  @Test
  void rfc3261Section20_expiresMinExpiresMinSeUserAgentServer() throws Exception {
    SipMessage m =
        with(
            "Expires: 7200",
            "Min-Expires: 60",
            "Min-SE: 90",
            "User-Agent: Parley/0.1 (Linux)",
            "Server: Kamailio (5.7)");
    assertThat(m.first(Headers.EXPIRES)).contains(7200L);
    assertThat(m.first(Headers.MIN_EXPIRES)).contains(60L);
    assertThat(m.first(Headers.MIN_SE).orElseThrow().seconds()).isEqualTo(90);
    assertThat(m.first(Headers.USER_AGENT)).contains("Parley/0.1 (Linux)");
    assertThat(m.first(Headers.SERVER)).contains("Kamailio (5.7)");
  }

  @Test
  void rfc3261Section20_17_dateInGmt() throws Exception {
    assertThat(with("Date: Sat, 13 Nov 2010 23:29:00 GMT").first(Headers.DATE))
        .contains(Instant.parse("2010-11-13T23:29:00Z"));
  }

  @Test
  void rfc3261Section20_15_contentTypeWithParameters() throws Exception {
    MediaType t =
        with("Content-Type: Multipart/Mixed ; boundary=\"b1\"")
            .first(Headers.CONTENT_TYPE)
            .orElseThrow();
    assertThat(t.type()).isEqualTo("multipart");
    assertThat(t.subtype()).isEqualTo("mixed");
    assertThat(t.parameters().get("boundary")).contains("b1");
  }

  @Test
  void rfc3261Section7_3_malformedOptionalHeaderIsReportedWithItsNameAndOffset() throws Exception {
    SipMessage m = with("Expires: soon");
    assertThatThrownBy(() -> m.first(Headers.EXPIRES))
        .isInstanceOfSatisfying(
            SipParseException.class,
            e -> {
              assertThat(e.header()).isEqualTo("Expires");
              assertThat(e.offset()).isGreaterThan(100);
            });
    assertThat(m.header(HeaderName.EXPIRES)).contains("soon");
  }
}
