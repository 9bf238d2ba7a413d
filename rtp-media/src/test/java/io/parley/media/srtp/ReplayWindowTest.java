package io.parley.media.srtp;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class ReplayWindowTest {

  @Test
  void rfc3711Section3_3_2_tracksEachIndexInTheWindow() {
    ReplayWindow window = new ReplayWindow();
    window.accept(1000);
    window.accept(1002);

    assertThat(window.fresh(1001)).isTrue();
    assertThat(window.fresh(1000)).isFalse();
    assertThat(window.fresh(1002)).isFalse();
    assertThat(window.fresh(1003)).isTrue();
  }

  @Test
  void rfc3711Section3_3_2_olderThanTheWindowIsRejected() {
    ReplayWindow window = new ReplayWindow();
    window.accept(500);

    assertThat(window.fresh(500 - ReplayWindow.SIZE + 1)).isTrue();
    assertThat(window.fresh(500 - ReplayWindow.SIZE)).isFalse();
  }

  @Test
  void rfc3711Section3_3_2_bitsSurviveShiftsAcrossTheWordBoundary() {
    ReplayWindow window = new ReplayWindow();
    window.accept(10);
    window.accept(80);
    window.accept(100);

    assertThat(window.fresh(10)).isFalse();
    assertThat(window.fresh(80)).isFalse();
    assertThat(window.fresh(11)).isTrue();
    window.accept(300);
    assertThat(window.fresh(100)).isFalse();
    assertThat(window.fresh(250)).isTrue();
  }
}
