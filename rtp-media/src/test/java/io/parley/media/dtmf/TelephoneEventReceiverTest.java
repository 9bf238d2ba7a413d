package io.parley.media.dtmf;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class TelephoneEventReceiverTest {

  @Test
  void rfc4733Section2_5_2_eachDigitReportedOnceDespiteRetransmittedEnds() {
    TelephoneEventReceiver receiver = new TelephoneEventReceiver();
    List<DtmfDigit> digits = new ArrayList<>();
    long timestamp = 1000;
    for (DtmfDigit digit : List.of(DtmfDigit.D1, DtmfDigit.D1, DtmfDigit.POUND)) {
      for (TelephoneEventSender.Frame frame : TelephoneEventSender.frames(digit, 100, 8000, 20)) {
        receiver.onPacket(timestamp, frame.event()).ifPresent(digits::add);
      }
      timestamp += 2000;
    }

    assertThat(digits).containsExactly(DtmfDigit.D1, DtmfDigit.D1, DtmfDigit.POUND);
  }

  @Test
  void rfc4733Section2_5_2_lostStartPacketStillYieldsTheDigit() {
    TelephoneEventReceiver receiver = new TelephoneEventReceiver();

    assertThat(receiver.onPacket(500, new TelephoneEvent(9, true, 10, 800))).contains(DtmfDigit.D9);
    assertThat(receiver.onPacket(500, new TelephoneEvent(9, true, 10, 800))).isEmpty();
  }

  @Test
  void rfc4733Section3_2_nonDtmfEventsAreNotDigits() {
    TelephoneEventReceiver receiver = new TelephoneEventReceiver();

    assertThat(receiver.onPacket(1, new TelephoneEvent(16, false, 10, 160))).isEmpty();
  }
}
