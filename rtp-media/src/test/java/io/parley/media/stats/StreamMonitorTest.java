package io.parley.media.stats;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import io.parley.media.jitter.JitterBuffer;
import io.parley.media.jitter.JitterConfig;
import io.parley.media.rtcp.ReceptionStatistics;
import org.junit.jupiter.api.Test;

class StreamMonitorTest {

  @Test
  void rfc3550Section6_4_countsLossAndEstimatesMos() {
    StreamMonitor monitor = new StreamMonitor("PCMU", 20);
    ReceptionStatistics reception = new ReceptionStatistics(5, 0, 8000);
    for (int seq = 0; seq <= 100; seq++) {
      if (seq % 10 != 5) {
        reception.onPacket(seq, 160L * seq, seq * 20_000_000L);
        monitor.received(160);
      }
      monitor.sent(160);
    }
    monitor.roundTrip(80_000_000L);

    StreamStatistics stats =
        monitor.snapshot(reception, new JitterBuffer(JitterConfig.voice(8000)).statistics());

    assertThat(stats.packetsSent()).isEqualTo(101);
    assertThat(stats.bytesSent()).isEqualTo(101 * 160);
    assertThat(stats.packetsLost()).isEqualTo(10);
    assertThat(stats.lossPercent()).isCloseTo(10.0, within(0.01));
    assertThat(stats.roundTripMillis()).isEqualTo(80.0);
    assertThat(stats.mos()).isBetween(3.0, 3.8);
  }

  @Test
  void rfc8259_jsonRendersEveryFieldWithEscapesAndTwoDecimals() {
    StreamStatistics stats =
        new StreamStatistics("opus\"x", 1, 2, 3, 4, 5, 6.666, 7.5, 8, -1, 4.409);

    assertThat(stats.toJson())
        .isEqualTo(
            "{\"codec\":\"opus\\\"x\",\"packetsSent\":1,\"bytesSent\":2,\"packetsReceived\":3,"
                + "\"bytesReceived\":4,\"packetsLost\":5,\"lossPercent\":6.67,\"jitterMs\":7.5,"
                + "\"jitterBufferMs\":8,\"rttMs\":-1,\"mos\":4.41}");
  }

  @Test
  void rfc8259_nonFiniteNumbersBecomeNull() {
    assertThat(Json.number(Double.NaN)).isEqualTo("null");
    assertThat(Json.string("a\u0001b")).isEqualTo("\"a\\u0001b\"");
  }
}
