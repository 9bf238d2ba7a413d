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

/** The examples of RFC 3264 §10, played from both sides. */
class Rfc3264ExamplesTest {

  private static final Codec PCMU = Codec.ofStatic(0);
  private static final Codec H261 = Codec.ofStatic(31);
  private static final Codec MPV = Codec.ofStatic(32);
  private static final Codec G723 = Codec.ofStatic(4);
  private static final Codec G729 = Codec.ofStatic(18);

  @ParameterizedTest
  @ValueSource(
      strings = {
        "section10_1_offer", "section10_1_answer", "section10_1_second_offer",
        "section10_1_second_answer", "section10_2_offer", "section10_2_answer",
        "section10_2_second_offer", "section10_2_second_answer"
      })
  void rfc3264Section10_examplesParseAndRoundTrip(String name) {
    String text = RfcExamples.text("rfc3264/" + name + ".sdp");

    SessionDescription parsed = sdp("rfc3264/" + name + ".sdp");

    assertThat(parsed.toString()).isEqualTo(text.replace("\n", "\r\n"));
  }

  @Test
  void rfc3264Section10_1_bobRejectsTheFirstVideoStream() throws OfferAnswerException {
    OfferAnswerSession bob =
        new OfferAnswerSession(Origin.of("bob", "2890844730", 2890844730L, "host.example.com"), "");
    LocalMedia bobMedia =
        media(
            "host.example.com",
            MediaCapability.audio(49920).codecs(PCMU).build(),
            MediaCapability.builder("video", 53000).codecs(MPV).build());

    Negotiation result = bob.answer(sdp("rfc3264/section10_1_offer.sdp"), bobMedia);

    assertThat(mediaLines(result.local()))
        .isEqualTo(mediaLines(sdp("rfc3264/section10_1_answer.sdp")));
    assertThat(result.local().origin()).isEqualTo(sdp("rfc3264/section10_1_answer.sdp").origin());
    assertThat(result.streams()).extracting(NegotiatedStream::index).containsExactly(0, 2);
  }

  @Test
  void rfc3264Section10_1_aliceOffersTakesTheAnswerAndAcceptsTheAddedStream()
      throws OfferAnswerException {
    OfferAnswerSession alice =
        new OfferAnswerSession(
            Origin.of("alice", "2890844526", 2890844526L, "host.anywhere.com"), "");
    MediaCapability audio = MediaCapability.audio(49170).codecs(PCMU).build();
    MediaCapability h261 = MediaCapability.builder("video", 51372).codecs(H261).build();
    MediaCapability mpv = MediaCapability.builder("video", 53000).codecs(MPV).build();

    SessionDescription offer = alice.createOffer(media("host.anywhere.com", audio, h261, mpv));
    Negotiation first = alice.takeAnswer(sdp("rfc3264/section10_1_answer.sdp"));

    assertThat(mediaLines(offer)).isEqualTo(mediaLines(sdp("rfc3264/section10_1_offer.sdp")));
    assertThat(first.streams())
        .extracting(NegotiatedStream::media, NegotiatedStream::remoteRtpPort)
        .containsExactly(
            org.assertj.core.groups.Tuple.tuple("audio", 49920),
            org.assertj.core.groups.Tuple.tuple("video", 53000));
    assertThat(first.stream("video").orElseThrow().sendCodec()).isEqualTo(MPV);

    // RFC 3264 §10.1 spells the event payload "telephone-events"; Alice takes it as written.
    MediaCapability events =
        MediaCapability.audio(53122).codecs(Codec.dynamic("telephone-events", 8000, 1)).build();
    Negotiation second =
        alice.answer(
            sdp("rfc3264/section10_1_second_offer.sdp"),
            media("host.anywhere.com", audio, h261, mpv, events));

    SessionDescription expected = sdp("rfc3264/section10_1_second_answer.sdp");
    assertThat(mediaLines(second.local())).isEqualTo(mediaLines(expected));
    assertThat(second.local().origin()).isEqualTo(expected.origin());
    NegotiatedStream added = second.streams().get(second.streams().size() - 1);
    assertThat(added.index()).isEqualTo(3);
    assertThat(added.direction()).isEqualTo(Direction.SENDONLY);
    assertThat(added.sendCodec().payloadType()).isEqualTo(110);
    assertThat(second.stream("audio").orElseThrow().remoteRtpPort()).isEqualTo(65422);
  }

  @Test
  void rfc3264Section10_2_oneOfNCodecSelectionFromBothSides() throws OfferAnswerException {
    OfferAnswerSession alice =
        new OfferAnswerSession(
            Origin.of("alice", "2890844526", 2890844526L, "host.anywhere.com"), "");
    OfferAnswerSession bob =
        new OfferAnswerSession(Origin.of("bob", "2890844730", 2890844731L, "host.example.com"), "");
    LocalMedia bobMedia =
        media("host.example.com", MediaCapability.audio(54344).codecs(PCMU, G723).build());

    SessionDescription offer =
        alice.createOffer(
            media(
                "host.anywhere.com",
                MediaCapability.audio(62986)
                    .codecs(PCMU, G723, G729)
                    .direction(Direction.INACTIVE)
                    .build()));
    Negotiation bobFirst = bob.answer(offer, bobMedia);
    Negotiation aliceFirst = alice.takeAnswer(bobFirst.local());
    SessionDescription lockDown =
        alice.createOffer(
            media("host.anywhere.com", MediaCapability.audio(62986).codecs(G723).build()));
    Negotiation bobSecond = bob.answer(lockDown, bobMedia);
    Negotiation aliceSecond = alice.takeAnswer(bobSecond.local());

    assertThat(mediaLines(offer)).isEqualTo(mediaLines(sdp("rfc3264/section10_2_offer.sdp")));
    assertThat(mediaLines(bobFirst.local()))
        .isEqualTo(mediaLines(sdp("rfc3264/section10_2_answer.sdp")));
    assertThat(bobFirst.local().origin()).isEqualTo(sdp("rfc3264/section10_2_answer.sdp").origin());
    assertThat(aliceFirst.streams().get(0).direction()).isEqualTo(Direction.INACTIVE);
    assertThat(lockDown.origin()).isEqualTo(sdp("rfc3264/section10_2_second_offer.sdp").origin());
    assertThat(mediaLines(lockDown))
        .isEqualTo(mediaLines(sdp("rfc3264/section10_2_second_offer.sdp")));
    assertThat(bobSecond.local().origin())
        .isEqualTo(sdp("rfc3264/section10_2_second_answer.sdp").origin());
    assertThat(mediaLines(bobSecond.local()))
        .isEqualTo(mediaLines(sdp("rfc3264/section10_2_second_answer.sdp")));
    assertThat(aliceSecond.streams().get(0).sendCodec()).isEqualTo(G723);
    assertThat(aliceSecond.streams().get(0).direction()).isEqualTo(Direction.SENDRECV);
  }

  private static LocalMedia media(String host, MediaCapability... streams) {
    return new LocalMedia(Connection.of(host), List.of(streams), CodecOrder.LOCAL);
  }
}
