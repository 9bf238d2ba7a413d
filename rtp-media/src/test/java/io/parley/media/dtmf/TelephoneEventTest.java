package io.parley.media.dtmf;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.parley.media.MalformedPacketException;
import java.util.HexFormat;
import org.junit.jupiter.api.Test;

class TelephoneEventTest {

  @Test
  void rfc4733Section2_3_payloadLayout() throws Exception {
    TelephoneEvent event = new TelephoneEvent(11, true, 10, 800);

    assertThat(HexFormat.of().formatHex(event.encode())).isEqualTo("0b8a0320");
    assertThat(TelephoneEvent.decode(event.encode())).isEqualTo(event);
  }

  @Test
  void rfc4733Section2_3_reservedBitIsIgnoredOnReceipt() throws Exception {
    TelephoneEvent event = TelephoneEvent.decode(new byte[] {5, (byte) 0x4A, 0, (byte) 160});

    assertThat(event).isEqualTo(new TelephoneEvent(5, false, 10, 160));
  }

  @Test
  void rfc4733Section2_3_shortPayloadIsATypedError() {
    assertThatThrownBy(() -> TelephoneEvent.decode(new byte[3]))
        .isInstanceOf(MalformedPacketException.class)
        .hasMessageContaining("4 bytes");
  }
}
