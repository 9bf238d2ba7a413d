package io.parley.sdp.offeranswer;

import static io.parley.sdp.offeranswer.RfcExamples.mediaLines;
import static io.parley.sdp.offeranswer.RfcExamples.sdp;
import static org.assertj.core.api.Assertions.assertThat;

import io.parley.sdp.Connection;
import io.parley.sdp.Direction;
import io.parley.sdp.Origin;
import io.parley.sdp.SessionDescription;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** The offer/answer examples of RFC 4317, played with Parley on one side. */
class Rfc4317ExamplesTest {

  private static final Codec PCMU = Codec.ofStatic(0);
  private static final Codec PCMA = Codec.ofStatic(8);
  private static final Codec ILBC = Codec.dynamic("iLBC", 8000, 1).withPayloadType(97);
  private static final Codec H261 = Codec.ofStatic(31);
  private static final Codec MPV = Codec.ofStatic(32);
  private static final String ATLANTA = "host.atlanta.example.com";

  private final OfferAnswerSession alice =
      new OfferAnswerSession(Origin.of("alice", "2890844526", 2890844526L, ATLANTA), " ");
  private final OfferAnswerSession bob =
      new OfferAnswerSession(
          Origin.of("bob", "2808844564", 2808844564L, "host.biloxi.example.com"), " ");

  @ParameterizedTest
  @ValueSource(
      strings = {
        "section2_1_offer",
        "section2_1_answer",
        "section2_3_answer",
        "section2_4_offer",
        "section2_4_answer",
        "section2_6_offer",
        "section2_6_answer",
        "section2_8_answer",
        "section3_1_offer",
        "section3_1_answer",
        "section3_1_second_offer",
        "section3_1_second_answer"
      })
  void rfc4317_examplesParseAndRoundTripWithTheirSingleSpaceSessionName(String name) {
    SessionDescription parsed = sdp("rfc4317/" + name + ".sdp");

    assertThat(parsed.toString())
        .isEqualTo(RfcExamples.text("rfc4317/" + name + ".sdp").replace("\n", "\r\n"));
    assertThat(parsed.sessionName()).isEqualTo(" ");
  }

  @Test
  void rfc4317Section2_1_onlyOneAudioAndOneVideoCodecAccepted() throws OfferAnswerException {
    SessionDescription offer = alice.createOffer(aliceAudioVideo());
    Negotiation answered =
        bob.answer(
            offer,
            media(
                "host.biloxi.example.com",
                MediaCapability.audio(49174).codecs(PCMU).build(),
                MediaCapability.builder("video", 49170).codecs(MPV).build()));
    Negotiation taken = alice.takeAnswer(sdp("rfc4317/section2_1_answer.sdp"));

    assertThat(offer.lines()).isEqualTo(sdp("rfc4317/section2_1_offer.sdp").lines());
    assertThat(mediaLines(offer)).isEqualTo(mediaLines(sdp("rfc4317/section2_1_offer.sdp")));
    assertThat(mediaLines(answered.local()))
        .isEqualTo(mediaLines(sdp("rfc4317/section2_1_answer.sdp")));
    assertThat(taken.streams())
        .extracting(s -> s.sendCodec().encodingName())
        .containsExactly("PCMU", "MPV");
  }

  @Test
  void rfc4317Section2_3_answererMayRenumberADynamicPayloadType() throws OfferAnswerException {
    alice.createOffer(aliceAudioVideo());

    Negotiation taken = alice.takeAnswer(sdp("rfc4317/section2_3_answer.sdp"));

    NegotiatedStream audio = taken.stream("audio").orElseThrow();
    assertThat(audio.sendCodec()).isEqualTo(new Codec("iLBC", 8000, 1, "", 99));
    assertThat(audio.receiveCodecs()).containsExactly(ILBC);
    assertThat(taken.stream("video").orElseThrow().sendCodec()).isEqualTo(H261);
  }

  @Test
  void rfc4317Section2_4_separateTelephoneEventStreamIsAccepted() throws OfferAnswerException {
    Negotiation answered =
        bob.answer(
            sdp("rfc4317/section2_4_offer.sdp"),
            media(
                "host.biloxi.example.com",
                MediaCapability.audio(49172).codecs(ILBC).build(),
                MediaCapability.audio(49174).codecs(PCMU).telephoneEvents("0-15").build()));

    assertThat(mediaLines(answered.local()))
        .isEqualTo(mediaLines(sdp("rfc4317/section2_4_answer.sdp")));
    NegotiatedStream events = answered.streams().get(1);
    assertThat(events.sendCodec().isTelephoneEvent()).isTrue();
    assertThat(events.telephoneEventPayloadType()).hasValue(98);
    assertThat(events.direction()).isEqualTo(Direction.RECVONLY);
    assertThat(answered.local().media().get(1).attributes().direction())
        .contains(Direction.RECVONLY);
  }

  @Test
  void rfc4317Section2_6_firstAudioStreamDeclinedSecondAccepted() throws OfferAnswerException {
    Negotiation answered =
        bob.answer(
            sdp("rfc4317/section2_6_offer.sdp"),
            media(
                "host.biloxi.example.com",
                MediaCapability.audio(49170).codecs(ILBC).telephoneEvents("0-15").build()));

    assertThat(mediaLines(answered.local()))
        .isEqualTo(mediaLines(sdp("rfc4317/section2_6_answer.sdp")));
    NegotiatedStream audio = answered.streams().get(0);
    assertThat(audio.index()).isEqualTo(1);
    assertThat(audio.telephoneEventPayloadType()).hasValue(101);
    assertThat(audio.remoteRtpPort()).isEqualTo(51372);
  }

  @Test
  void rfc4317Section2_8_videoGoesToItsOwnMediaLevelAddress() throws OfferAnswerException {
    alice.createOffer(aliceAudioVideo());

    Negotiation taken = alice.takeAnswer(sdp("rfc4317/section2_8_answer.sdp"));

    assertThat(taken.stream("audio").orElseThrow().remoteAddress())
        .isEqualTo("host.biloxi.example.com");
    assertThat(taken.stream("video").orElseThrow().remoteAddress())
        .isEqualTo("otherhost.biloxi.example.com");
    assertThat(taken.stream("video").orElseThrow().remoteRtcpAddress())
        .isEqualTo("otherhost.biloxi.example.com");
  }

  @Test
  void rfc4317Section3_1_heldByTheAnswerThenResumedByItsOffer() throws OfferAnswerException {
    SessionDescription offer =
        alice.createOffer(media(ATLANTA, MediaCapability.audio(49170).codecs(PCMU, ILBC).build()));
    Negotiation held = alice.takeAnswer(sdp("rfc4317/section3_1_answer.sdp"));
    Negotiation resumed =
        alice.answer(
            sdp("rfc4317/section3_1_second_offer.sdp"),
            media(ATLANTA, MediaCapability.audio(49178).codecs(PCMU, ILBC).build()));

    assertThat(mediaLines(offer)).isEqualTo(mediaLines(sdp("rfc4317/section3_1_offer.sdp")));
    assertThat(held.streams().get(0).remoteHold()).isTrue();
    assertThat(held.streams().get(0).direction()).isEqualTo(Direction.RECVONLY);
    assertThat(held.streams().get(0).remoteAddress()).isEqualTo("placeholder.biloxi.example.com");
    SessionDescription expected = sdp("rfc4317/section3_1_second_answer.sdp");
    assertThat(mediaLines(resumed.local())).isEqualTo(mediaLines(expected));
    assertThat(resumed.local().origin()).isEqualTo(expected.origin());
    assertThat(resumed.streams().get(0).remoteHold()).isFalse();
    assertThat(resumed.streams().get(0).direction()).isEqualTo(Direction.SENDRECV);
  }

  @Test
  void rfc4317Section4_1_secondAudioStreamForEventsAddedByTheAnswerer()
      throws OfferAnswerException {
    MediaCapability voice = MediaCapability.audio(49170).codecs(PCMU, ILBC).build();
    MediaCapability events =
        MediaCapability.audio(49172).codecs(PCMU).telephoneEvents("0-15").build();

    SessionDescription offer = alice.createOffer(media(ATLANTA, voice));
    alice.takeAnswer(sdp("rfc4317/section4_1_answer.sdp"));
    Negotiation second =
        alice.answer(sdp("rfc4317/section4_1_second_offer.sdp"), media(ATLANTA, voice, events));

    SessionDescription expected = sdp("rfc4317/section4_1_second_answer.sdp");
    assertThat(mediaLines(offer)).isEqualTo(mediaLines(sdp("rfc4317/section4_1_offer.sdp")));
    assertThat(mediaLines(second.local())).isEqualTo(mediaLines(expected));
    assertThat(second.local().origin()).isEqualTo(expected.origin());
    NegotiatedStream dtmf = second.streams().get(1);
    assertThat(dtmf.remoteAddress()).isEqualTo("mediaserver.biloxi.example.com");
    assertThat(dtmf.remoteRtpPort()).isEqualTo(48282);
    assertThat(dtmf.direction()).isEqualTo(Direction.SENDONLY);
    assertThat(dtmf.telephoneEventPayloadType()).hasValue(98);
  }

  private static LocalMedia aliceAudioVideo() {
    return media(
        ATLANTA,
        MediaCapability.audio(49170).codecs(PCMU, PCMA, ILBC).build(),
        MediaCapability.builder("video", 51372).codecs(H261, MPV).build());
  }

  private static LocalMedia media(String host, MediaCapability... streams) {
    return new LocalMedia(Connection.of(host), List.of(streams), CodecOrder.LOCAL);
  }
}
