package io.parley.sdp;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;

class SessionDescriptionTest {

  /** RFC 8866 §5 example session, plus attributes Parley does not interpret. */
  private static final String RFC8866_EXAMPLE =
      """
      v=0\r
      o=jdoe 3724394400 3724394405 IN IP4 198.51.100.1\r
      s=Call to John Smith\r
      i=SDP Offer #1\r
      u=http://www.jdoe.example.com/home.html\r
      e=Jane Doe <jane@jdoe.example.com>\r
      p=+1 617 555-6011\r
      c=IN IP4 198.51.100.1\r
      t=0 0\r
      m=audio 49170 RTP/AVP 0\r
      m=audio 49180 RTP/AVP 0\r
      m=video 51372 RTP/AVP 99\r
      c=IN IP6 2001:db8::2\r
      a=rtpmap:99 h263-1998/90000\r
      """;

  @Test
  void rfc8866Section5_exampleRoundTripsByteForByte() throws SdpParseException {
    SessionDescription sdp = SessionDescription.parse(RFC8866_EXAMPLE);

    assertThat(sdp.toString()).isEqualTo(RFC8866_EXAMPLE);
    assertThat(sdp.origin())
        .isEqualTo(new Origin("jdoe", "3724394400", 3724394405L, "IN", "IP4", "198.51.100.1"));
    assertThat(sdp.sessionName()).isEqualTo("Call to John Smith");
    assertThat(sdp.connection()).contains(Connection.of("198.51.100.1"));
    assertThat(sdp.media()).hasSize(3);
    MediaDescription video = sdp.media().get(2);
    assertThat(video.mediaLine()).isEqualTo(MediaLine.of("video", 51372, "RTP/AVP", List.of("99")));
    assertThat(sdp.connectionOf(video)).contains(new Connection("IN", "IP6", "2001:db8::2"));
    assertThat(video.attributes().rtpMap(99)).contains(new RtpMap(99, "h263-1998", 90000, 1));
  }

  @Test
  void rfc8866Section5_unknownAttributesAndLinesKeepTheirOrderAndBytes() throws Exception {
    String text =
        """
        v=0\r
        o=- 1 1 IN IP4 192.0.2.1\r
        s=-\r
        c=IN IP4 192.0.2.1\r
        b=AS:64\r
        t=0 0\r
        a=group:BUNDLE 0\r
        a=x-vendor:{"weird" : value;;}\r
        m=audio 5004 RTP/AVP 0 101\r
        b=TIAS:64000\r
        a=x-first\r
        a=rtpmap:101 telephone-event/8000\r
        a=fmtp:101 0-16\r
        a=x-second:with:colons and  two spaces\r
        a=candidate:1 1 UDP 2130706431 192.0.2.1 5004 typ host\r
        a=mid:0\r
        a=label:main\r
        a=ssrc:3735928559 cname:user@example\r
        """;

    SessionDescription sdp = SessionDescription.parse(text);

    assertThat(sdp.toString()).isEqualTo(text);
    MediaDescription audio = sdp.media().get(0);
    assertThat(audio.attributes().all())
        .extracting(Attribute::name)
        .containsExactly(
            "x-first", "rtpmap", "fmtp", "x-second", "candidate", "mid", "label", "ssrc");
    assertThat(audio.attributes().first("x-second").orElseThrow().value())
        .isEqualTo("with:colons and  two spaces");
    assertThat(audio.attributes().candidates())
        .containsExactly("1 1 UDP 2130706431 192.0.2.1 5004 typ host");
    assertThat(audio.attributes().mid()).contains("0");
    assertThat(audio.attributes().label()).contains("main");
    assertThat(audio.attributes().ssrcs())
        .containsExactly(new Ssrc(3735928559L, "cname", "user@example"));
    assertThat(audio.attributes().fmtp(101).orElseThrow().parameters()).isEqualTo("0-16");
    assertThat(sdp.bandwidths()).containsExactly(new Bandwidth("AS", 64));
    assertThat(audio.bandwidths()).containsExactly(new Bandwidth("TIAS", 64000));
    assertThat(sdp.attributes().first("group").orElseThrow().value()).isEqualTo("BUNDLE 0");
  }

  @Test
  void rfc8866Section5_acceptsLfLineEndsAndTrailingWhiteSpaceAndWritesCrlf() throws Exception {
    String text =
        "v=0\no=- 7 7 IN IP4 192.0.2.9 \ns=-\nc=IN IP4 192.0.2.9\nt=0 0\n"
            + "m=audio 4000 RTP/AVP 8\t\na=sendonly  \n\n";

    SessionDescription sdp = SessionDescription.parse(text);

    assertThat(sdp.origin().unicastAddress()).isEqualTo("192.0.2.9");
    assertThat(sdp.media().get(0).mediaLine().payloadTypes()).containsExactly(8);
    assertThat(sdp.directionOf(sdp.media().get(0))).isEqualTo(Direction.SENDONLY);
    assertThat(sdp.toString()).isEqualTo(text.replace("\n\n", "\n").replace("\n", "\r\n"));
  }

  @Test
  void rfc8866Section5_10_repeatTimesZonesAndKeysAreKept() throws Exception {
    String text =
        "v=0\r\no=- 1 1 IN IP4 h\r\ns=Seminar\r\nc=IN IP4 h\r\nt=3034423619 3042462419\r\n"
            + "r=7d 1h 0 25h\r\nz=2882844526 -1h 2898848070 0\r\nk=prompt\r\n"
            + "m=audio 4000 RTP/AVP 0\r\nk=clear:secret\r\n";

    SessionDescription sdp = SessionDescription.parse(text);

    assertThat(sdp.toString()).isEqualTo(text);
    assertThat(sdp.lines())
        .extracting(SdpLine::type)
        .containsExactly('v', 'o', 's', 'c', 't', 'r', 'z', 'k');
    assertThat(sdp.media().get(0).lines().get(1)).isEqualTo(new SdpLine('k', "clear:secret"));
  }

  @Test
  void rfc8866Section5_bytesAreUtf8() throws Exception {
    String text = "v=0\r\no=- 1 1 IN IP4 h\r\ns=Grüße ☎\r\nt=0 0\r\n";

    SessionDescription sdp = SessionDescription.parse(text.getBytes(StandardCharsets.UTF_8));

    assertThat(sdp.sessionName()).isEqualTo("Grüße ☎");
    assertThat(sdp.toBytes()).isEqualTo(text.getBytes(StandardCharsets.UTF_8));
  }

  @Test
  void rfc8866Section5_builderWritesLinesInRfcOrder() {
    MediaDescription audio =
        MediaDescription.builder(MediaLine.of("audio", 5004, "RTP/AVP", List.of("0")))
            .direction(Direction.RECVONLY)
            .attribute("rtpmap", new RtpMap(0, "PCMU", 8000, 1))
            .connection(Connection.of("2001:db8::1"))
            .build();
    SessionDescription sdp =
        SessionDescription.builder(Origin.of("-", "42", 1, "192.0.2.1"), "-")
            .attribute(Attribute.property("x-session"))
            .connection(Connection.of("192.0.2.1"))
            .media(audio)
            .build();

    assertThat(sdp.toString())
        .isEqualTo(
            """
            v=0\r
            o=- 42 1 IN IP4 192.0.2.1\r
            s=-\r
            c=IN IP4 192.0.2.1\r
            t=0 0\r
            a=x-session\r
            m=audio 5004 RTP/AVP 0\r
            c=IN IP6 2001:db8::1\r
            a=recvonly\r
            a=rtpmap:0 PCMU/8000\r
            """);
  }

  @Test
  void rfc3264Section8_withOriginAndMediaChangesOnlyThoseLines() throws Exception {
    SessionDescription sdp = SessionDescription.parse(RFC8866_EXAMPLE);

    SessionDescription next =
        sdp.withOrigin(sdp.origin().withSessionVersion(3724394406L))
            .withMedia(List.of(sdp.media().get(0).withPort(0), sdp.media().get(1)));

    assertThat(next.toString())
        .startsWith("v=0\r\no=jdoe 3724394400 3724394406 IN IP4 198.51.100.1\r\n")
        .contains("m=audio 0 RTP/AVP 0\r\nm=audio 49180 RTP/AVP 0\r\n")
        .doesNotContain("video");
    assertThat(sdp.origin().sessionVersion()).isEqualTo(3724394405L);
  }

  @Test
  void rfc3264Section5_1_withDirectionReplacesTheExistingAttribute() throws Exception {
    SessionDescription sdp =
        SessionDescription.parse(
            "v=0\r\no=- 1 1 IN IP4 h\r\ns=-\r\nc=IN IP4 h\r\nt=0 0\r\n"
                + "m=audio 4000 RTP/AVP 0\r\na=sendrecv\r\na=ptime:20\r\n");

    MediaDescription held = sdp.media().get(0).withDirection(Direction.SENDONLY);

    assertThat(held.toString()).isEqualTo("m=audio 4000 RTP/AVP 0\r\na=sendonly\r\na=ptime:20\r\n");
    assertThat(held.attributes().direction()).contains(Direction.SENDONLY);
  }

  @Test
  void rfc3264Section5_1_sessionLevelDirectionAppliesWhenMediaHasNone() throws Exception {
    SessionDescription sdp =
        SessionDescription.parse(
            "v=0\r\no=- 1 1 IN IP4 h\r\ns=-\r\nc=IN IP4 h\r\nt=0 0\r\na=inactive\r\n"
                + "m=audio 4000 RTP/AVP 0\r\nm=audio 4002 RTP/AVP 0\r\na=recvonly\r\n");

    assertThat(sdp.directionOf(sdp.media().get(0))).isEqualTo(Direction.INACTIVE);
    assertThat(sdp.directionOf(sdp.media().get(1))).isEqualTo(Direction.RECVONLY);
  }

  @Test
  void rfc8866Section5_builderRejectsLinesThatCannotBeThere() {
    SessionDescription.Builder builder =
        SessionDescription.builder(Origin.of("-", "1", 1, "h"), "-")
            .line(new SdpLine('o', "- 2 2 IN IP4 h"));

    assertThatThrownBy(builder::build)
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("session-level line");
  }

  @Test
  void rfc8866Section5_equalDescriptionsCompareEqual() throws Exception {
    assertThat(SessionDescription.parse(RFC8866_EXAMPLE))
        .isEqualTo(SessionDescription.parse(RFC8866_EXAMPLE.replace("\r\n", "\n")))
        .hasSameHashCodeAs(SessionDescription.parse(RFC8866_EXAMPLE));
  }
}
