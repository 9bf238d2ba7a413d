package io.parley.sdp.offeranswer;

import static io.parley.sdp.offeranswer.OfferAnswerSessionTest.PCMA;
import static io.parley.sdp.offeranswer.OfferAnswerSessionTest.PCMU;
import static io.parley.sdp.offeranswer.OfferAnswerSessionTest.REMOTE_HEAD;
import static io.parley.sdp.offeranswer.OfferAnswerSessionTest.local;
import static io.parley.sdp.offeranswer.OfferAnswerSessionTest.sdp;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import io.parley.sdp.Crypto;
import io.parley.sdp.CryptoSuite;
import io.parley.sdp.Direction;
import io.parley.sdp.Origin;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class AnswerReaderTest {

  private final OfferAnswerSession session =
      new OfferAnswerSession(Origin.of("alice", "1", 1, "192.0.2.10"), "-");

  @ParameterizedTest(name = "{1}")
  @CsvSource(
      delimiter = '|',
      value = {
        "m=audio 5000 RTP/AVP 0\\nm=audio 5002 RTP/AVP 0 | answer has 2 m-lines, the offer had 1",
        "m=video 5000 RTP/AVP 31                    | answer m-line 1 is video, the offer's is audio",
        "m=audio 5000 RTP/SAVP 0                    | answer m-line 1 has proto RTP/SAVP, offered RTP/AVP",
        "m=audio 5000 RTP/AVP 18                    | has format 18 (G729/8000 (PT 18)) that was not offered",
        "m=audio 5000 RTP/AVP 97\\na=rtpmap:97 iLBC/8000 | has format 97 (iLBC/8000 (PT 97)) that was not offered",
        "m=audio 5000 RTP/AVP 120                   | has format 120 that was not offered",
        "m=audio 5000 RTP/AVP 101                   | no common codec in answer m-line 1",
      })
  void rfc3264Section7_answersThatDoNotFitTheOfferAreRefused(String media, String message) {
    session.createOffer(local(PCMU, PCMA));
    String answer = REMOTE_HEAD + media.replace("\\n", "\r\n") + "\r\n";

    OfferAnswerException e =
        catchThrowableOfType(OfferAnswerException.class, () -> session.takeAnswer(sdp(answer)));

    assertThat(e).isNotNull();
    assertThat(e.reason()).contains(message);
    assertThat(session.state()).isEqualTo(OfferAnswerSession.State.STABLE);
    assertThat(session.current()).isEmpty();
  }

  @Test
  void rfc3264Section6_answerMayNotAcceptAStreamTheOfferRejected() throws OfferAnswerException {
    session.createOffer(
        new LocalMedia(
            io.parley.sdp.Connection.of("192.0.2.10"),
            java.util.List.of(
                MediaCapability.audio(40000).codecs(PCMU).build(),
                MediaCapability.builder("video", 40002).codecs(Codec.ofStatic(31)).build()),
            CodecOrder.LOCAL));
    session.takeAnswer(sdp(REMOTE_HEAD + "m=audio 5000 RTP/AVP 0\r\nm=video 0 RTP/AVP 31\r\n"));
    session.createOffer(local(PCMU));

    OfferAnswerException e =
        catchThrowableOfType(
            OfferAnswerException.class,
            () ->
                session.takeAnswer(
                    sdp(REMOTE_HEAD + "m=audio 5000 RTP/AVP 0\r\nm=video 6000 RTP/AVP 31\r\n")));

    assertThat(e.reason())
        .isEqualTo("answer m-line 2 accepts a stream the offer rejected (RFC 3264 §6)");
  }

  @Test
  void rfc3264Section7_offererSendsTheAnswersFirstCodecAndHearsItsOwnNumbers()
      throws OfferAnswerException {
    session.createOffer(local(PCMU, PCMA));

    Negotiation result =
        session.takeAnswer(sdp(REMOTE_HEAD + "m=audio 5000 RTP/AVP 8 0 101\r\na=ptime:30\r\n"));

    NegotiatedStream audio = result.streams().get(0);
    assertThat(audio.sendCodec()).isEqualTo(PCMA);
    assertThat(audio.receiveCodecs()).extracting(Codec::payloadType).containsExactly(8, 0, 101);
    assertThat(audio.telephoneEventPayloadType()).hasValue(101);
    assertThat(audio.ptime()).isEqualTo(30);
    assertThat(audio.remoteAddress()).isEqualTo("198.51.100.7");
  }

  @Test
  void rfc3264Section8_4_answerOnHoldMakesUsReceiveOnly() throws OfferAnswerException {
    session.createOffer(local(PCMU));

    Negotiation result =
        session.takeAnswer(sdp(REMOTE_HEAD + "m=audio 5000 RTP/AVP 0\r\na=sendonly\r\n"));

    assertThat(result.streams().get(0).direction()).isEqualTo(Direction.RECVONLY);
    assertThat(result.streams().get(0).remoteHold()).isTrue();
  }

  @Test
  void rfc4568Section7_1_3_answerCryptoMustEchoAnOfferedTag() {
    byte[] key = new byte[30];
    session.createOffer(
        LocalMedia.of(
            "192.0.2.10",
            MediaCapability.audio(40000)
                .codecs(PCMU)
                .crypto(Crypto.of(1, CryptoSuite.AES_CM_128_HMAC_SHA1_80, key))
                .build()));
    String answer =
        REMOTE_HEAD
            + "m=audio 5000 RTP/SAVP 0\r\na=crypto:9 AES_CM_128_HMAC_SHA1_80 inline:"
            + "PS1uQCVeeCFCanVmcjkpPywjNWhcYD0mXXtxaVBR\r\n";

    OfferAnswerException e =
        catchThrowableOfType(OfferAnswerException.class, () -> session.takeAnswer(sdp(answer)));

    assertThat(e.reason()).contains("crypto tag 9", "not offered");
  }

  @Test
  void rfc4568Section7_1_3_answerCryptoGivesBothKeys() throws OfferAnswerException {
    byte[] key = new byte[30];
    key[0] = 1;
    session.createOffer(
        LocalMedia.of(
            "192.0.2.10",
            MediaCapability.audio(40000)
                .codecs(PCMU)
                .crypto(Crypto.of(1, CryptoSuite.AES_CM_128_HMAC_SHA1_80, key))
                .build()));
    String answer =
        REMOTE_HEAD
            + "m=audio 5000 RTP/SAVP 0\r\na=crypto:1 AES_CM_128_HMAC_SHA1_80 inline:"
            + "PS1uQCVeeCFCanVmcjkpPywjNWhcYD0mXXtxaVBR\r\n";

    NegotiatedStream audio = session.takeAnswer(sdp(answer)).streams().get(0);

    assertThat(audio.localCrypto().orElseThrow().masterKey()[0]).isEqualTo((byte) 1);
    assertThat(audio.remoteCrypto().orElseThrow().keys().get(0).toString())
        .isEqualTo("inline:PS1uQCVeeCFCanVmcjkpPywjNWhcYD0mXXtxaVBR");
  }
}
