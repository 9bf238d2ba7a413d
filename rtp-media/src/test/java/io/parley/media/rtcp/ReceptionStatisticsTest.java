package io.parley.media.rtcp;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.List;
import org.junit.jupiter.api.Test;

class ReceptionStatisticsTest {

  private static final long MS = 1_000_000L;

  @Test
  void rfc3550AppendixA8_jitterMatchesHandComputedValue() {
    ReceptionStatistics stats = new ReceptionStatistics(7, 0, 8000);
    long[] extraDelayMs = {0, 0, 10, 0, 0};
    for (int i = 0; i < extraDelayMs.length; i++) {
      stats.onPacket(i, 160L * i, (20L * i + extraDelayMs[i]) * MS);
    }

    // transit 0, 80, 0, 0 -> J = 80/16 = 5, then 5 + 75/16 = 9.6875, then 9.6875 * 15/16.
    assertThat(stats.jitter()).isEqualTo(9);
    assertThat(stats.jitterMillis()).isCloseTo(9.08203125 / 8, within(1e-9));
  }

  @Test
  void rfc3550AppendixA3_fractionAndCumulativeLossPerInterval() {
    ReceptionStatistics stats = new ReceptionStatistics(7, 0, 8000);
    stats.onPacket(0, 0, 0);
    for (int seq = 1; seq <= 100; seq++) {
      if (seq % 4 != 0) {
        stats.onPacket(seq, 160L * seq, 20L * seq * MS);
      }
    }
    stats.onPacket(101, 160 * 101, 2020 * MS);

    ReportBlock first = stats.report(3 * 1000 * MS);
    // base 1, highest 101: 101 expected, 25 lost -> 25 * 256 / 101 = 63.
    assertThat(first.cumulativeLost()).isEqualTo(25);
    assertThat(first.fractionLost()).isEqualTo(63);
    assertThat(first.extendedHighestSequence()).isEqualTo(101);

    for (int seq = 102; seq <= 111; seq++) {
      stats.onPacket(seq, 160L * seq, 20L * seq * MS);
    }
    ReportBlock second = stats.report(4 * 1000 * MS);
    assertThat(second.fractionLost()).isZero();
    assertThat(second.cumulativeLost()).isEqualTo(25);
  }

  @Test
  void rfc3550Section6_4_1_roundTripFromLsrAndDlsr() {
    long ourSrSent = 10_000 * MS;
    SenderReport ours = new SenderReport(1, NtpTime.fromNanos(ourSrSent), 0, 0, 0, List.of());
    ReceptionStatistics farEnd = new ReceptionStatistics(1, 0, 8000);
    farEnd.onSenderReport(ours, ourSrSent + 40 * MS);

    ReportBlock echoed = farEnd.report(ourSrSent + 540 * MS);
    long rtt = NtpTime.roundTripNanos(echoed, ourSrSent + 580 * MS);

    assertThat(echoed.lastSenderReport()).isEqualTo(10L << 16);
    assertThat(rtt).isCloseTo(80 * MS, within(MS / 10));
  }

  @Test
  void rfc3550Section6_4_1_noRoundTripBeforeAnySenderReport() {
    ReceptionStatistics stats = new ReceptionStatistics(1, 0, 8000);

    assertThat(NtpTime.roundTripNanos(stats.report(MS), 2 * MS)).isEqualTo(-1);
  }

  @Test
  void rfc4733Section2_5_1_eventUpdatesSharingATimestampDoNotInflateJitter() {
    ReceptionStatistics stats = new ReceptionStatistics(7, 0, 8000);
    for (int seq = 0; seq < 20; seq++) {
      stats.onPacket(seq, 160L * seq, 20L * seq * MS);
    }
    for (int seq = 20; seq < 30; seq++) {
      stats.onPacket(seq, 160L * 20, 20L * seq * MS);
    }
    for (int seq = 30; seq < 40; seq++) {
      stats.onPacket(seq, 160L * seq, 20L * seq * MS);
    }

    assertThat(stats.jitter()).isZero();
  }
}
