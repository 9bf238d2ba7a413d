package io.parley.media.srtp;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.parley.media.MalformedPacketException;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

class SdesCryptoTest {

  @Test
  void rfc4568Section4_parsesTheRfcExample() throws Exception {
    SdesCrypto crypto =
        SdesCrypto.parse(
            "1 AES_CM_128_HMAC_SHA1_80 inline:PS1uQCVeeCFCanVmcjkpPywjNWhcYD0mXXtxaVBR|2^20|1:4");

    assertThat(crypto.tag()).isEqualTo(1);
    assertThat(crypto.suite()).isEqualTo(SrtpSuite.AES_CM_128_HMAC_SHA1_80);
    assertThat(crypto.masterKey()).hasSize(16);
    assertThat(crypto.masterSalt()).hasSize(14);
    assertThat(crypto.lifetime()).isEqualTo(1 << 20);
    assertThat(crypto.mki()).isEqualTo(1);
    assertThat(crypto.mkiLength()).isEqualTo(4);
  }

  @Test
  void rfc4568Section6_1_formatThenParseIsIdentity() throws Exception {
    for (SrtpSuite suite : SrtpSuite.values()) {
      SdesCrypto crypto = SdesCrypto.generate(7, suite, new SplittableRandom(9));

      assertThat(SdesCrypto.parse(crypto.format())).isEqualTo(crypto);
      assertThat(crypto.format()).startsWith("7 " + suite.name() + " inline:");
    }
  }

  @Test
  void rfc4568Section6_1_keyNeverAppearsInToString() {
    SdesCrypto crypto =
        SdesCrypto.generate(1, SrtpSuite.AES_CM_128_HMAC_SHA1_32, new SplittableRandom(1));

    assertThat(crypto.toString())
        .contains("redacted")
        .doesNotContain(crypto.format().substring(33));
  }

  @Test
  void rfc4568Section6_1_unknownSuiteIsATypedError() {
    assertThatThrownBy(() -> SdesCrypto.parse("1 F8_128_HMAC_SHA1_80 inline:AAAA"))
        .isInstanceOf(MalformedPacketException.class)
        .hasMessageContaining("unsupported crypto-suite F8_128_HMAC_SHA1_80");
  }

  @Test
  void rfc4568Section6_1_wrongKeyLengthIsATypedError() {
    assertThatThrownBy(() -> SdesCrypto.parse("1 AES_CM_128_HMAC_SHA1_80 inline:AAAAAAAA"))
        .isInstanceOf(MalformedPacketException.class)
        .hasMessageContaining("needs 30 key bytes, got 6");
  }

  @Test
  void rfc4568Section6_1_badBase64AndMissingFieldsAreTypedErrors() {
    assertThatThrownBy(() -> SdesCrypto.parse("1 AES_CM_128_HMAC_SHA1_80 inline:###"))
        .isInstanceOf(MalformedPacketException.class)
        .hasMessageContaining("base64");
    assertThatThrownBy(() -> SdesCrypto.parse("1 AES_CM_128_HMAC_SHA1_80"))
        .isInstanceOf(MalformedPacketException.class);
    assertThatThrownBy(() -> SdesCrypto.parse("x AES_CM_128_HMAC_SHA1_80 inline:AAAA"))
        .hasMessageContaining("tag must be a decimal number");
  }
}
