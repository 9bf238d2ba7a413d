package io.parley.sdp.offeranswer;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import io.parley.sdp.Direction;
import io.parley.sdp.MediaDescription;
import io.parley.sdp.Origin;
import io.parley.sdp.SdpException;
import io.parley.sdp.SdpParseException;
import io.parley.sdp.SessionDescription;
import java.nio.charset.StandardCharsets;
import java.util.OptionalInt;
import org.junit.jupiter.api.Test;

class OfferAnswerSessionTest {

  static final Codec PCMU = Codec.ofStatic(0);
  static final Codec PCMA = Codec.ofStatic(8);
  static final Codec OPUS = Codec.dynamic("opus", 48000, 2).withFmtp("useinbandfec=1");

  static final String REMOTE_HEAD =
      "v=0\r\no=bob 500 500 IN IP4 198.51.100.7\r\ns=-\r\nc=IN IP4 198.51.100.7\r\nt=0 0\r\n";

  private final OfferAnswerSession session =
      new OfferAnswerSession(Origin.of("alice", "1000", 1000, "192.0.2.10"), "-");

  static LocalMedia local(Codec... codecs) {
    return LocalMedia.of(
        "192.0.2.10", MediaCapability.audio(40000).codecs(codecs).telephoneEvents("0-16").build());
  }

  static SessionDescription sdp(String text) {
    try {
      return SessionDescription.parse(text);
    } catch (SdpParseException e) {
      throw new AssertionError(e);
    }
  }

  @Test
  void rfc3264Section5_offerListsOurCodecsInOrderWithTelephoneEventPerClockRate() {
    LocalMedia media =
        LocalMedia.of(
            "192.0.2.10",
            MediaCapability.audio(40000)
                .codecs(OPUS, PCMU, PCMA)
                .telephoneEvents("0-16")
                .ptime(20)
                .rtcpMux(true)
                .build());

    SessionDescription offer = session.createOffer(media);

    assertThat(offer.toString())
        .isEqualTo(
            """
            v=0\r
            o=alice 1000 1000 IN IP4 192.0.2.10\r
            s=-\r
            c=IN IP4 192.0.2.10\r
            t=0 0\r
            m=audio 40000 RTP/AVP 96 0 8 97 101\r
            a=rtpmap:96 opus/48000/2\r
            a=fmtp:96 useinbandfec=1\r
            a=rtpmap:0 PCMU/8000\r
            a=rtpmap:8 PCMA/8000\r
            a=rtpmap:97 telephone-event/48000\r
            a=fmtp:97 0-16\r
            a=rtpmap:101 telephone-event/8000\r
            a=fmtp:101 0-16\r
            a=ptime:20\r
            a=rtcp-mux\r
            a=sendrecv\r
            """);
    assertThat(session.state()).isEqualTo(OfferAnswerSession.State.LOCAL_OFFER);
  }

  @Test
  void rfc3264Section6_1_answerFollowsOurCodecOrderByDefault() throws OfferAnswerException {
    SessionDescription offer =
        sdp(REMOTE_HEAD + "m=audio 5000 RTP/AVP 8 0 101\r\na=rtpmap:101 telephone-event/8000\r\n");

    Negotiation result = session.answer(offer, local(PCMU, PCMA));

    assertThat(result.local().media().get(0).mediaLine().formats())
        .containsExactly("0", "8", "101");
    NegotiatedStream audio = result.stream("audio").orElseThrow();
    assertThat(audio.sendCodec()).isEqualTo(PCMU);
    assertThat(audio.telephoneEventPayloadType()).isEqualTo(OptionalInt.of(101));
    assertThat(audio.remoteAddress()).isEqualTo("198.51.100.7");
    assertThat(audio.remoteRtpPort()).isEqualTo(5000);
    assertThat(audio.remoteRtcpPort()).isEqualTo(5001);
    assertThat(audio.ptime()).isEqualTo(20);
    assertThat(audio.direction()).isEqualTo(Direction.SENDRECV);
    assertThat(audio.remoteHold()).isFalse();
  }

  @Test
  void rfc3264Section6_1_answerCanFollowTheOfferersCodecOrder() throws OfferAnswerException {
    SessionDescription offer = sdp(REMOTE_HEAD + "m=audio 5000 RTP/AVP 8 0\r\n");

    Negotiation result = session.answer(offer, local(PCMU, PCMA).withCodecOrder(CodecOrder.REMOTE));

    assertThat(result.local().media().get(0).mediaLine().formats()).containsExactly("8", "0");
    assertThat(result.streams().get(0).sendCodec()).isEqualTo(PCMA);
    assertThat(result.streams().get(0).telephoneEventPayloadType()).isEmpty();
  }

  @Test
  void rfc3264Section6_1_answerKeepsTheOfferersDynamicPayloadTypes() throws OfferAnswerException {
    SessionDescription offer =
        sdp(
            REMOTE_HEAD
                + "m=audio 5000 RTP/AVP 111 126\r\na=rtpmap:111 OPUS/48000/2\r\n"
                + "a=fmtp:111 minptime=10\r\na=rtpmap:126 telephone-event/48000\r\n");

    Negotiation result = session.answer(offer, local(OPUS, PCMU));

    MediaDescription answer = result.local().media().get(0);
    assertThat(answer.mediaLine().formats()).containsExactly("111", "126");
    assertThat(answer.attributes().rtpMap(111).orElseThrow().encodingName()).isEqualTo("opus");
    assertThat(answer.attributes().fmtp(111).orElseThrow().parameters())
        .isEqualTo("useinbandfec=1");
    NegotiatedStream audio = result.streams().get(0);
    assertThat(audio.sendCodec()).isEqualTo(new Codec("OPUS", 48000, 2, "minptime=10", 111));
    assertThat(audio.telephoneEventPayloadType()).hasValue(126);
  }

  @Test
  void rfc3264Section8_3_2_laterOffersReuseThePayloadTypesTheRemoteChose()
      throws OfferAnswerException {
    session.answer(
        sdp(REMOTE_HEAD + "m=audio 5000 RTP/AVP 109\r\na=rtpmap:109 opus/48000/2\r\n"),
        local(OPUS));

    SessionDescription reOffer = session.createOffer(local(OPUS, PCMU));

    MediaDescription audio = reOffer.media().get(0);
    assertThat(audio.mediaLine().formats()).containsExactly("109", "0", "96", "101");
    assertThat(audio.attributes().rtpMap(109).orElseThrow().encodingName()).isEqualTo("opus");
    assertThat(audio.attributes().rtpMap(96).orElseThrow().isTelephoneEvent()).isTrue();
  }

  @Test
  void rfc3264Section6_noCommonCodecIsA488WithWarning() {
    SessionDescription offer = sdp(REMOTE_HEAD + "m=audio 5000 RTP/AVP 18\r\n");

    OfferAnswerException e =
        catchThrowableOfType(
            OfferAnswerException.class, () -> session.answer(offer, local(PCMU, PCMA)));

    assertThat(e.statusCode()).isEqualTo(488);
    assertThat(e.warning()).isEqualTo("399 parley \"no common codec\"");
    assertThat(session.current()).isEmpty();
  }

  @Test
  void rfc3264Section6_malformedOfferIsA488NamingTheLine() {
    byte[] body =
        (REMOTE_HEAD + "m=audio 5000 RTP/AVP 0\r\na=ptime:soon\r\n")
            .getBytes(StandardCharsets.UTF_8);

    SdpException e =
        catchThrowableOfType(SdpException.class, () -> session.answer(body, local(PCMU)));

    assertThat(e).isInstanceOf(SdpParseException.class);
    assertThat(e.statusCode()).isEqualTo(488);
    assertThat(e.warning())
        .startsWith("399 parley \"malformed SDP at line 7: expected a packet time");
  }

  @Test
  void rfc3264Section6_unwantedStreamsAreRejectedWithPortZeroInPlace() throws Exception {
    SessionDescription offer =
        sdp(
            REMOTE_HEAD
                + "m=video 5002 RTP/AVP 31\r\n"
                + "m=audio 5000 RTP/AVP 0\r\n"
                + "m=audio 0 RTP/AVP 8\r\n"
                + "m=audio 5004 UDP/TLS/RTP/SAVPF 0\r\n");

    Negotiation result = session.answer(offer, local(PCMU, PCMA));

    assertThat(result.local().media())
        .extracting(m -> m.mediaLine().toString())
        .containsExactly(
            "video 0 RTP/AVP 31",
            "audio 40000 RTP/AVP 0 101".replace(" 101", ""),
            "audio 0 RTP/AVP 8",
            "audio 0 UDP/TLS/RTP/SAVPF 0");
    assertThat(result.streams()).singleElement().extracting(NegotiatedStream::index).isEqualTo(1);
  }

  @Test
  void rfc3264Section6_onlyUnsupportedTransportsIsA488SayingSo() {
    SessionDescription offer = sdp(REMOTE_HEAD + "m=audio 5004 UDP/TLS/RTP/SAVPF 0\r\n");

    assertThatThrownBy(() -> session.answer(offer, local(PCMU)))
        .isInstanceOf(OfferAnswerException.class)
        .extracting(e -> ((OfferAnswerException) e).warning())
        .isEqualTo("399 parley \"unsupported transport UDP/TLS/RTP/SAVPF\"");
  }

  @Test
  void rfc3264Section6_offerWithEveryStreamRejectedIsAnsweredWithEveryStreamRejected()
      throws OfferAnswerException {
    Negotiation result = session.answer(sdp(REMOTE_HEAD + "m=audio 0 RTP/AVP 0\r\n"), local(PCMU));

    assertThat(result.streams()).isEmpty();
    assertThat(result.local().media().get(0).port()).isZero();
  }

  @Test
  void rfc3605_rtcpAttributeGivesTheRemoteRtcpAddressAndPort() throws OfferAnswerException {
    SessionDescription offer =
        sdp(REMOTE_HEAD + "m=audio 5000 RTP/AVP 0\r\na=rtcp:53020 IN IP4 203.0.113.5\r\n");

    NegotiatedStream audio = session.answer(offer, local(PCMU)).streams().get(0);

    assertThat(audio.remoteRtcpPort()).isEqualTo(53020);
    assertThat(audio.remoteRtcpAddress()).isEqualTo("203.0.113.5");
    assertThat(audio.rtcpMux()).isFalse();
  }

  @Test
  void rfc5761Section5_1_1_rtcpMuxIsAcceptedWhenBothSidesWantIt() throws OfferAnswerException {
    SessionDescription offer = sdp(REMOTE_HEAD + "m=audio 5000 RTP/AVP 0\r\na=rtcp-mux\r\n");
    LocalMedia mux =
        LocalMedia.of(
            "192.0.2.10", MediaCapability.audio(40000).codecs(PCMU).rtcpMux(true).build());

    Negotiation result = session.answer(offer, mux);

    assertThat(result.local().media().get(0).attributes().rtcpMux()).isTrue();
    assertThat(result.streams().get(0).rtcpMux()).isTrue();
    assertThat(result.streams().get(0).remoteRtcpPort()).isEqualTo(5000);
  }

  @Test
  void rfc5761Section5_1_1_rtcpMuxIsNotAnsweredWhenWeDoNotWantIt() throws OfferAnswerException {
    SessionDescription offer = sdp(REMOTE_HEAD + "m=audio 5000 RTP/AVP 0\r\na=rtcp-mux\r\n");

    Negotiation result = session.answer(offer, local(PCMU));

    assertThat(result.local().media().get(0).attributes().rtcpMux()).isFalse();
    assertThat(result.streams().get(0).remoteRtcpPort()).isEqualTo(5001);
  }

  @Test
  void rfc8866Section6_4_remotePtimeDecidesWhatWeSendCappedByItsMaxptime()
      throws OfferAnswerException {
    SessionDescription offer =
        sdp(REMOTE_HEAD + "m=audio 5000 RTP/AVP 0\r\na=ptime:60\r\na=maxptime:40\r\n");

    assertThat(session.answer(offer, local(PCMU)).streams().get(0).ptime()).isEqualTo(40);
  }

  @Test
  void rfc3264Section4_oneOfferAtATime() {
    session.createOffer(local(PCMU));

    assertThatThrownBy(() -> session.createOffer(local(PCMU)))
        .isInstanceOf(IllegalStateException.class)
        .hasMessageContaining("outstanding");
    assertThatThrownBy(
            () -> session.answer(sdp(REMOTE_HEAD + "m=audio 5000 RTP/AVP 0\r\n"), local(PCMU)))
        .isInstanceOf(IllegalStateException.class)
        .hasMessageContaining("glare");
    session.withdrawOffer();
    assertThat(session.state()).isEqualTo(OfferAnswerSession.State.STABLE);
    assertThatThrownBy(() -> session.takeAnswer(sdp(REMOTE_HEAD)))
        .isInstanceOf(IllegalStateException.class)
        .hasMessageContaining("no offer is outstanding");
  }

  @Test
  void rfc3264Section8_versionGrowsByOneOnlyWhenTheSdpChanges() throws OfferAnswerException {
    SessionDescription first = session.createOffer(local(PCMU));
    session.takeAnswer(sdp(REMOTE_HEAD + "m=audio 5000 RTP/AVP 0\r\n"));

    SessionDescription same = session.createOffer(local(PCMU));
    session.takeAnswer(sdp(REMOTE_HEAD + "m=audio 5000 RTP/AVP 0\r\n"));
    SessionDescription hold = session.createOffer(local(PCMU).withDirection(Direction.SENDONLY));

    assertThat(first.origin().sessionVersion()).isEqualTo(1000);
    assertThat(same).isEqualTo(first);
    assertThat(hold.origin().sessionVersion()).isEqualTo(1001);
    assertThat(hold.origin().sessionId()).isEqualTo("1000");
    assertThat(session.sessionVersion()).isEqualTo(1001);
  }

  @Test
  void rfc3264Section8_repeatedRemoteSdpIsReportedUnchanged() throws OfferAnswerException {
    SessionDescription offer = sdp(REMOTE_HEAD + "m=audio 5000 RTP/AVP 0\r\n");

    Negotiation first = session.answer(offer, local(PCMU));
    Negotiation again = session.answer(offer, local(PCMU));

    assertThat(first.remoteChanged()).isTrue();
    assertThat(again.remoteChanged()).isFalse();
    assertThat(again.local()).isEqualTo(first.local());
  }

  @Test
  void rfc3264Section8_laterOfferMayNotDropOrRetypeStreams() throws OfferAnswerException {
    session.answer(
        sdp(REMOTE_HEAD + "m=audio 5000 RTP/AVP 0\r\nm=video 0 RTP/AVP 31\r\n"), local(PCMU));

    OfferAnswerException dropped =
        catchThrowableOfType(
            OfferAnswerException.class,
            () -> session.answer(sdp(REMOTE_HEAD + "m=audio 5000 RTP/AVP 0\r\n"), local(PCMU)));
    OfferAnswerException retyped =
        catchThrowableOfType(
            OfferAnswerException.class,
            () ->
                session.answer(
                    sdp(REMOTE_HEAD + "m=image 5000 udptl t38\r\nm=audio 5002 RTP/AVP 0\r\n"),
                    local(PCMU)));
    Negotiation reused =
        session.answer(
            sdp(REMOTE_HEAD + "m=audio 5000 RTP/AVP 0\r\nm=audio 5002 RTP/AVP 0\r\n"), local(PCMU));

    assertThat(dropped.reason())
        .isEqualTo("offer has 1 m-lines, fewer than the 2 of the session (RFC 3264 §8)");
    assertThat(retyped.reason()).startsWith("offer m-line 1 turns audio into image");
    assertThat(reused.streams()).hasSize(1);
  }

  @Test
  void rfc3264Section8_aNewRemoteSessionIdStartsAFreshDescription() throws OfferAnswerException {
    session.answer(
        sdp(REMOTE_HEAD + "m=audio 5000 RTP/AVP 0\r\nm=video 0 RTP/AVP 31\r\n"), local(PCMU));

    Negotiation fresh =
        session.answer(
            sdp(REMOTE_HEAD.replace("bob 500 500", "carol 9 9") + "m=audio 7000 RTP/AVP 0\r\n"),
            local(PCMU));

    assertThat(fresh.local().media()).hasSize(1);
    assertThat(fresh.streams().get(0).remoteRtpPort()).isEqualTo(7000);
  }

  @Test
  void rfc3264Section8_laterOffersKeepEveryEarlierMediaLine() throws OfferAnswerException {
    LocalMedia both =
        new LocalMedia(
            io.parley.sdp.Connection.of("192.0.2.10"),
            java.util.List.of(
                MediaCapability.audio(40000).codecs(PCMU).build(),
                MediaCapability.builder("video", 40002).codecs(Codec.ofStatic(31)).build()),
            CodecOrder.LOCAL);
    session.createOffer(both);
    session.takeAnswer(sdp(REMOTE_HEAD + "m=audio 5000 RTP/AVP 0\r\nm=video 0 RTP/AVP 31\r\n"));

    SessionDescription audioOnly = session.createOffer(local(PCMU));

    assertThat(audioOnly.media())
        .extracting(m -> m.mediaLine().toString())
        .containsExactly("audio 40000 RTP/AVP 0 101", "video 0 RTP/AVP 31");
  }
}
