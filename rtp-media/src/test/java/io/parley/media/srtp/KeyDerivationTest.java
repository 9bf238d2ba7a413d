package io.parley.media.srtp;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.HexFormat;
import org.junit.jupiter.api.Test;

class KeyDerivationTest {

  private static final HexFormat HEX = HexFormat.of().withUpperCase();
  private static final byte[] MASTER_KEY = HEX.parseHex("E1F97A0D3E018BE0D64FA32C06DE4139");
  private static final byte[] MASTER_SALT = HEX.parseHex("0EC675AD498AFEEBB6960B3AABE6");

  @Test
  void rfc3711AppendixB3_cipherKey() {
    assertThat(HEX.formatHex(KeyDerivation.derive(MASTER_KEY, MASTER_SALT, 0, 16)))
        .isEqualTo("C61E7A93744F39EE10734AFE3FF7A087");
  }

  @Test
  void rfc3711AppendixB3_cipherSalt() {
    assertThat(HEX.formatHex(KeyDerivation.derive(MASTER_KEY, MASTER_SALT, 2, 14)))
        .isEqualTo("30CBBC08863D8C85D49DB34A9AE1");
  }

  @Test
  void rfc3711AppendixB3_authenticationKey() {
    assertThat(HEX.formatHex(KeyDerivation.derive(MASTER_KEY, MASTER_SALT, 1, 94)))
        .isEqualTo(
            "CEBE321F6FF7716B6FD4AB49AF256A156D38BAA48F0A0ACF3C34E2359E6CDBCE"
                + "E049646C43D9327AD175578EF72270986371C10C9A369AC2F94A8C5FBCDDDC25"
                + "6D6E919A48B610EF17C2041E474035766B68642C59BBFC2F34DB60DBDFB2");
  }

  @Test
  void rfc3711Section4_3_sessionKeysUseTheirLabels() {
    KeyDerivation.SessionKeys rtp =
        KeyDerivation.sessionKeys(
            SrtpSuite.AES_CM_128_HMAC_SHA1_80, MASTER_KEY, MASTER_SALT, false);
    KeyDerivation.SessionKeys rtcp =
        KeyDerivation.sessionKeys(SrtpSuite.AES_CM_128_HMAC_SHA1_80, MASTER_KEY, MASTER_SALT, true);

    assertThat(HEX.formatHex(rtp.authentication()))
        .isEqualTo("CEBE321F6FF7716B6FD4AB49AF256A156D38BAA4");
    assertThat(rtcp.encryption()).isNotEqualTo(rtp.encryption());
    assertThat(rtcp.salt()).hasSize(14);
    assertThat(rtp.toString()).doesNotContain("CEBE");
  }
}
