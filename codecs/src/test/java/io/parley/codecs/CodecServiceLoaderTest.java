package io.parley.codecs;

import static org.assertj.core.api.Assertions.assertThat;

import io.parley.media.codec.AudioCodecFactory;
import io.parley.media.codec.CodecRegistry;
import java.util.List;
import org.junit.jupiter.api.Test;

class CodecServiceLoaderTest {

  private final CodecRegistry registry = CodecRegistry.load();

  @Test
  void rfc3551Section6_serviceLoaderFindsEveryBuiltInCodec() {
    List<String> names = registry.factories().stream().map(f -> f.descriptor().rtpmap()).toList();
    assertThat(names)
        .contains(
            "opus/48000/2",
            "G722/8000",
            "PCMU/8000",
            "PCMA/8000",
            "GSM/8000",
            "L16/8000",
            "L16/16000",
            "L16/44100",
            "L16/48000");
  }

  @Test
  void rfc3551Section6_usersPickCodecsByNameAndOrder() {
    List<String> picked =
        registry.select("opus", "G722", "PCMU").stream()
            .map(AudioCodecFactory::descriptor)
            .map(d -> d.encodingName())
            .toList();
    assertThat(picked).containsExactly("opus", "G722", "PCMU");
  }

  @Test
  void rfc3551Section6_staticPayloadTypesResolve() {
    assertThat(registry.findStatic(0).orElseThrow().descriptor().encodingName()).isEqualTo("PCMU");
    assertThat(registry.findStatic(3).orElseThrow().descriptor().encodingName()).isEqualTo("GSM");
    assertThat(registry.findStatic(8).orElseThrow().descriptor().encodingName()).isEqualTo("PCMA");
    assertThat(registry.findStatic(9).orElseThrow().descriptor().encodingName()).isEqualTo("G722");
    assertThat(registry.findStatic(11).orElseThrow().descriptor().clockRate()).isEqualTo(44100);
    assertThat(registry.find("OPUS", 48000, 2)).isPresent();
  }
}
