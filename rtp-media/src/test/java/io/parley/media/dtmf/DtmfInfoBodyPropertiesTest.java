package io.parley.media.dtmf;

import static org.assertj.core.api.Assertions.assertThat;

import io.parley.media.MalformedPacketException;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;

class DtmfInfoBodyPropertiesTest {

  @Property
  void dtmfRelay_anyBodyParsesOrFailsWithATypedError(@ForAll String body) {
    try {
      DtmfInfoBody parsed = DtmfInfoBody.parse(DtmfInfoBody.DTMF_RELAY, "Signal=" + body);
      assertThat(DtmfInfoBody.parse(DtmfInfoBody.DTMF_RELAY, parsed.formatRelay()))
          .isEqualTo(parsed);
    } catch (MalformedPacketException expected) {
      assertThat(expected.offset()).isNotNegative();
    }
  }
}
