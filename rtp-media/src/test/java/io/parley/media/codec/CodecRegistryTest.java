package io.parley.media.codec;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.junit.jupiter.api.Test;

class CodecRegistryTest {

  /** A trivial codec that copies samples as big-endian bytes, to exercise the SPI. */
  private record Fake(CodecDescriptor descriptor) implements AudioCodecFactory {
    static Fake of(String name, int pt, int rate) {
      return new Fake(new CodecDescriptor(name, pt, rate, rate, 1, List.of(20), false, false));
    }

    @Override
    public AudioCodec create(FormatParameters remote, int frameMillis) throws CodecException {
      requireFrameMillis(frameMillis);
      throw new CodecException("not needed");
    }
  }

  private final Fake pcmu = Fake.of("PCMU", 0, 8000);
  private final Fake l16a = Fake.of("L16", CodecDescriptor.DYNAMIC, 8000);
  private final Fake l16b = Fake.of("L16", CodecDescriptor.DYNAMIC, 16000);
  private final Fake opus = Fake.of("opus", CodecDescriptor.DYNAMIC, 48000);
  private final CodecRegistry registry = CodecRegistry.of(List.of(pcmu, l16a, l16b, opus));

  @Test
  void rfc3551Section6_selectionFollowsTheUsersOrderAndIgnoresCase() {
    assertThat(registry.select("OPUS", "pcmu")).containsExactly(opus, pcmu);
  }

  @Test
  void rfc4566Section6_nameWithoutRateSelectsEveryRateAndNameWithRateOnlyThatOne() {
    assertThat(registry.select("L16")).containsExactly(l16a, l16b);
    assertThat(registry.select("l16/16000", "L16")).containsExactly(l16b, l16a);
  }

  @Test
  void unknownCodecNameIsRejectedWithTheAvailableList() {
    assertThatThrownBy(() -> registry.select("G729"))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("no codec named 'G729'")
        .hasMessageContaining("PCMU/8000");
    assertThatThrownBy(() -> registry.select("L16/abc")).hasMessageContaining("NAME/clockRate");
  }

  @Test
  void rfc4566Section6_rtpmapAndStaticPayloadTypesFindTheirFactory() {
    assertThat(registry.find("l16", 16000, 1)).contains(l16b);
    assertThat(registry.find("opus", 48000, 2)).isEmpty();
    assertThat(registry.findStatic(0)).contains(pcmu);
    assertThat(registry.findStatic(8)).isEmpty();
  }

  @Test
  void aUserCodecReplacesTheBuiltInOneWithTheSameNameAndRate() {
    Fake mine = Fake.of("pcmu", 0, 8000);
    assertThat(registry.with(mine).factories()).containsExactly(mine, l16a, l16b, opus);
  }

  @Test
  void serviceLoaderWithoutProvidersGivesAnEmptyRegistry() {
    assertThat(CodecRegistry.load().factories()).isEmpty();
  }

  @Test
  void rfc4566Section6_unsupportedPtimeIsATypedError() {
    assertThatThrownBy(() -> pcmu.create(FormatParameters.EMPTY, 30))
        .isInstanceOf(CodecException.class)
        .hasMessageContaining("ptime 30 ms not supported");
  }

  @Test
  void descriptorRejectsBadFieldsAndFormatsTheRtpmap() {
    assertThat(new CodecDescriptor("opus", -1, 48000, 48000, 2, List.of(20), true, true).rtpmap())
        .isEqualTo("opus/48000/2");
    assertThat(pcmu.descriptor().rtpmap()).isEqualTo("PCMU/8000");
    assertThatThrownBy(
            () -> new CodecDescriptor("a/b", 0, 8000, 8000, 1, List.of(20), false, false))
        .hasMessageContaining("encodingName");
    assertThatThrownBy(
            () -> new CodecDescriptor("X", 200, 8000, 8000, 1, List.of(20), false, false))
        .hasMessageContaining("payloadType out of 0..127: 200");
  }
}
