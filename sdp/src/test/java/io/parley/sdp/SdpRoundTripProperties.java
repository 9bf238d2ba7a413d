package io.parley.sdp;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.IntRange;

/** RFC 8866 §5 round trips over generated sessions, and robustness against damaged input. */
class SdpRoundTripProperties {

  @Property(tries = 300)
  void rfc8866Section5_writtenSessionsParseBackIdentically(
      @ForAll("sessions") SessionDescription sdp) throws SdpParseException {
    String text = sdp.toString();

    SessionDescription parsed = SessionDescription.parse(text);

    assertThat(parsed).isEqualTo(sdp);
    assertThat(parsed.toString()).isEqualTo(text);
    assertThat(SessionDescription.parse(text.replace("\r\n", "\n"))).isEqualTo(sdp);
  }

  @Property(tries = 300)
  void rfc8866Section5_typedViewsSurviveTheRoundTrip(@ForAll("sessions") SessionDescription sdp)
      throws SdpParseException {
    SessionDescription parsed = SessionDescription.parse(sdp.toString());

    assertThat(parsed.origin()).isEqualTo(sdp.origin());
    for (int i = 0; i < sdp.media().size(); i++) {
      MediaDescription m = sdp.media().get(i);
      MediaDescription p = parsed.media().get(i);
      assertThat(p.mediaLine()).isEqualTo(m.mediaLine());
      assertThat(p.attributes().rtpMaps()).isEqualTo(m.attributes().rtpMaps());
      assertThat(p.attributes().direction()).isEqualTo(m.attributes().direction());
      assertThat(p.attributes().all()).isEqualTo(m.attributes().all());
    }
  }

  @Property(tries = 500)
  void rfc8866Section5_damagedInputOnlyEverFailsWithSdpParseException(
      @ForAll("sessions") SessionDescription sdp,
      @ForAll @IntRange(min = 0, max = 10_000) int position,
      @ForAll("damage") String damage,
      @ForAll @IntRange(min = 0, max = 8) int cut) {
    String text = sdp.toString();
    int at = position % (text.length() + 1);
    String damaged =
        text.substring(0, at) + damage + text.substring(Math.min(text.length(), at + cut));
    try {
      SessionDescription.parse(damaged);
    } catch (SdpParseException e) {
      assertThat(e.lineNumber()).isPositive();
      assertThat(e.warning()).startsWith("399 parley \"malformed SDP at line ");
    }
  }

  @Provide
  Arbitrary<String> damage() {
    return Arbitraries.oneOf(
        Arbitraries.of(
            "", " ", "\n", "\r", "\r\n", "=", ":", "/", "a=", "m=", "\0", "\u0001", "\u007f", "x",
            "99999"),
        Arbitraries.strings().ofMaxLength(6));
  }

  @Provide
  Arbitrary<SessionDescription> sessions() {
    Arbitrary<Origin> origins =
        Combinators.combine(
                tokens(),
                Arbitraries.longs().between(0, 99_999_999_999L),
                Arbitraries.longs().between(0, Long.MAX_VALUE),
                hosts())
            .as((user, id, version, host) -> Origin.of(user, Long.toString(id), version, host));
    return Combinators.combine(
            origins,
            texts(),
            hosts(),
            unknownAttributes().list().ofMaxSize(3),
            media().list().ofMaxSize(4))
        .as(
            (origin, name, host, attributes, media) -> {
              SessionDescription.Builder b =
                  SessionDescription.builder(origin, name).connection(Connection.of(host));
              attributes.forEach(b::attribute);
              media.forEach(b::media);
              return b.build();
            });
  }

  private Arbitrary<MediaDescription> media() {
    Arbitrary<List<Integer>> payloadTypes =
        Arbitraries.integers().between(0, 127).set().ofMinSize(1).ofMaxSize(5).map(List::copyOf);
    return Combinators.combine(
            Arbitraries.of("audio", "video", "text", "application"),
            Arbitraries.integers().between(0, 65535),
            Arbitraries.of("RTP/AVP", "RTP/SAVP", "RTP/AVPF", "RTP/SAVPF", "UDP/TLS/RTP/SAVP"),
            payloadTypes,
            Arbitraries.of(Direction.class).injectNull(0.3),
            unknownAttributes().list().ofMaxSize(3),
            Arbitraries.integers().between(0, 200))
        .as(
            (type, port, proto, pts, direction, extra, ptime) -> {
              List<String> formats = pts.stream().map(String::valueOf).toList();
              MediaDescription.Builder b =
                  MediaDescription.builder(MediaLine.of(type, port, proto, formats));
              for (int pt : pts) {
                b.attribute(
                    "rtpmap", new RtpMap(pt, "codec" + pt, 8000 * (1 + pt % 6), 1 + pt % 2));
              }
              extra.forEach(b::attribute);
              if (direction != null) {
                b.direction(direction);
              }
              if (ptime > 0) {
                b.attribute("ptime", ptime);
              }
              return b.build();
            });
  }

  private Arbitrary<Attribute> unknownAttributes() {
    return Combinators.combine(tokens(), texts(), Arbitraries.of(true, false))
        .as(
            (name, value, property) ->
                property ? Attribute.property("x-" + name) : Attribute.of("x-" + name, value));
  }

  private Arbitrary<String> tokens() {
    return Arbitraries.strings().withChars("abcXYZ019-._!~").ofMinLength(1).ofMaxLength(12);
  }

  private Arbitrary<String> hosts() {
    return Arbitraries.oneOf(
        Arbitraries.of("192.0.2.1", "0.0.0.0", "2001:db8::1", "host.example.com"),
        Arbitraries.strings().withCharRange('a', 'z').ofMinLength(1).ofMaxLength(10));
  }

  private Arbitrary<String> texts() {
    return Arbitraries.strings().withCharRange(' ', '~').withChars("éü☎\t").ofMaxLength(30);
  }
}
