package io.parley.media.stats;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import org.junit.jupiter.api.Test;

class EModelTest {

  @Test
  void ituG107_defaultConnectionRates93_2AndMos4_41() {
    double r = EModel.rating(CodecImpairment.G711, 0, 1, 0);

    assertThat(r).isEqualTo(93.2);
    assertThat(EModel.mos(r)).isCloseTo(4.41, within(0.01));
  }

  @Test
  void ituG107Section7_4_randomLossRaisesTheEffectiveImpairment() {
    // Ie,eff = 95 * 5 / (5 + 25.1) = 15.78; R = 93.2 - 15.78.
    double r = EModel.rating(CodecImpairment.G711, 5, 1, 0);

    assertThat(r).isCloseTo(77.42, within(0.01));
    assertThat(EModel.mos(r)).isCloseTo(3.92, within(0.01));
  }

  @Test
  void ituG107Section7_4_burstyLossHurtsMoreThanRandomLoss() {
    assertThat(EModel.rating(CodecImpairment.G711, 5, 2, 0))
        .isLessThan(EModel.rating(CodecImpairment.G711, 5, 1, 0));
  }

  @Test
  void ituG107Section7_3_delayBeyond177MillisecondsCostsMore() {
    assertThat(EModel.delayImpairment(100)).isCloseTo(2.4, within(1e-9));
    assertThat(EModel.delayImpairment(200)).isCloseTo(4.8 + 0.11 * 22.7, within(1e-9));
    assertThat(EModel.rating(CodecImpairment.G729, 0, 1, 0)).isCloseTo(82.2, within(1e-9));
  }

  @Test
  void ituG107AnnexB_mosIsClampedToItsScale() {
    assertThat(EModel.mos(-5)).isEqualTo(1.0);
    assertThat(EModel.mos(120)).isEqualTo(4.5);
    assertThat(EModel.rating(CodecImpairment.G711, 100, 1, 1000)).isZero();
  }

  @Test
  void ituG107_badArgumentsAreNamed() {
    assertThatThrownBy(() -> EModel.rating(CodecImpairment.G711, 101, 1, 0))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("loss 0..100");
  }
}
