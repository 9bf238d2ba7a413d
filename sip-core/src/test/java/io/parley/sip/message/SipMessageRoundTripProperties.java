package io.parley.sip.message;

import static org.assertj.core.api.Assertions.assertThat;

import io.parley.sip.header.HeaderName;
import io.parley.sip.uri.Uri;
import java.nio.charset.StandardCharsets;
import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

/** parse(serialize(m)) equals m, for generated requests and responses (RFC 3261 §7). */
class SipMessageRoundTripProperties {

  private static Arbitrary<String> tokens() {
    return Arbitraries.strings()
        .withChars("abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789-.!%*_+`'~")
        .ofMinLength(1)
        .ofMaxLength(12);
  }

  private static Arbitrary<String> hosts() {
    Arbitrary<String> names =
        Arbitraries.strings()
            .withCharRange('a', 'z')
            .ofMinLength(1)
            .ofMaxLength(8)
            .list()
            .ofMinSize(1)
            .ofMaxSize(3)
            .map(l -> String.join(".", l));
    Arbitrary<String> v4 =
        Arbitraries.integers()
            .between(0, 255)
            .list()
            .ofSize(4)
            .map(l -> l.get(0) + "." + l.get(1) + "." + l.get(2) + "." + l.get(3));
    Arbitrary<String> v6 =
        Arbitraries.integers()
            .between(0, 0xffff)
            .list()
            .ofSize(3)
            .map(
                l ->
                    "[2001:db8::"
                        + Integer.toHexString(l.get(0))
                        + ":"
                        + Integer.toHexString(l.get(1))
                        + "]");
    return Arbitraries.oneOf(names, v4, v6);
  }

  private static Arbitrary<String> users() {
    return Arbitraries.strings()
        .withChars("abcxyz019-_.!~*'()&=+$,;?/")
        .ofMinLength(1)
        .ofMaxLength(10);
  }

  private static Arbitrary<String> uris() {
    return Combinators.combine(
            users(), hosts(), Arbitraries.integers().between(0, 65535).injectNull(0.5))
        .as((u, h, p) -> "sip:" + u + "@" + h + (p == null ? "" : ":" + p));
  }

  private static Arbitrary<String> displayNames() {
    return Arbitraries.strings().withChars("abc XYZ\"\\,;<>@éü").ofMaxLength(12);
  }

  @Provide
  Arbitrary<SipMessage> messages() {
    Arbitrary<RequestBuilder> requests =
        Combinators.combine(
                Arbitraries.of("INVITE", "REGISTER", "OPTIONS", "BYE", "X-CUSTOM"),
                uris(),
                displayNames(),
                tokens(),
                tokens(),
                Arbitraries.longs().between(0, (1L << 31) - 1))
            .as(
                (method, uri, display, tag, callId, seq) -> {
                  try {
                    return SipRequest.builder(method, Uri.parse(uri))
                        .add(HeaderName.VIA, "SIP/2.0/UDP 192.0.2.1;branch=z9hG4bK" + tag)
                        .add(
                            HeaderName.FROM,
                            io.parley.sip.syntax.Lexer.quote(display) + " <" + uri + ">;tag=" + tag)
                        .add(HeaderName.TO, "<" + uri + ">")
                        .add(HeaderName.CALL_ID, callId + "@" + "host")
                        .add(HeaderName.CSEQ, seq + " " + method)
                        .add(HeaderName.MAX_FORWARDS, "70");
                  } catch (io.parley.sip.syntax.SipParseException e) {
                    throw new AssertionError(e);
                  }
                });
    Arbitrary<List<String>> extras =
        Combinators.combine(
                tokens(), Arbitraries.strings().withChars("abc ,;:\"<>=").ofMaxLength(20))
            .as((n, v) -> "X-" + n + ":" + v)
            .list()
            .ofMaxSize(4);
    Arbitrary<byte[]> bodies =
        Arbitraries.strings().ofMaxLength(64).map(s -> s.getBytes(StandardCharsets.UTF_8));
    return Combinators.combine(requests, extras, bodies, Arbitraries.integers().between(0, 2))
        .as(
            (b, headers, body, kind) -> {
              for (String h : headers) {
                int colon = h.indexOf(':');
                b.add(h.substring(0, colon), h.substring(colon + 1));
              }
              b.body("application/octet-stream", body);
              SipRequest request = b.build();
              if (kind == 0) {
                return request;
              }
              return SipResponse.builder(request, kind == 1 ? 200 : 486).toTag("t1").build();
            });
  }

  @Property(tries = 300)
  void rfc3261Section7_parseOfSerializeIsTheSameMessage(@ForAll("messages") SipMessage m)
      throws Exception {
    SipMessage again = SipMessage.parse(m.toByteArray());
    assertThat(again).isEqualTo(m);
    assertThat(again.from()).isEqualTo(m.from());
    assertThat(again.to()).isEqualTo(m.to());
    assertThat(again.vias()).isEqualTo(m.vias());
    assertThat(again.cSeq()).isEqualTo(m.cSeq());
    assertThat(again.callId()).isEqualTo(m.callId());
    assertThat(again.body()).isEqualTo(m.body());
    for (int i = 0; i < m.headerCount(); i++) {
      assertThat(again.headerValue(i)).isEqualTo(m.headerValue(i));
    }
  }

  @Property(tries = 300)
  void rfc3261Section19_1_4_parsedUriEqualsItself(@ForAll("uriStrings") String text)
      throws Exception {
    Uri uri = Uri.parse(text);
    assertThat(uri.toString()).isEqualTo(text);
    assertThat(Uri.parse(uri.toString())).isEqualTo(uri).hasSameHashCodeAs(uri);
  }

  @Provide
  Arbitrary<String> uriStrings() {
    return uris();
  }
}
