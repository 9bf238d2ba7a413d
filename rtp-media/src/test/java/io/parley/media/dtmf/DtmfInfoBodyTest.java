package io.parley.media.dtmf;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.parley.media.MalformedPacketException;
import org.junit.jupiter.api.Test;

class DtmfInfoBodyTest {

  @Test
  void dtmfRelay_parsesSignalAndDuration() throws Exception {
    assertThat(DtmfInfoBody.parse("application/dtmf-relay", "Signal=5\r\nDuration=160\r\n"))
        .isEqualTo(new DtmfInfoBody(DtmfDigit.D5, 160));
  }

  @Test
  void dtmfRelay_toleratesCaseSpacesBareLineFeedsAndEventCodes() throws Exception {
    assertThat(DtmfInfoBody.parse("Application/DTMF-Relay", "signal = 11\nduration= 90"))
        .isEqualTo(new DtmfInfoBody(DtmfDigit.POUND, 90));
    assertThat(DtmfInfoBody.parse("application/dtmf-relay", "Signal=*").durationMillis())
        .isEqualTo(DtmfInfoBody.DEFAULT_DURATION_MILLIS);
  }

  @Test
  void dtmf_bodyIsTheBareKey() throws Exception {
    assertThat(DtmfInfoBody.parse("application/dtmf", "#\r\n").digit()).isEqualTo(DtmfDigit.POUND);
  }

  @Test
  void dtmfRelay_formatsWithCrlfAndRoundTrips() throws Exception {
    DtmfInfoBody body = new DtmfInfoBody(DtmfDigit.STAR, 250);

    assertThat(body.formatRelay()).isEqualTo("Signal=*\r\nDuration=250\r\n");
    assertThat(DtmfInfoBody.parse(DtmfInfoBody.DTMF_RELAY, body.formatRelay())).isEqualTo(body);
    assertThat(body.formatDtmf()).isEqualTo("*");
  }

  @Test
  void dtmfRelay_badInputIsATypedErrorWithOffset() {
    assertThatThrownBy(() -> DtmfInfoBody.parse("application/dtmf-relay", "Signal=X\r\n"))
        .isInstanceOf(MalformedPacketException.class)
        .hasMessageContaining("unknown signal 'X'")
        .hasMessageContaining("offset 7");
    assertThatThrownBy(() -> DtmfInfoBody.parse("application/dtmf-relay", "Duration=5"))
        .hasMessageContaining("no Signal");
    assertThatThrownBy(() -> DtmfInfoBody.parse("application/dtmf-relay", "Signal=1\nDuration=-1"))
        .hasMessageContaining("Duration must be milliseconds");
    assertThatThrownBy(() -> DtmfInfoBody.parse("text/plain", "1"))
        .hasMessageContaining("not a DTMF content type");
  }
}
