package io.parley.media.rtcp;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

class RtcpIntervalTest {

  @Test
  void rfc3550Section6_2_twoPartyCallUsesTheFiveSecondMinimum() {
    RtcpInterval.Session call = new RtcpInterval.Session(2, 2, 400, true, 100, false);

    assertThat(RtcpInterval.deterministicSeconds(call)).isEqualTo(5.0);
  }

  @Test
  void rfc3550Section6_2_initialIntervalIsHalved() {
    RtcpInterval.Session call = new RtcpInterval.Session(2, 2, 400, true, 100, true);

    assertThat(RtcpInterval.deterministicSeconds(call)).isEqualTo(2.5);
  }

  @Test
  void rfc3550AppendixA7_receiversShareThreeQuartersOfTheBandwidth() {
    RtcpInterval.Session conference = new RtcpInterval.Session(1000, 10, 400, false, 100, false);

    assertThat(RtcpInterval.deterministicSeconds(conference)).isCloseTo(330.0, within(1e-9));
  }

  @Test
  void rfc3550Section6_3_1_randomisedBetweenHalfAndOneAndAHalfOverCompensation() {
    RtcpInterval.Session call = new RtcpInterval.Session(2, 2, 400, true, 100, false);
    SplittableRandom random = new SplittableRandom(42);
    double low = Double.MAX_VALUE;
    double high = 0;
    for (int i = 0; i < 10_000; i++) {
      double seconds = RtcpInterval.nextNanos(call, random) / 1e9;
      low = Math.min(low, seconds);
      high = Math.max(high, seconds);
    }

    assertThat(low).isGreaterThanOrEqualTo(2.5 / (Math.E - 1.5)).isLessThan(2.1);
    assertThat(high).isLessThan(7.5 / (Math.E - 1.5)).isGreaterThan(6.1);
  }
}
