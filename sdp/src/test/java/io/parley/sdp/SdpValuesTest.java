package io.parley.sdp;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.junit.jupiter.api.Test;

/** The typed line values refuse what cannot be written (RFC 8866 §9 grammar). */
class SdpValuesTest {

  @Test
  void rfc8866Section5_2_originNeedsWordsAndANonNegativeVersion() {
    assertThatThrownBy(() -> Origin.of("a b", "1", 1, "h")).hasMessageContaining("'a b'");
    assertThatThrownBy(() -> Origin.of("-", "1", -1, "h")).hasMessageContaining("-1");
    assertThat(Origin.of("-", "1", 1, "2001:db8::1").addrType()).isEqualTo("IP6");
  }

  @Test
  void rfc8866Section5_7_connectionKnowsItsHostAndTheHoldAddress() {
    assertThat(new Connection("IN", "IP4", "233.252.0.1/127/3").host()).isEqualTo("233.252.0.1");
    assertThat(Connection.of("0.0.0.0").isHoldAddress()).isTrue();
    assertThat(Connection.of("::").isHoldAddress()).isFalse();
    assertThatThrownBy(() -> Connection.of("")).isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  void rfc8866Section5_14_mediaLineChecksPortsAndFormats() {
    assertThatThrownBy(() -> MediaLine.of("audio", 70000, "RTP/AVP", List.of("0")))
        .hasMessageContaining("70000");
    assertThatThrownBy(() -> MediaLine.of("audio", 4000, "RTP/AVP", List.of()))
        .hasMessageContaining("at least one format");
    assertThat(new MediaLine("video", 4000, 2, "RTP/AVP", List.of("31")).toString())
        .isEqualTo("video 4000/2 RTP/AVP 31");
    assertThatThrownBy(() -> MediaLine.of("image", 4000, "udptl", List.of("t38")).payloadTypes())
        .isInstanceOf(IllegalStateException.class);
  }

  @Test
  void rfc8866Section5_13_attributesAndLinesRefuseLineBreaks() {
    assertThatThrownBy(() -> Attribute.of("x", "a\r\nm=audio")).hasMessageContaining("CR, LF");
    assertThatThrownBy(() -> Attribute.property("bad name")).hasMessageContaining("token");
    assertThatThrownBy(() -> new SdpLine('A', "x")).hasMessageContaining("a-z");
  }

  @Test
  void rfc5576Section4_1_ssrcStaysWithin32Bits() {
    assertThatThrownBy(() -> new Ssrc(1L << 32, "cname", "x")).hasMessageContaining("2^32");
    assertThat(new Ssrc(1, "cname", "").toString()).isEqualTo("1 cname");
  }
}
