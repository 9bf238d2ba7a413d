package io.parley.sdp.offeranswer;

import static io.parley.sdp.offeranswer.OfferAnswerSessionTest.PCMU;
import static io.parley.sdp.offeranswer.OfferAnswerSessionTest.local;
import static io.parley.sdp.offeranswer.OfferAnswerSessionTest.sdp;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import io.parley.sdp.Crypto;
import io.parley.sdp.CryptoSuite;
import io.parley.sdp.Direction;
import io.parley.sdp.Origin;
import java.util.HexFormat;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class AnswererTest {

  private static final String KEY_A = "PS1uQCVeeCFCanVmcjkpPywjNWhcYD0mXXtxaVBR";

  private final OfferAnswerSession session =
      new OfferAnswerSession(Origin.of("bob", "77", 5, "192.0.2.20"), "-");

  private static String offer(String connection, String sessionAttr, String mediaAttr) {
    return "v=0\r\no=a 1 1 IN IP4 198.51.100.7\r\ns=-\r\nc=IN IP4 "
        + connection
        + "\r\nt=0 0\r\n"
        + sessionAttr
        + "m=audio 5000 RTP/AVP 0\r\n"
        + mediaAttr;
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource(
      delimiter = '|',
      value = {
        "media sendonly           | 198.51.100.7 |                | a=sendonly | recvonly | true",
        "session sendonly         | 198.51.100.7 | a=sendonly     |            | recvonly | true",
        "media inactive           | 198.51.100.7 |                | a=inactive | inactive | true",
        "session inactive         | 198.51.100.7 | a=inactive     |            | inactive | true",
        "RFC 2543 c=0.0.0.0       | 0.0.0.0      |                |            | recvonly | true",
        "c=0.0.0.0 and recvonly   | 0.0.0.0      |                | a=recvonly | inactive | true",
        "media overrides session  | 198.51.100.7 | a=sendonly     | a=sendrecv | sendrecv | false",
        "remote resumes recvonly  | 198.51.100.7 |                | a=recvonly | sendonly | false",
        "plain sendrecv           | 198.51.100.7 |                |            | sendrecv | false",
      })
  void rfc3264Section8_4_everyHoldFormIsDetectedAndMirrored(
      String form,
      String connection,
      String sessionAttr,
      String mediaAttr,
      String answered,
      boolean remoteHold)
      throws OfferAnswerException {
    String text =
        offer(
            connection,
            sessionAttr == null ? "" : sessionAttr + "\r\n",
            mediaAttr == null ? "" : mediaAttr + "\r\n");

    Negotiation result = session.answer(sdp(text), local(PCMU));

    Direction expected = Direction.fromAttribute(answered);
    assertThat(result.local().media().get(0).attributes().direction()).contains(expected);
    assertThat(result.streams().get(0).direction()).isEqualTo(expected);
    assertThat(result.streams().get(0).remoteHold()).isEqualTo(remoteHold);
  }

  @Test
  void rfc3264Section8_4_weHoldByAnsweringSendonlyAtMost() throws OfferAnswerException {
    Negotiation result =
        session.answer(
            sdp(offer("198.51.100.7", "", "")), local(PCMU).withDirection(Direction.SENDONLY));

    assertThat(result.streams().get(0).direction()).isEqualTo(Direction.SENDONLY);
    assertThat(result.local().media().get(0).attributes().direction()).contains(Direction.SENDONLY);
  }

  @Test
  void rfc4568Section7_1_2_answerEchoesTheTagOfTheFirstSuiteWeHaveAKeyFor()
      throws OfferAnswerException {
    byte[] ourKey =
        HexFormat.of().parseHex("00112233445566778899aabbccddeeff0102030405060708090a0b0c0d0e");
    LocalMedia secure =
        LocalMedia.of(
            "192.0.2.20",
            MediaCapability.audio(40000)
                .codecs(PCMU)
                .crypto(Crypto.of(1, CryptoSuite.AES_CM_128_HMAC_SHA1_80, ourKey))
                .build());
    String text =
        "v=0\r\no=a 1 1 IN IP4 h\r\ns=-\r\nc=IN IP4 198.51.100.7\r\nt=0 0\r\n"
            + "m=audio 5000 RTP/SAVP 0\r\n"
            + "a=crypto:1 AES_256_CM_HMAC_SHA1_80 inline:"
            + java.util.Base64.getEncoder().encodeToString(new byte[46])
            + "\r\n"
            + "a=crypto:2 AES_CM_128_HMAC_SHA1_80 inline:"
            + KEY_A
            + "|2^20\r\n";

    Negotiation result = session.answer(sdp(text), secure);

    NegotiatedStream audio = result.streams().get(0);
    assertThat(result.local().media().get(0).mediaLine().proto()).isEqualTo("RTP/SAVP");
    assertThat(result.local().media().get(0).attributes().cryptos())
        .singleElement()
        .satisfies(
            c -> {
              assertThat(c.tag()).isEqualTo(2);
              assertThat(c.masterKey()).isEqualTo(java.util.Arrays.copyOf(ourKey, 16));
            });
    assertThat(audio.localCrypto().orElseThrow().tag()).isEqualTo(2);
    assertThat(audio.remoteCrypto().orElseThrow().masterKey())
        .isEqualTo(java.util.Arrays.copyOf(java.util.Base64.getDecoder().decode(KEY_A), 16));
  }

  @Test
  void rfc4568Section7_1_2_secureOfferWithoutOurSuiteIsA488() {
    LocalMedia secure =
        LocalMedia.of(
            "192.0.2.20",
            MediaCapability.audio(40000)
                .codecs(PCMU)
                .crypto(Crypto.of(1, CryptoSuite.AEAD_AES_128_GCM, new byte[28]))
                .build());
    String text =
        "v=0\r\no=a 1 1 IN IP4 h\r\ns=-\r\nc=IN IP4 198.51.100.7\r\nt=0 0\r\n"
            + "m=audio 5000 RTP/SAVP 0\r\n"
            + "a=crypto:2 AES_CM_128_HMAC_SHA1_80 inline:"
            + KEY_A
            + "\r\n";

    OfferAnswerException e =
        catchThrowableOfType(OfferAnswerException.class, () -> session.answer(sdp(text), secure));

    assertThat(e.warning()).isEqualTo("399 parley \"no acceptable crypto suite\"");
  }

  @Test
  void rfc4568Section7_1_2_secureOfferWithoutLocalKeysIsRejected() {
    String text =
        "v=0\r\no=a 1 1 IN IP4 h\r\ns=-\r\nc=IN IP4 198.51.100.7\r\nt=0 0\r\n"
            + "m=audio 5000 RTP/SAVP 0\r\na=crypto:2 AES_CM_128_HMAC_SHA1_80 inline:"
            + KEY_A
            + "\r\n";

    OfferAnswerException e =
        catchThrowableOfType(
            OfferAnswerException.class, () -> session.answer(sdp(text), local(PCMU)));

    assertThat(e.reason()).isEqualTo("no SRTP keys for RTP/SAVP");
  }

  @Test
  void rfc4733Section7_telephoneEventFollowsTheSendCodecClockRate() throws OfferAnswerException {
    String text =
        "v=0\r\no=a 1 1 IN IP4 h\r\ns=-\r\nc=IN IP4 198.51.100.7\r\nt=0 0\r\n"
            + "m=audio 5000 RTP/AVP 0 100 101\r\n"
            + "a=rtpmap:100 telephone-event/48000\r\na=rtpmap:101 telephone-event/8000\r\n"
            + "a=fmtp:101 0-15\r\n";

    Negotiation result = session.answer(sdp(text), local(PCMU));

    assertThat(result.streams().get(0).telephoneEventPayloadType()).hasValue(101);
    assertThat(result.local().media().get(0).mediaLine().formats()).containsExactly("0", "101");
    assertThat(result.local().media().get(0).attributes().fmtp(101).orElseThrow().parameters())
        .isEqualTo("0-16");
  }

  @Test
  void rfc4733Section7_noTelephoneEventWhenWeDoNotTakeIt() throws OfferAnswerException {
    String text =
        "v=0\r\no=a 1 1 IN IP4 h\r\ns=-\r\nc=IN IP4 198.51.100.7\r\nt=0 0\r\n"
            + "m=audio 5000 RTP/AVP 0 101\r\na=rtpmap:101 telephone-event/8000\r\n";
    LocalMedia plain =
        LocalMedia.of("192.0.2.20", MediaCapability.audio(40000).codecs(PCMU).build());

    Negotiation result = session.answer(sdp(text), plain);

    assertThat(result.streams().get(0).telephoneEventPayloadType()).isEmpty();
    assertThat(result.local().media().get(0).mediaLine().formats()).containsExactly("0");
  }
}
