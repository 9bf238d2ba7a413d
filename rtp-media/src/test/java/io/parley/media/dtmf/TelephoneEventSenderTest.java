package io.parley.media.dtmf;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.junit.jupiter.api.Test;

class TelephoneEventSenderTest {

  @Test
  void rfc4733Section2_5_1_markerOnFirstPacketAndGrowingDurations() {
    List<TelephoneEventSender.Frame> frames =
        TelephoneEventSender.frames(DtmfDigit.D5, 100, 8000, 20);

    assertThat(frames).hasSize(4 + 3);
    assertThat(frames.get(0).marker()).isTrue();
    assertThat(frames.subList(1, frames.size())).noneMatch(TelephoneEventSender.Frame::marker);
    assertThat(frames.subList(0, 4))
        .extracting(frame -> frame.event().duration())
        .containsExactly(160, 320, 480, 640);
    assertThat(frames.subList(0, 4)).noneMatch(frame -> frame.event().end());
  }

  @Test
  void rfc4733Section2_5_1_4_endPacketIsSentThreeTimesWithTheFinalDuration() {
    List<TelephoneEventSender.Frame> frames =
        TelephoneEventSender.frames(DtmfDigit.POUND, 100, 8000, 20);

    List<TelephoneEventSender.Frame> ends = frames.subList(frames.size() - 3, frames.size());
    assertThat(ends)
        .allSatisfy(
            frame -> {
              assertThat(frame.event().end()).isTrue();
              assertThat(frame.event().duration()).isEqualTo(800);
              assertThat(frame.event().event()).isEqualTo(11);
              assertThat(frame.payload()).containsExactly(11, 0x8A, 3, 0x20);
            });
  }

  @Test
  void rfc4733Section2_5_1_shortDigitIsOnlyTheEndTriple() {
    List<TelephoneEventSender.Frame> frames =
        TelephoneEventSender.frames(DtmfDigit.D1, 20, 8000, 50);

    assertThat(frames).hasSize(3);
    assertThat(frames.get(0).marker()).isTrue();
  }

  @Test
  void rfc4733Section2_5_1_3_durationFieldOverflowIsRejected() {
    assertThatThrownBy(() -> TelephoneEventSender.frames(DtmfDigit.D1, 8000, 16000, 20))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("overflows");
  }
}
