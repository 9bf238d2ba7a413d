package io.parley.codecs.g711;

import static org.assertj.core.api.Assertions.assertThat;

import io.parley.codecs.testing.Tools;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * G.711 against references: encoding against the arithmetic of the ITU-T G.191 software tools (the
 * ITU's own G.711 reference), decoding against FFmpeg's independent tables.
 */
class G711ReferenceTest {

  // G.191 µ-law compression: one's complement for negatives, 14 bits, bias 33, 8 segments.
  private static int g191Ulaw(int x) {
    int absno = Math.min(((x < 0 ? ~x : x) >> 2) + 33, 0x1FFF);
    int segno = 1;
    for (int i = absno >> 6; i != 0; i >>= 1) {
      segno++;
    }
    int out = ((8 - segno) << 4) | (0x0F - ((absno >> segno) & 0x0F));
    return x >= 0 ? out | 0x80 : out;
  }

  // G.191 A-law compression: 12 bits of one's-complement magnitude, then XOR 0x55.
  private static int g191Alaw(int x) {
    int ix = (x < 0 ? ~x : x) >> 4;
    if (ix > 15) {
      int exponent = 1;
      while (ix > 16 + 15) {
        ix >>= 1;
        exponent++;
      }
      ix = ix - 16 + (exponent << 4);
    }
    return (x >= 0 ? ix | 0x80 : ix) ^ 0x55;
  }

  @Test
  void g711_everySampleEncodesAsTheItuReferenceToolsDo() {
    short[] pcm = new short[1];
    byte[] code = new byte[1];
    for (int x = Short.MIN_VALUE; x <= Short.MAX_VALUE; x++) {
      pcm[0] = (short) x;
      G711.encodeUlaw(pcm, 0, code, 0, 1);
      assertThat(code[0] & 0xFF).as("µ-law of %d", x).isEqualTo(g191Ulaw(x));
      G711.encodeAlaw(pcm, 0, code, 0, 1);
      assertThat(code[0] & 0xFF).as("A-law of %d", x).isEqualTo(g191Alaw(x));
    }
  }

  private static short[] ffmpegDecode(String format) {
    byte[] codes = new byte[256];
    for (int i = 0; i < 256; i++) {
      codes[i] = (byte) i;
    }
    return Tools.fromLittleEndian(
        Tools.pipe(
            List.of(
                "ffmpeg",
                "-hide_banner",
                "-loglevel",
                "error",
                "-f",
                format,
                "-ar",
                "8000",
                "-ac",
                "1",
                "-i",
                "pipe:0",
                "-f",
                "s16le",
                "pipe:1"),
            codes,
            "ffmpeg"));
  }

  @Test
  void g711_everyCodeWordDecodesAsFfmpegDecodesIt() {
    short[] ulaw = ffmpegDecode("mulaw");
    short[] alaw = ffmpegDecode("alaw");
    byte[] code = new byte[1];
    short[] pcm = new short[1];
    for (int i = 0; i < 256; i++) {
      code[0] = (byte) i;
      G711.decodeUlaw(code, 0, pcm, 0, 1);
      assertThat(pcm[0]).as("µ-law code %02x", i).isEqualTo(ulaw[i]);
      G711.decodeAlaw(code, 0, pcm, 0, 1);
      assertThat(pcm[0]).as("A-law code %02x", i).isEqualTo(alaw[i]);
    }
  }
}
