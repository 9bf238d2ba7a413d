package io.parley.media.dtmf;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class DtmfModeTest {

  @Test
  void rfc4733Section7_autoUsesTelephoneEventWhenNegotiated() {
    assertThat(DtmfMode.AUTO.resolve(true)).isEqualTo(DtmfMode.RFC4733);
  }

  @Test
  void rfc4733Section7_autoFallsBackToInfoWithoutTelephoneEvent() {
    assertThat(DtmfMode.AUTO.resolve(false)).isEqualTo(DtmfMode.SIP_INFO);
    assertThat(DtmfMode.INBAND.resolve(true)).isEqualTo(DtmfMode.INBAND);
  }

  @Test
  void dialString_keysAndPauses() {
    DialString dial = DialString.parse("1 2,#p");

    assertThat(dial.steps())
        .containsExactly(
            new DialString.Key(DtmfDigit.D1),
            new DialString.Key(DtmfDigit.D2),
            new DialString.Pause(DialString.PAUSE_MILLIS),
            new DialString.Key(DtmfDigit.POUND),
            new DialString.Pause(DialString.PAUSE_MILLIS));
  }

  @Test
  void dialString_unknownCharacterNamesItsPosition() {
    assertThatThrownBy(() -> DialString.parse("12x"))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("'x' at position 2");
  }
}
