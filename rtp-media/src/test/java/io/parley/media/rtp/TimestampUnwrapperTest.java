package io.parley.media.rtp;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class TimestampUnwrapperTest {

  @Test
  void rfc3550Section5_1_timestampWrapKeepsTheTimelineMonotonic() {
    TimestampUnwrapper unwrapper = new TimestampUnwrapper(8000);

    assertThat(unwrapper.extend(0xFFFFFF60L)).isEqualTo(0xFFFFFF60L);
    assertThat(unwrapper.extend(0)).isEqualTo(0x1_0000_0000L);
    assertThat(unwrapper.extend(160)).isEqualTo(0x1_0000_00A0L);
    assertThat(unwrapper.lastJump()).isZero();
  }

  @Test
  void rfc3550Section5_1_reorderedTimestampMapsBackwards() {
    TimestampUnwrapper unwrapper = new TimestampUnwrapper(8000);
    unwrapper.extend(320);

    assertThat(unwrapper.extend(160)).isEqualTo(160);
  }

  @Test
  void rfc3551Section4_1_jumpAfterSilenceIsReported() {
    TimestampUnwrapper unwrapper = new TimestampUnwrapper(8000);
    unwrapper.extend(1000);

    unwrapper.extend(1000 + 40_000);

    assertThat(unwrapper.lastJump()).isEqualTo(40_000);
    unwrapper.extend(1000 + 40_160);
    assertThat(unwrapper.lastJump()).isZero();
  }
}
