package io.parley.sdp;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class AttributesTest {

  private static Attributes media(String attributeLines) throws SdpParseException {
    return SessionDescription.parse(
            "v=0\r\no=- 1 1 IN IP4 h\r\ns=-\r\nc=IN IP4 h\r\nt=0 0\r\nm=audio 4000 RTP/AVP 0 96\r\n"
                + attributeLines)
        .media()
        .get(0)
        .attributes();
  }

  @Test
  void rfc8866Section6_4_fractionalPacketTimesRoundToWholeMilliseconds() throws Exception {
    Attributes a = media("a=ptime:22.5\r\na=maxptime:40.2\r\n");

    assertThat(a.ptime()).hasValue(23);
    assertThat(a.maxptime()).hasValue(40);
  }

  @Test
  void rfc8866Section6_6_rtpmapWithChannelsAndTheStaticDefault() throws Exception {
    Attributes a = media("a=rtpmap:96 opus/48000/2\r\n");

    assertThat(a.rtpMap(96)).contains(new RtpMap(96, "opus", 48000, 2));
    assertThat(a.rtpMap(0)).isEmpty();
    assertThat(new RtpMap(96, "opus", 48000, 2).toString()).isEqualTo("96 opus/48000/2");
    assertThat(new RtpMap(0, "PCMU", 8000, 1).toString()).isEqualTo("0 PCMU/8000");
  }

  @Test
  void rfc8866Section6_15_fmtpParametersReadAsPairs() throws Exception {
    Attributes a = media("a=fmtp:96 minptime=10; useinbandfec=1;stereo\r\n");

    assertThat(a.fmtp(96).orElseThrow().parameterMap())
        .containsExactly(
            Map.entry("minptime", "10"), Map.entry("useinbandfec", "1"), Map.entry("stereo", ""));
  }

  @Test
  void rfc3605Section2_1_rtcpWithAndWithoutAddress() throws Exception {
    assertThat(media("a=rtcp:4001\r\n").rtcp()).contains(new Rtcp(4001, Optional.empty()));
    assertThat(media("a=rtcp:53020 IN IP6 2001:db8::5\r\n").rtcp().orElseThrow().connection())
        .contains(new Connection("IN", "IP6", "2001:db8::5"));
  }

  @Test
  void rfc5761Section5_1_1_rtcpMuxIsAProperty() throws Exception {
    assertThat(media("a=rtcp-mux\r\n").rtcpMux()).isTrue();
    assertThat(media("").rtcpMux()).isFalse();
  }

  @Test
  void rfc3264Section5_1_directionIsAbsentUnlessWritten() throws Exception {
    assertThat(media("").direction()).isEmpty();
    assertThat(media("a=inactive\r\n").direction()).contains(Direction.INACTIVE);
  }

  @Test
  void rfc8866Section5_13_valueAndPropertyAttributesStayApart() throws Exception {
    Attributes a = media("a=x-flag\r\na=x-empty:\r\n");

    assertThat(a.first("x-flag").orElseThrow().isProperty()).isTrue();
    assertThat(a.first("x-empty").orElseThrow().isProperty()).isFalse();
    assertThat(a.first("x-empty").orElseThrow().toString()).isEqualTo("x-empty:");
    assertThat(a.all("x-flag")).hasSize(1);
    assertThat(a.has("x-missing")).isFalse();
  }
}
