package io.parley.sdp.offeranswer;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class PayloadTypesTest {

  private final PayloadTypes payloadTypes = new PayloadTypes();

  @Test
  void rfc3551Section3_dynamicCodecsGetTheLowestFreeNumbers() {
    List<Codec> assigned =
        payloadTypes.assign(
            List.of(
                Codec.dynamic("opus", 48000, 2),
                Codec.ofStatic(0),
                Codec.dynamic("speex", 16000, 1).withPayloadType(96),
                Codec.dynamic("L16", 16000, 1)));

    assertThat(assigned).extracting(Codec::payloadType).containsExactly(96, 0, 97, 98);
  }

  @Test
  void rfc3264Section8_3_2_aBoundNumberKeepsItsCodec() {
    payloadTypes.bind(Codec.dynamic("iLBC", 8000, 1).withPayloadType(97));

    List<Codec> assigned =
        payloadTypes.assign(
            List.of(
                Codec.dynamic("opus", 48000, 2).withPayloadType(97),
                Codec.dynamic("iLBC", 8000, 1)));

    assertThat(assigned).extracting(Codec::payloadType).containsExactly(96, 97);
  }

  @Test
  void rfc3551Section3_runningOutOfDynamicNumbersIsNamed() {
    List<Codec> many = new ArrayList<>();
    for (int i = 0; i < 33; i++) {
      many.add(Codec.dynamic("x" + i, 8000, 1));
    }

    assertThatThrownBy(() -> payloadTypes.assign(many))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("no free dynamic payload type");
  }

  @Test
  void twoCodecsClaimingOneStaticNumberIsMisuse() {
    assertThatThrownBy(
            () -> payloadTypes.assign(List.of(Codec.ofStatic(0), new Codec("X", 8000, 1, "", 0))))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("static payload type 0");
  }
}
