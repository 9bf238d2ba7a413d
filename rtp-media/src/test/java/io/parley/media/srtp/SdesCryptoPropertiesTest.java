package io.parley.media.srtp;

import static org.assertj.core.api.Assertions.assertThat;

import io.parley.media.MalformedPacketException;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

class SdesCryptoPropertiesTest {

  @Property
  void rfc4568Section9_2_anyAttributeTextParsesOrFailsWithATypedError(
      @ForAll("attributes") String text) {
    try {
      SdesCrypto crypto = SdesCrypto.parse(text);
      assertThat(SdesCrypto.parse(crypto.format()).suite()).isEqualTo(crypto.suite());
    } catch (MalformedPacketException expected) {
      assertThat(expected.getMessage()).isNotBlank();
    }
  }

  @Provide
  Arbitrary<String> attributes() {
    Arbitrary<String> noise = Arbitraries.strings().ofMaxLength(60);
    Arbitrary<String> shaped =
        Arbitraries.strings()
            .withChars("0123456789|:^ ")
            .ofMaxLength(20)
            .map(
                tail ->
                    "1 AES_CM_128_HMAC_SHA1_80 inline:"
                        + "PS1uQCVeeCFCanVmcjkpPywjNWhcYD0mXXtxaVBR"
                        + tail.replace(" ", "|"));
    return Arbitraries.oneOf(noise, shaped);
  }
}
