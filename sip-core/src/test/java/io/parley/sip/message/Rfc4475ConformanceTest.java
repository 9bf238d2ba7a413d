package io.parley.sip.message;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.parley.sip.header.Address;
import io.parley.sip.header.Contact;
import io.parley.sip.header.HeaderName;
import io.parley.sip.header.Headers;
import io.parley.sip.header.Via;
import io.parley.sip.syntax.SipParseException;
import io.parley.sip.uri.AbsoluteUri;
import io.parley.sip.uri.SipUri;
import io.parley.sip.uri.Uri;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The RFC 4475 torture messages, one test per message, named after the RFC section. */
class Rfc4475ConformanceTest {

  static byte[] load(String name) {
    try (InputStream in = Rfc4475ConformanceTest.class.getResourceAsStream("/rfc4475/" + name)) {
      if (in == null) {
        throw new IllegalStateException("missing resource " + name);
      }
      return in.readAllBytes();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static SipMessage parse(String name) throws SipParseException {
    return SipMessage.parse(load(name + ".dat"));
  }

  private static SipRequest request(String name) throws SipParseException {
    return (SipRequest) parse(name);
  }

  private static SipParseException rejected(String name) {
    Throwable t = org.assertj.core.api.Assertions.catchThrowable(() -> parse(name));
    assertThat(t).as(name + " must be rejected").isInstanceOf(SipParseException.class);
    return (SipParseException) t;
  }

  private static SipUri sip(Uri uri) {
    assertThat(uri).isInstanceOf(SipUri.class);
    return (SipUri) uri;
  }

  // ---- 3.1.1 valid messages

  @Test
  void rfc4475Section3_1_1_1_wsinv_shortTorturousInvite() throws Exception {
    SipRequest m = request("wsinv");
    assertThat(m.method()).isEqualTo("INVITE");
    assertThat(m.requestUri().toString())
        .isEqualTo("sip:vivekg@chair-dnrc.example.com;unknownparam");
    assertThat(m.to().tag()).contains("1918181833n");
    assertThat(m.from().displayName()).contains("J Rosenberg \\\"");
    assertThat(m.from().tag()).contains("98asjd8");
    assertThat(m.maxForwards()).hasValue(68);
    assertThat(m.callId()).isEqualTo("wsinv.ndaksdj@192.0.2.1");
    assertThat(m.cSeq().sequence()).isEqualTo(9);
    assertThat(m.cSeq().method()).isEqualTo("INVITE");
    assertThat(m.vias()).hasSize(3);
    assertThat(m.topVia().transport()).isEqualTo("UDP");
    assertThat(m.topVia().host().toString()).isEqualTo("192.0.2.2");
    assertThat(m.topVia().branch()).contains("390skdjuw");
    assertThat(m.vias().get(1).transport()).isEqualTo("TCP");
    assertThat(m.vias().get(1).branch()).contains("z9hG4bK9ikj8");
    assertThat(m.vias().get(2).host().toString()).isEqualTo("192.168.255.111");
    assertThat(m.vias().get(2).branch()).contains("z9hG4bK30239");
    assertThat(m.header(HeaderName.SUBJECT)).contains("");
    assertThat(m.header("NewFangledHeader"))
        .contains("newfangled value continued newfangled value");
    assertThat(m.header("UnknownHeaderWithUnusualValue")).contains(";;,,;;,;");
    Contact c = m.contacts().get(0);
    assertThat(c.address().displayName()).contains("Quoted string \"\"");
    assertThat(c.address().parameters().valueOf("newparam")).isEqualTo("newvalue");
    assertThat(c.address().parameters().has("secondparam")).isTrue();
    assertThat(c.q()).contains(0.33);
    Address route = m.first(Headers.ROUTE).orElseThrow();
    assertThat(sip(route.uri()).isLooseRouter()).isTrue();
    assertThat(sip(route.uri()).parameter("unknownwith")).contains("value");
    assertThat(m.bodyLength()).isEqualTo(150);
  }

  @Test
  void rfc4475Section3_1_1_2_intmeth_wideRangeOfValidCharacters() throws Exception {
    SipRequest m = request("intmeth");
    assertThat(m.method()).isEqualTo("!interesting-Method0123456789_*+`.%indeed'~");
    assertThat(m.cSeq().method()).isEqualTo(m.method());
    SipUri ruri = sip(m.requestUri());
    assertThat(ruri.user()).contains("1_unusual.URI~(to-be!sure)&isn't+it$/crazy?,/;;*");
    assertThat(ruri.password()).contains("&it+has=1,weird!*pas$wo~d_too.(doesn't-it)");
    assertThat(ruri.host().toString()).isEqualTo("example.com");
    assertThat(m.to().displayName()).contains("BEL:\u0007 NUL:\u0000 DEL:\u007f");
    assertThat(m.from().displayName()).contains("token1~` token2'+_ token3*%!.-");
    assertThat(m.from().parameters().valueOf("fromParam''~+*_!.-%"))
        .isEqualTo("\u0440\u0430\u0431\u043e\u0442\u0430\u044e\u0449\u0438\u0439");
    assertThat(m.from().tag()).contains("_token~1'+`*%!-.");
    assertThat(m.callId()).isEqualTo("intmeth.word%ZK-!.*_+'@word`~)(><:\\/\"][?}{");
    assertThat(m.maxForwards()).hasValue(255);
    assertThat(m.topVia().branch()).contains("z9hG4bK-.!%66*_+`'~");
    assertThat(m.header("extensionHeader-!.%*+_`'~")).contains("\uFEFF\u5927\u505C\u96FB");
  }

  @Test
  void rfc4475Section3_1_1_3_esc01_validUseOfPercentEscapes() throws Exception {
    SipRequest m = request("esc01");
    SipUri ruri = sip(m.requestUri());
    assertThat(ruri.user()).contains("sips:user@example.com");
    assertThat(ruri.host().toString()).isEqualTo("example.net");
    assertThat(m.to().uri()).isEqualTo(Uri.parse("sip:user@example.com"));
    assertThat(sip(m.from().uri()).user()).contains("I have spaces");
    SipUri contact = sip(m.contacts().get(0).address().uri());
    assertThat(contact.user()).contains("caller");
    assertThat(contact.isLooseRouter()).isTrue();
    assertThat(contact.parameter("name")).contains("value%41");
  }

  @Test
  void rfc4475Section3_1_1_4_escnull_escapedNullsInUris() throws Exception {
    SipRequest m = request("escnull");
    assertThat(sip(m.to().uri()).user()).contains("null-\u0000-null");
    assertThat(m.contacts()).hasSize(2);
    assertThat(sip(m.contacts().get(0).address().uri()).user()).contains("\u0000");
    assertThat(sip(m.contacts().get(1).address().uri()).user()).contains("\u0000\u0000");
  }

  @Test
  void rfc4475Section3_1_1_5_esc02_escapesWhereTheyAreNotUnescaped() throws Exception {
    SipRequest m = request("esc02");
    assertThat(m.method()).isEqualTo("RE%47IST%45R").isNotEqualTo("REGISTER");
    assertThat(m.to().displayName()).contains("%Z%45");
    assertThat(m.topVia().branch()).contains("z9hG4bK209%fzsnel234");
    assertThat(m.contacts()).hasSize(2);
    assertThat(m.header("C%6Fntact")).contains("<sip:alias2@host2.example.com>");
  }

  @Test
  void rfc4475Section3_1_1_6_lwsdisp_noLwsBetweenDisplayNameAndLaquot() throws Exception {
    SipRequest m = request("lwsdisp");
    assertThat(m.from().displayName()).contains("caller");
    assertThat(m.from().tag()).contains("323");
  }

  @Test
  void rfc4475Section3_1_1_7_longreq_longValuesInHeaderFields() throws Exception {
    SipRequest m = request("longreq");
    assertThat(m.to().displayName().orElseThrow()).startsWith("I have a user name of extreme");
    assertThat(sip(m.to().uri()).port()).isEqualTo(6000);
    assertThat(m.vias()).hasSize(34);
    assertThat(m.vias().get(33).received()).contains("192.0.2.5");
    assertThat(m.vias().get(33).branch().orElseThrow()).hasSizeGreaterThan(100);
    assertThat(m.from().tag().orElseThrow()).hasSizeGreaterThan(100);
    assertThat(m.callId()).startsWith("longreq.onereallyreally");
    assertThat(m.bodyLength()).isEqualTo(150);
  }

  @Test
  void rfc4475Section3_1_1_8_dblreq_extraTrailingOctetsInUdpDatagram() throws Exception {
    SipRequest m = request("dblreq");
    assertThat(m.method()).isEqualTo("REGISTER");
    assertThat(m.bodyLength()).isZero();
    assertThat(m.toString()).doesNotContain("INVITE");
  }

  @Test
  void rfc4475Section3_1_1_9_semiuri_semicolonSeparatedParametersInUriUserPart() throws Exception {
    SipRequest m = request("semiuri");
    SipUri ruri = sip(m.requestUri());
    assertThat(ruri.user()).contains("user;par=u@example.net");
    assertThat(ruri.host().toString()).isEqualTo("example.com");
    assertThat(ruri.parameters().isEmpty()).isTrue();
    assertThat(m.all(Headers.ACCEPT)).hasSize(6);
  }

  @Test
  void rfc4475Section3_1_1_10_transports_variedAndUnknownTransportTypes() throws Exception {
    SipRequest m = request("transports");
    assertThat(m.vias().stream().map(Via::transport))
        .containsExactly("UDP", "SCTP", "TLS", "UNKNOWN", "TCP");
  }

  @Test
  void rfc4475Section3_1_1_11_mpart01_multipartMimeMessage() throws Exception {
    SipRequest m = request("mpart01");
    assertThat(m.first(Headers.CONTENT_TYPE).orElseThrow().is("multipart", "mixed")).isTrue();
    assertThat(m.first(Headers.CONTENT_TYPE).orElseThrow().parameters().valueOf("boundary"))
        .isEqualTo("7a9cbec02ceef655");
    assertThat(m.bodyLength()).isEqualTo(553);
    assertThat(m.topVia().rport()).hasValue(0);
    byte[] all = load("mpart01.dat");
    assertThat(m.toByteArray()).isEqualTo(all);
  }

  @Test
  void rfc4475Section3_1_1_12_unreason_unusualReasonPhrase() throws Exception {
    SipResponse m = (SipResponse) parse("unreason");
    assertThat(m.statusCode()).isEqualTo(200);
    assertThat(m.reasonPhrase()).startsWith("= 2**3 * 5**2 \u043d\u043e \u0441\u0442\u043e");
    assertThat(m.bodyLength()).isEqualTo(154);
  }

  @Test
  void rfc4475Section3_1_1_13_noreason_emptyReasonPhrase() throws Exception {
    SipResponse m = (SipResponse) parse("noreason");
    assertThat(m.statusCode()).isEqualTo(100);
    assertThat(m.reasonPhrase()).isEmpty();
  }

  // ---- 3.1.2 invalid messages

  @Test
  void rfc4475Section3_1_2_1_badinv01_extraneousHeaderFieldSeparators() {
    assertThat(rejected("badinv01").header()).isEqualTo("Via");
  }

  @Test
  void rfc4475Section3_1_2_2_clerr_contentLengthLargerThanMessage() {
    assertThat(rejected("clerr").header()).isEqualTo("Content-Length");
  }

  @Test
  void rfc4475Section3_1_2_3_ncl_negativeContentLength() {
    assertThat(rejected("ncl").header()).isEqualTo("Content-Length");
  }

  @Test
  void rfc4475Section3_1_2_4_scalar02_requestScalarFieldsWithOverlargeValues() {
    assertThat(rejected("scalar02").header()).isIn("CSeq", "Max-Forwards");
  }

  @Test
  void rfc4475Section3_1_2_5_scalarlg_responseScalarFieldsWithOverlargeValues() {
    assertThat(rejected("scalarlg").header()).isEqualTo("CSeq");
  }

  @Test
  void rfc4475Section3_1_2_6_quotbal_unterminatedQuotedString() {
    assertThat(rejected("quotbal").header()).isEqualTo("To");
  }

  @Test
  void rfc4475Section3_1_2_7_ltgtruri_angleBracketsEnclosingRequestUri() {
    assertThat(rejected("ltgtruri").header()).isEqualTo("Request-URI");
  }

  @Test
  void rfc4475Section3_1_2_8_lwsruri_malformedSipRequestUriEmbeddedLws() {
    assertThat(rejected("lwsruri").expected()).contains("SIP/2.0");
  }

  @Test
  void rfc4475Section3_1_2_9_lwsstart_multipleSpSeparatingRequestLineElements() {
    assertThat(rejected("lwsstart").offset()).isEqualTo(7);
  }

  @Test
  void rfc4475Section3_1_2_10_trws_spCharactersAtEndOfRequestLine() {
    assertThat(rejected("trws").expected()).contains("SIP/2.0");
  }

  @Test
  void rfc4475Section3_1_2_11_escruri_escapedHeadersInSipRequestUri() {
    assertThat(rejected("escruri").expected()).contains("without headers");
  }

  @Test
  void rfc4475Section3_1_2_12_baddate_invalidTimeZoneInDateHeader() throws Exception {
    SipRequest m = request("baddate");
    assertThatThrownBy(() -> m.first(Headers.DATE))
        .isInstanceOf(SipParseException.class)
        .hasMessageContaining("Date")
        .hasMessageContaining("GMT");
    assertThat(m.callId()).startsWith("baddate.");
  }

  @Test
  void rfc4475Section3_1_2_13_regbadct_failureToEncloseNameAddrUriInAngleBrackets() {
    assertThat(rejected("regbadct").header()).isEqualTo("Contact");
  }

  @Test
  void rfc4475Section3_1_2_14_badaspec_spacesWithinAddrSpec() {
    assertThat(rejected("badaspec").header()).isEqualTo("To");
  }

  @Test
  void rfc4475Section3_1_2_15_baddn_nonTokenCharactersInDisplayName() {
    assertThat(rejected("baddn").header()).isEqualTo("From");
  }

  @Test
  void rfc4475Section3_1_2_16_badvers_unknownProtocolVersion() {
    assertThat(rejected("badvers").statusCode()).isEqualTo(505);
  }

  @Test
  void rfc4475Section3_1_2_17_mismatch01_startLineAndCseqMethodMismatch() {
    assertThat(rejected("mismatch01").header()).isEqualTo("CSeq");
  }

  @Test
  void rfc4475Section3_1_2_18_mismatch02_unknownMethodWithCseqMethodMismatch() {
    assertThat(rejected("mismatch02").header()).isEqualTo("CSeq");
  }

  @Test
  void rfc4475Section3_1_2_19_bigcode_overlargeResponseCode() {
    assertThat(rejected("bigcode").expected()).contains("status code");
  }

  // ---- 3.2 transaction layer

  @Test
  void rfc4475Section3_2_1_badbranch_missingTransactionIdentifier() throws Exception {
    SipRequest m = request("badbranch");
    assertThat(m.topVia().branch()).contains("z9hG4bK");
    assertThat(m.topVia().hasRfc3261Branch()).isFalse();
  }

  // ---- 3.3 application layer

  @Test
  void rfc4475Section3_3_1_insuf_missingRequiredHeaderFields() {
    SipParseException e = rejected("insuf");
    assertThat(e.statusCode()).isEqualTo(400);
    assertThat(e.header()).isIn("From", "To", "Call-ID");
  }

  @Test
  void rfc4475Section3_3_2_unkscm_requestUriWithUnknownScheme() throws Exception {
    SipRequest m = request("unkscm");
    assertThat(m.requestUri()).isInstanceOf(AbsoluteUri.class);
    assertThat(m.requestUri().scheme()).isEqualTo("nobodyknowsthisscheme");
  }

  @Test
  void rfc4475Section3_3_3_novelsc_requestUriWithKnownButAtypicalScheme() throws Exception {
    SipRequest m = request("novelsc");
    assertThat(m.requestUri().scheme()).isEqualTo("soap.beep");
    assertThat(m.requestUri().toString()).isEqualTo("soap.beep://192.0.2.103:3002");
  }

  @Test
  void rfc4475Section3_3_4_unksm2_unknownUriSchemesInHeaderFields() throws Exception {
    SipRequest m = request("unksm2");
    assertThat(m.to().uri().scheme()).isEqualTo("isbn");
    assertThat(m.from().uri().scheme()).isEqualTo("http");
    assertThat(m.contacts().get(0).address().uri().toString()).isEqualTo("name:John_Smith");
  }

  @Test
  void rfc4475Section3_3_5_bext01_proxyRequireAndRequireForUnknownExtensions() throws Exception {
    SipRequest m = request("bext01");
    assertThat(m.all(Headers.REQUIRE))
        .containsExactly("nothingSupportsThis", "nothingSupportsThisEither");
    assertThat(m.all(Headers.PROXY_REQUIRE))
        .containsExactly("noProxiesSupportThis", "norDoAnyProxiesSupportThis");
  }

  @Test
  void rfc4475Section3_3_6_invut_unknownContentType() throws Exception {
    SipRequest m = request("invut");
    assertThat(m.first(Headers.CONTENT_TYPE).orElseThrow().is("application", "unknownformat"))
        .isTrue();
    assertThat(m.bodyLength()).isEqualTo(40);
  }

  @Test
  void rfc4475Section3_3_7_regaut01_unknownAuthorizationScheme() throws Exception {
    SipRequest m = request("regaut01");
    var credentials = m.first(Headers.AUTHORIZATION).orElseThrow();
    assertThat(credentials.scheme()).isEqualTo("NoOneKnowsThisScheme");
    assertThat(credentials.parameter("opaque-data")).contains("here");
  }

  @Test
  void rfc4475Section3_3_8_multi01_multipleValuesInSingleValueRequiredFields() {
    assertThat(rejected("multi01").expected()).startsWith("a single");
  }

  @Test
  void rfc4475Section3_3_9_mcl01_multipleContentLengthValues() {
    assertThat(rejected("mcl01").header()).isEqualTo("Content-Length");
  }

  @Test
  void rfc4475Section3_3_10_bcast_broadcastAddressInVia() throws Exception {
    SipResponse m = (SipResponse) parse("bcast");
    assertThat(m.vias().get(1).host().toString()).isEqualTo("255.255.255.255");
  }

  @Test
  void rfc4475Section3_3_11_zeromf_maxForwardsOfZero() throws Exception {
    assertThat(request("zeromf").maxForwards()).hasValue(0);
  }

  @Test
  void rfc4475Section3_3_12_cparam01_registerWithContactHeaderParameter() throws Exception {
    Contact c = request("cparam01").contacts().get(0);
    assertThat(c.address().parameters().has("unknownparam")).isTrue();
    assertThat(sip(c.address().uri()).parameters().isEmpty()).isTrue();
  }

  @Test
  void rfc4475Section3_3_13_cparam02_registerWithUrlParameter() throws Exception {
    Contact c = request("cparam02").contacts().get(0);
    assertThat(c.address().parameters().isEmpty()).isTrue();
    assertThat(sip(c.address().uri()).parameters().has("unknownparam")).isTrue();
  }

  @Test
  void rfc4475Section3_3_14_regescrt_registerWithUrlEscapedHeader() throws Exception {
    SipUri uri = sip(request("regescrt").contacts().get(0).address().uri());
    assertThat(uri.header("Route")).contains("<sip:sip.example.com>");
  }

  @Test
  void rfc4475Section3_3_15_sdp01_unacceptableAcceptOffering() throws Exception {
    SipRequest m = request("sdp01");
    assertThat(m.first(Headers.ACCEPT).orElseThrow().is("text", "nobodyKnowsThis")).isTrue();
    assertThat(m.first(Headers.CONTENT_TYPE).orElseThrow().is("application", "sdp")).isTrue();
  }

  // ---- 3.4 backward compatibility

  @Test
  void rfc4475Section3_4_1_inv2543_invite2543() throws Exception {
    SipRequest m = request("inv2543");
    assertThat(m.maxForwards()).isEmpty();
    assertThat(m.topVia().branch()).isEmpty();
    assertThat(m.bodyLength()).isGreaterThan(0);
    // without angle brackets ;user=phone belongs to the header, with them to the URI (§20.10)
    assertThat(m.to().parameters().valueOf("user")).isEqualTo("phone");
    assertThat(sip(m.from().uri()).parameter("user")).contains("phone");
  }

  // ---- extra fixture and whole-corpus properties

  @Test
  void rfc3261Section7_1_testDat_requestLineWithoutVersionIsRejected() {
    assertThat(rejected("test").expected()).contains("SIP/2.0");
  }

  @Test
  void rfc3261Section7_everyValidTortureMessageReSerializesByteExact() throws Exception {
    List<String> valid =
        List.of(
            "wsinv",
            "intmeth",
            "esc01",
            "escnull",
            "esc02",
            "lwsdisp",
            "longreq",
            "semiuri",
            "transports",
            "mpart01",
            "unreason",
            "noreason",
            "badbranch",
            "unkscm",
            "novelsc",
            "unksm2",
            "bext01",
            "invut",
            "regaut01",
            "bcast",
            "zeromf",
            "cparam01",
            "cparam02",
            "regescrt",
            "sdp01",
            "inv2543",
            "baddate");
    List<String> failures = new ArrayList<>();
    for (String name : valid) {
      byte[] raw = load(name + ".dat");
      SipMessage m = SipMessage.parse(raw);
      if (!new String(m.toByteArray(), StandardCharsets.ISO_8859_1)
          .equals(new String(raw, 0, m.encodedLength(), StandardCharsets.ISO_8859_1))) {
        failures.add(name);
      }
      assertThat(SipMessage.parse(m.toByteArray())).isEqualTo(m);
    }
    assertThat(failures).isEmpty();
  }
}
