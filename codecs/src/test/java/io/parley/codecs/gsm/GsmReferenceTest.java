package io.parley.codecs.gsm;

import static org.assertj.core.api.Assertions.assertThat;

import io.parley.codecs.testing.Signals;
import io.parley.codecs.testing.Tools;
import io.parley.media.codec.AudioCodec;
import java.nio.ByteOrder;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Bit-exactness against the reference GSM 06.10 implementation ({@code toast}/{@code untoast} from
 * Debian's libgsm-tools), whose 33-octet frame is the one RFC 3551 §4.5.8 adopted.
 */
class GsmReferenceTest {

  // toast -l reads and untoast -l writes 16-bit linear PCM in host byte order.
  private static final boolean LITTLE = ByteOrder.nativeOrder() == ByteOrder.LITTLE_ENDIAN;

  private static short[] input() {
    short[] speech = Signals.speech(8000);
    short[] tone = Signals.tone(8000, 8000, 1000, 40000);
    short[] all = Arrays.copyOf(speech, (speech.length + tone.length) / 160 * 160);
    System.arraycopy(tone, 0, all, speech.length, all.length - speech.length);
    return all;
  }

  @Test
  void gsm0610Section4_2_encoderMatchesTheReferenceEncoderBitForBit() throws Exception {
    org.junit.jupiter.api.Assumptions.assumeTrue(LITTLE, "toast reads host byte order");
    short[] pcm = input();
    byte[] reference =
        Tools.pipe(List.of("toast", "-l", "-c"), Tools.littleEndian(pcm), "libgsm-tools");
    AudioCodec codec = new GsmFactory().create();
    byte[] mine = new byte[pcm.length / 160 * 33];
    for (int f = 0; f < pcm.length / 160; f++) {
      codec.encode(pcm, 160 * f, mine, 33 * f);
    }
    assertThat(reference).hasSize(mine.length);
    for (int f = 0; f < pcm.length / 160; f++) {
      assertThat(Arrays.copyOfRange(mine, 33 * f, 33 * f + 33))
          .as("frame %d", f)
          .isEqualTo(Arrays.copyOfRange(reference, 33 * f, 33 * f + 33));
    }
  }

  @Test
  void gsm0610Section4_3_decoderMatchesTheReferenceDecoderSampleForSample() throws Exception {
    org.junit.jupiter.api.Assumptions.assumeTrue(LITTLE, "untoast writes host byte order");
    short[] pcm = input();
    byte[] frames =
        Tools.pipe(List.of("toast", "-l", "-c"), Tools.littleEndian(pcm), "libgsm-tools");
    short[] reference =
        Tools.fromLittleEndian(Tools.pipe(List.of("untoast", "-l", "-c"), frames, "libgsm-tools"));
    AudioCodec codec = new GsmFactory().create();
    short[] mine = new short[frames.length / 33 * 160];
    for (int f = 0; f < frames.length / 33; f++) {
      codec.decode(frames, 33 * f, 33, mine, 160 * f);
    }
    assertThat(mine).isEqualTo(reference);
  }
}
