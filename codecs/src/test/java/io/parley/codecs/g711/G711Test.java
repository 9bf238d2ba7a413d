package io.parley.codecs.g711;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class G711Test {

  @Test
  void g711_ulawSilenceIsAllOnesAndDecodesToZero() {
    byte[] out = new byte[1];
    G711.encodeUlaw(new short[] {0}, 0, out, 0, 1);
    assertThat(out[0] & 0xFF).isEqualTo(0xFF);
    short[] pcm = new short[1];
    G711.decodeUlaw(out, 0, pcm, 0, 1);
    assertThat(pcm[0]).isZero();
  }

  @Test
  void g711_alawSilenceIsTheXorPattern() {
    byte[] out = new byte[1];
    G711.encodeAlaw(new short[] {0}, 0, out, 0, 1);
    assertThat(out[0] & 0xFF).isEqualTo(0xD5);
  }

  @Test
  void g711_everyCodeWordSurvivesDecodeThenEncode() {
    for (int code = 0; code < 256; code++) {
      if (code == 0x7F) {
        continue; // µ-law negative zero decodes to 0, which encodes as positive zero (0xFF)
      }
      short[] pcm = new short[1];
      byte[] again = new byte[1];
      G711.decodeUlaw(new byte[] {(byte) code}, 0, pcm, 0, 1);
      G711.encodeUlaw(pcm, 0, again, 0, 1);
      assertThat(again[0] & 0xFF).as("µ-law code %02x", code).isEqualTo(code);
      G711.decodeAlaw(new byte[] {(byte) code}, 0, pcm, 0, 1);
      G711.encodeAlaw(pcm, 0, again, 0, 1);
      assertThat(again[0] & 0xFF).as("A-law code %02x", code).isEqualTo(code);
    }
  }

  @Test
  void g711_quantisationErrorStaysWithinTheSegmentStep() {
    short[] pcm = new short[1];
    byte[] code = new byte[1];
    for (int sample = -32768; sample <= 32767; sample += 7) {
      pcm[0] = (short) sample;
      G711.encodeUlaw(pcm, 0, code, 0, 1);
      short[] back = new short[1];
      G711.decodeUlaw(code, 0, back, 0, 1);
      int error = Math.abs(back[0] - Math.max(-32635, Math.min(32635, sample)));
      assertThat(error).as("sample %d", sample).isLessThanOrEqualTo(Math.abs(sample) / 16 + 8);
    }
  }
}
