package io.parley.sdp;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class DirectionTest {

  @Test
  void rfc3264Section6_1AnswersMirrorTheOffer() {
    assertThat(Direction.SENDONLY.answerTo(true)).isEqualTo(Direction.RECVONLY);
    assertThat(Direction.RECVONLY.answerTo(true)).isEqualTo(Direction.SENDONLY);
    assertThat(Direction.SENDRECV.answerTo(true)).isEqualTo(Direction.SENDRECV);
    assertThat(Direction.INACTIVE.answerTo(true)).isEqualTo(Direction.INACTIVE);
  }

  @Test
  void anAnswererOnHoldNeverReceives() {
    assertThat(Direction.SENDRECV.answerTo(false)).isEqualTo(Direction.SENDONLY);
    assertThat(Direction.SENDONLY.answerTo(false)).isEqualTo(Direction.INACTIVE);
  }

  @Test
  void attributesRoundTrip() {
    for (Direction direction : Direction.values()) {
      assertThat(Direction.fromAttribute(direction.attribute())).isEqualTo(direction);
    }
  }

  @Test
  void unknownAttributeNamesTheBadValue() {
    assertThatThrownBy(() -> Direction.fromAttribute("SENDONLY"))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("'SENDONLY'");
  }
}
