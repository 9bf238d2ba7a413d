package io.parley.sdp;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.util.Base64;
import java.util.HexFormat;
import java.util.List;
import org.junit.jupiter.api.Test;

class CryptoTest {

  /** The key of the RFC 4568 §9.1 examples. */
  private static final String RFC4568_KEY = "PS1uQCVeeCFCanVmcjkpPywjNWhcYD0mXXtxaVBR";

  @Test
  void rfc4568Section9_1_exampleGivesTagSuiteKeyLifetimeAndMki() throws SdpParseException {
    Crypto crypto = Crypto.parse("1 AES_CM_128_HMAC_SHA1_80 inline:" + RFC4568_KEY + "|2^20|1:32");

    byte[] keySalt = Base64.getDecoder().decode(RFC4568_KEY);
    assertThat(crypto.tag()).isEqualTo(1);
    assertThat(crypto.knownSuite()).contains(CryptoSuite.AES_CM_128_HMAC_SHA1_80);
    assertThat(crypto.masterKey()).hasSize(16).isEqualTo(java.util.Arrays.copyOf(keySalt, 16));
    assertThat(crypto.masterSalt())
        .hasSize(14)
        .isEqualTo(java.util.Arrays.copyOfRange(keySalt, 16, 30));
    assertThat(crypto.keys().get(0).lifetime()).isEqualTo("2^20");
    assertThat(crypto.keys().get(0).mki()).isEqualTo("1:32");
    assertThat(crypto.toString())
        .isEqualTo("1 AES_CM_128_HMAC_SHA1_80 inline:" + RFC4568_KEY + "|2^20|1:32");
  }

  @Test
  void rfc4568Section6_3_sessionParametersAndSeveralKeysAreKept() throws SdpParseException {
    String value =
        "2 AES_CM_128_HMAC_SHA1_32 inline:"
            + RFC4568_KEY
            + "|2^20|1:4;inline:"
            + RFC4568_KEY
            + "|2^20|2:4 KDR=1 UNENCRYPTED_SRTCP";

    Crypto crypto = Crypto.parse(value);

    assertThat(crypto.keys()).hasSize(2);
    assertThat(crypto.keys().get(1).mki()).isEqualTo("2:4");
    assertThat(crypto.sessionParams()).containsExactly("KDR=1", "UNENCRYPTED_SRTCP");
    assertThat(crypto.toString()).isEqualTo(value);
  }

  @Test
  void rfc7714Section14_2_gcmSuitesUseATwelveByteSalt() {
    byte[] keySalt =
        HexFormat.of().parseHex("000102030405060708090a0b0c0d0e0f" + "a0a1a2a3a4a5a6a7a8a9aaab");

    Crypto crypto = Crypto.of(7, CryptoSuite.AEAD_AES_128_GCM, keySalt);

    assertThat(crypto.masterSalt()).hasSize(12).startsWith((byte) 0xa0);
    assertThat(crypto.toString()).startsWith("7 AEAD_AES_128_GCM inline:");
  }

  @Test
  void rfc4568Section6_1_wrongKeyLengthForAKnownSuiteIsAParseError() {
    SdpParseException e =
        catchThrowableOfType(
            SdpParseException.class,
            () -> Crypto.parse("1 AES_256_CM_HMAC_SHA1_80 inline:" + RFC4568_KEY));

    assertThat(e.expected()).contains("46 bytes for AES_256_CM_HMAC_SHA1_80, got 30");
  }

  @Test
  void rfc4568Section9_1_malformedLinesSayWhatWasExpected() {
    assertThat(parseError("x AES_CM_128_HMAC_SHA1_80 inline:" + RFC4568_KEY)).contains("tag");
    assertThat(parseError("1 AES_CM_128_HMAC_SHA1_80")).contains("<key-params>");
    assertThat(parseError("1 AES_CM_128_HMAC_SHA1_80 uri:http://k")).contains("inline:");
    assertThat(parseError("1 AES_CM_128_HMAC_SHA1_80 inline:@@@@")).contains("base64");
    assertThat(parseError("1 AES_CM_128_HMAC_SHA1_80 inline:" + RFC4568_KEY + "|forever"))
        .contains("lifetime");
  }

  @Test
  void rfc4568Section9_1_unknownSuitesAreKeptButCannotBeSplit() throws SdpParseException {
    Crypto crypto = Crypto.parse("3 FUTURE_SUITE inline:AAAA");

    assertThat(crypto.knownSuite()).isEmpty();
    assertThatThrownBy(crypto::masterKey)
        .isInstanceOf(IllegalStateException.class)
        .hasMessageContaining("FUTURE_SUITE");
  }

  @Test
  void rfc4568Section9_1_cryptoLinesAreReadFromMediaDescriptions() throws SdpParseException {
    SessionDescription sdp =
        SessionDescription.parse(
            "v=0\r\no=- 1 1 IN IP4 h\r\ns=-\r\nc=IN IP4 h\r\nt=0 0\r\n"
                + "m=audio 4000 RTP/SAVP 0\r\n"
                + "a=crypto:1 AES_CM_128_HMAC_SHA1_80 inline:"
                + RFC4568_KEY
                + "\r\na=crypto:2 AES_CM_128_HMAC_SHA1_32 inline:"
                + RFC4568_KEY
                + "\r\n");

    assertThat(sdp.media().get(0).attributes().cryptos())
        .extracting(Crypto::tag, Crypto::suite)
        .containsExactly(
            org.assertj.core.groups.Tuple.tuple(1, "AES_CM_128_HMAC_SHA1_80"),
            org.assertj.core.groups.Tuple.tuple(2, "AES_CM_128_HMAC_SHA1_32"));
  }

  @Test
  void rfc4568Section6_1_shortKeyInADocumentNamesItsLine() {
    SdpParseException e =
        catchThrowableOfType(
            SdpParseException.class,
            () ->
                SessionDescription.parse(
                    "v=0\r\no=- 1 1 IN IP4 h\r\ns=-\r\nc=IN IP4 h\r\nt=0 0\r\n"
                        + "m=audio 4000 RTP/SAVP 0\r\n"
                        + "a=crypto:1 AES_CM_128_HMAC_SHA1_80 inline:"
                        + RFC4568_KEY
                        + "\r\na=crypto:2 AES_CM_128_HMAC_SHA1_80 inline:QUJD\r\n"));

    assertThat(e.lineNumber()).isEqualTo(8);
    assertThat(e.line()).isEqualTo("a=crypto:2 AES_CM_128_HMAC_SHA1_80 inline:QUJD");
    assertThat(e.expected()).contains("30 bytes", "got 3");
  }

  @Test
  void keysAreCopiedSoCallersCannotChangeThem() {
    byte[] keySalt = new byte[30];
    Crypto crypto = Crypto.of(1, CryptoSuite.AES_CM_128_HMAC_SHA1_80, keySalt);
    keySalt[0] = 9;
    crypto.masterKey()[1] = 9;

    assertThat(crypto.keys().get(0).keySalt()).containsOnly(0);
    assertThat(crypto).isEqualTo(Crypto.of(1, CryptoSuite.AES_CM_128_HMAC_SHA1_80, new byte[30]));
    assertThat(List.of(crypto.withTag(4).tag())).containsExactly(4);
  }

  private static String parseError(String value) {
    return catchThrowableOfType(SdpParseException.class, () -> Crypto.parse(value)).expected();
  }
}
