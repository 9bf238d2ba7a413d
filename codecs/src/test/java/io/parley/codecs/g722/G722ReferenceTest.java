package io.parley.codecs.g722;

import static org.assertj.core.api.Assertions.assertThat;

import io.parley.codecs.testing.Signals;
import io.parley.codecs.testing.Tools;
import io.parley.media.codec.AudioCodec;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Bit-exactness against an independent G.722 implementation (FFmpeg's, from Debian's ffmpeg
 * package): same octets from the same 16 kHz input, same samples from the same octets.
 */
class G722ReferenceTest {

  private static final List<String> ENCODE =
      List.of(
          "ffmpeg",
          "-hide_banner",
          "-loglevel",
          "error",
          "-f",
          "s16le",
          "-ar",
          "16000",
          "-ac",
          "1",
          "-i",
          "pipe:0",
          "-c:a",
          "g722",
          "-f",
          "g722",
          "pipe:1");
  private static final List<String> DECODE =
      List.of(
          "ffmpeg",
          "-hide_banner",
          "-loglevel",
          "error",
          "-f",
          "g722",
          "-i",
          "pipe:0",
          "-f",
          "s16le",
          "-ac",
          "1",
          "pipe:1");

  private static short[] input() {
    short[] speech = Signals.speech(16000);
    short[] loud = Signals.tone(16000, 16000, 5500, 50000);
    short[] all = Arrays.copyOf(speech, (speech.length + loud.length) / 320 * 320);
    System.arraycopy(loud, 0, all, speech.length, all.length - speech.length);
    return all;
  }

  @Test
  void g722Section3_encoderMatchesAnIndependentImplementationBitForBit() throws Exception {
    short[] pcm = input();
    byte[] reference = Tools.pipe(ENCODE, Tools.littleEndian(pcm), "ffmpeg");
    AudioCodec codec = new G722Factory().create();
    byte[] mine = new byte[pcm.length / 2];
    for (int f = 0; f < pcm.length / 320; f++) {
      codec.encode(pcm, 320 * f, mine, 160 * f);
    }
    assertThat(mine).isEqualTo(reference);
  }

  @Test
  void g722Section4_decoderMatchesAnIndependentImplementationSampleForSample() throws Exception {
    short[] pcm = input();
    byte[] octets = Tools.pipe(ENCODE, Tools.littleEndian(pcm), "ffmpeg");
    short[] reference = Tools.fromLittleEndian(Tools.pipe(DECODE, octets, "ffmpeg"));
    AudioCodec codec = new G722Factory().create();
    short[] mine = new short[2 * octets.length];
    codec.decode(octets, 0, octets.length, mine, 0);
    assertThat(mine).isEqualTo(reference);
  }
}
