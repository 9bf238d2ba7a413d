package io.parley.media.srtp;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class SrtpPolicyTest {

  @Test
  void rfc4568Section7_requireRejectsPlainOfferWith488() {
    assertThat(SrtpPolicy.REQUIRE.answer(false)).isEqualTo(SrtpPolicy.Decision.REJECT_488);
    assertThat(SrtpPolicy.REQUIRE.answer(true)).isEqualTo(SrtpPolicy.Decision.SECURE);
    assertThat(SrtpPolicy.REQUIRE.offerProtocol()).isEqualTo("RTP/SAVP");
  }

  @Test
  void rfc4568Section7_preferFallsBackToPlain() {
    assertThat(SrtpPolicy.PREFER.answer(false)).isEqualTo(SrtpPolicy.Decision.PLAIN);
    assertThat(SrtpPolicy.PREFER.answer(true)).isEqualTo(SrtpPolicy.Decision.SECURE);
    assertThat(SrtpPolicy.PREFER.offersKeys()).isTrue();
  }

  @Test
  void rfc4568Section7_noneIgnoresOfferedKeys() {
    assertThat(SrtpPolicy.NONE.answer(true)).isEqualTo(SrtpPolicy.Decision.PLAIN);
    assertThat(SrtpPolicy.NONE.offersKeys()).isFalse();
  }
}
