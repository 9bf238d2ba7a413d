package io.parley.api;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.parley.sip.port.SessionNegotiator.MediaIntent;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

class CallMediaTest {

  private static String offer(CallMedia media) {
    return new String(
        media.negotiator(new Random(1)).createOffer(MediaIntent.ACTIVE).bytes(),
        StandardCharsets.US_ASCII);
  }

  @Test
  void rfc3551Section6_staticNamesMapToTheirPayloadTypesAndOpusGetsADynamicOne() {
    String sdp = offer(new CallMedia(List.of("G722", "opus", "pcma", "telephone-event"), "::1"));
    assertThat(sdp)
        .containsPattern("m=audio \\d+ RTP/AVP 9 (9[6-9]|1[01]\\d|12[0-7]) 8 ")
        .contains("a=rtpmap:9 G722/8000")
        .contains("opus/48000/2")
        .contains("telephone-event/8000")
        .contains("c=IN IP6 ::1");
  }

  @Test
  void rfc3550Section11_eachCallGetsTheNextEvenRtpPort() {
    CallMedia media = new CallMedia(List.of("PCMU"), "10.0.0.1");
    assertThat(offer(media)).contains("m=audio 40000 RTP/AVP 0");
    assertThat(offer(media)).contains("m=audio 40002 RTP/AVP 0");
  }

  @Test
  void unknownCodecsAndListsWithoutAudioAreRefusedByName() {
    assertThatThrownBy(() -> new CallMedia(List.of("PCMU", "speex"), "10.0.0.1"))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("'speex'");
    assertThatThrownBy(() -> new CallMedia(List.of("telephone-event"), "10.0.0.1"))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("no audio codec");
  }

  @Test
  void rfc3261Section18_1_1_theHostIsCutFromSentBy() {
    assertThat(CallMedia.host("10.0.0.1:5060")).isEqualTo("10.0.0.1");
    assertThat(CallMedia.host("[2001:db8::1]:5060")).isEqualTo("2001:db8::1");
    assertThat(CallMedia.host("example.com")).isEqualTo("example.com");
  }
}
