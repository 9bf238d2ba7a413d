package io.parley.media.stream;

import static org.assertj.core.api.Assertions.assertThat;

import io.parley.media.dtmf.DtmfDigit;
import io.parley.media.dtmf.TelephoneEventSender;
import java.util.List;
import org.junit.jupiter.api.Test;

class DtmfOutboxTest {

  @Test
  void rfc4733Section2_5_1_1_eventKeepsItsStartTimestampAndEndsTogether() {
    DtmfOutbox outbox = new DtmfOutbox(8000, 20);
    outbox.add(DtmfDigit.D4, 60);
    outbox.add(DtmfDigit.D2, 40);

    List<TelephoneEventSender.Frame> first = outbox.next(1000);
    long firstEvent = outbox.eventTimestamp();
    List<TelephoneEventSender.Frame> second = outbox.next(1160);
    List<TelephoneEventSender.Frame> ends = outbox.next(1320);
    List<TelephoneEventSender.Frame> nextKey = outbox.next(1480);

    assertThat(firstEvent).isEqualTo(1000);
    assertThat(first).singleElement().matches(TelephoneEventSender.Frame::marker);
    assertThat(second).singleElement().matches(frame -> !frame.event().end());
    assertThat(ends).hasSize(3).allMatch(frame -> frame.event().end());
    assertThat(nextKey.get(0).event().event()).isEqualTo(DtmfDigit.D2.event());
    assertThat(outbox.eventTimestamp()).isEqualTo(1480);
  }

  @Test
  void rfc4733Section2_5_1_emptyOutboxSendsNothing() {
    DtmfOutbox outbox = new DtmfOutbox(8000, 20);

    assertThat(outbox.active()).isFalse();
    assertThat(outbox.next(0)).isEmpty();
  }
}
