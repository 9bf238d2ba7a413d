package io.parley.sdp.offeranswer;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.parley.sdp.Crypto;
import io.parley.sdp.CryptoSuite;
import io.parley.sdp.Direction;
import org.junit.jupiter.api.Test;

class MediaCapabilityTest {

  @Test
  void rfc4568Section9_1_cryptoMakesTheStreamSavpAndTagsMustDiffer() {
    Crypto one = Crypto.of(1, CryptoSuite.AES_CM_128_HMAC_SHA1_80, new byte[30]);
    MediaCapability secure =
        MediaCapability.audio(4000).codecs(Codec.ofStatic(0)).crypto(one).build();

    assertThat(secure.proto()).isEqualTo("RTP/SAVP");
    assertThat(secure.withDirection(Direction.SENDONLY).cryptos()).containsExactly(one);
    assertThatThrownBy(
            () ->
                MediaCapability.audio(4000)
                    .codecs(Codec.ofStatic(0))
                    .crypto(one)
                    .crypto(Crypto.of(1, CryptoSuite.AES_CM_128_HMAC_SHA1_32, new byte[30]))
                    .build())
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("tags");
  }

  @Test
  void rfc4733Section7_telephoneEventIsNotACodecOfTheList() {
    assertThatThrownBy(
            () ->
                MediaCapability.audio(4000).codecs(Codec.telephoneEvent(8000, 101, "0-15")).build())
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("telephoneEvents()");
  }

  @Test
  void misuseNamesTheBadValue() {
    assertThatThrownBy(() -> MediaCapability.audio(0).codecs(Codec.ofStatic(0)).build())
        .hasMessageContaining("1-65535");
    assertThatThrownBy(() -> MediaCapability.audio(4000).build()).hasMessageContaining("codecs");
    assertThatThrownBy(
            () -> MediaCapability.audio(4000).codecs(Codec.ofStatic(0)).ptime(-1).build())
        .hasMessageContaining("ptime -1");
  }
}
