package io.parley.sdp.offeranswer;

import static org.assertj.core.api.Assertions.assertThat;

import io.parley.sdp.Connection;
import io.parley.sdp.Crypto;
import io.parley.sdp.CryptoSuite;
import io.parley.sdp.Direction;
import io.parley.sdp.Origin;
import io.parley.sdp.SessionDescription;
import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

/** RFC 3264 properties over generated capabilities: two Parley peers always agree. */
class OfferAnswerProperties {

  private static final List<Codec> CATALOGUE =
      List.of(
          Codec.ofStatic(0),
          Codec.ofStatic(8),
          Codec.ofStatic(9),
          Codec.ofStatic(18),
          Codec.dynamic("opus", 48000, 2).withFmtp("useinbandfec=1"),
          Codec.dynamic("iLBC", 8000, 1).withPayloadType(97),
          Codec.dynamic("speex", 16000, 1),
          Codec.dynamic("L16", 16000, 1).withPayloadType(100));

  private static final Crypto KEY = Crypto.of(1, CryptoSuite.AES_CM_128_HMAC_SHA1_80, new byte[30]);

  @Property(tries = 400)
  void rfc3264Section6_and_7_twoPeersAgreeOnWhatEachSendsAndReceives(
      @ForAll("capabilities") MediaCapability aliceCap,
      @ForAll("capabilities") MediaCapability bobCap,
      @ForAll CodecOrder order) {
    OfferAnswerSession alice = new OfferAnswerSession(Origin.of("a", "1", 1, "192.0.2.1"), "-");
    OfferAnswerSession bob = new OfferAnswerSession(Origin.of("b", "2", 1, "192.0.2.2"), "-");
    SessionDescription offer = alice.createOffer(local("192.0.2.1", aliceCap, CodecOrder.LOCAL));

    Negotiation bobSide;
    try {
      bobSide = bob.answer(offer, local("192.0.2.2", bobCap, order));
    } catch (OfferAnswerException e) {
      assertThat(e.reason())
          .isIn("no common codec", "no SRTP keys for RTP/SAVP", "SRTP required, offer is RTP/AVP");
      return;
    }
    Negotiation aliceSide = assertTakes(alice, bobSide.local());

    NegotiatedStream a = aliceSide.streams().get(0);
    NegotiatedStream b = bobSide.streams().get(0);
    assertThat(b.receiveCodecs())
        .anyMatch(c -> c.matches(a.sendCodec()) && c.payloadType() == a.sendCodec().payloadType());
    assertThat(a.receiveCodecs())
        .anyMatch(c -> c.matches(b.sendCodec()) && c.payloadType() == b.sendCodec().payloadType());
    assertThat(a.direction().sends()).isEqualTo(b.direction().receives());
    assertThat(a.direction().receives()).isEqualTo(b.direction().sends());
    assertThat(a.rtcpMux()).isEqualTo(b.rtcpMux());
    assertThat(a.remoteRtpPort()).isEqualTo(bobCap.port());
    assertThat(b.remoteRtpPort()).isEqualTo(aliceCap.port());
    assertThat(a.telephoneEventPayloadType()).isEqualTo(b.telephoneEventPayloadType());
    assertThat(a.localCrypto()).isEqualTo(b.remoteCrypto().map(c -> c.withTag(c.tag())));
  }

  @Property(tries = 200)
  void rfc3264Section8_unchangedReOfferKeepsTheVersionAndChangedOneAddsOne(
      @ForAll("capabilities") MediaCapability cap, @ForAll Direction newDirection) {
    OfferAnswerSession session = new OfferAnswerSession(Origin.of("a", "1", 10, "192.0.2.1"), "-");
    LocalMedia media = local("192.0.2.1", cap, CodecOrder.LOCAL);
    SessionDescription first = session.createOffer(media);
    session.withdrawOffer();

    SessionDescription again = session.createOffer(media);
    session.withdrawOffer();
    SessionDescription changed = session.createOffer(media.withDirection(newDirection));

    assertThat(again).isEqualTo(first);
    long expected = newDirection == cap.direction() ? 10 : 11;
    assertThat(changed.origin().sessionVersion()).isEqualTo(expected);
  }

  private static Negotiation assertTakes(OfferAnswerSession alice, SessionDescription answer) {
    try {
      return alice.takeAnswer(SessionDescription.parse(answer.toString()));
    } catch (Exception e) {
      throw new AssertionError("our own answer was refused: " + e.getMessage() + "\n" + answer, e);
    }
  }

  private static LocalMedia local(String host, MediaCapability cap, CodecOrder order) {
    return new LocalMedia(Connection.of(host), List.of(cap), order);
  }

  @Provide
  Arbitrary<MediaCapability> capabilities() {
    return Combinators.combine(
            Arbitraries.integers().between(1024, 65000),
            Arbitraries.of(CATALOGUE).list().uniqueElements().ofMinSize(1).ofMaxSize(5),
            Arbitraries.of("", "0-15", "0-16"),
            Arbitraries.of(Direction.class),
            Arbitraries.of(true, false),
            Arbitraries.of(true, false),
            Arbitraries.of(0, 10, 20, 30))
        .as(
            (port, codecs, events, direction, mux, secure, ptime) -> {
              MediaCapability.Builder b =
                  MediaCapability.audio(port)
                      .codecs(codecs.toArray(Codec[]::new))
                      .telephoneEvents(events)
                      .direction(direction)
                      .rtcpMux(mux)
                      .ptime(ptime);
              if (secure) {
                b.crypto(KEY);
              }
              return b.build();
            });
  }
}
