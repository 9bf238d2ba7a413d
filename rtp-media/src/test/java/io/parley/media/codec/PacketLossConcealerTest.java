package io.parley.media.codec;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class PacketLossConcealerTest {

  private static final int RATE = 8000;
  private static final int FRAME = 160;

  private static short[] tone(int samples, double hz, double amplitude) {
    short[] s = new short[samples];
    for (int i = 0; i < samples; i++) {
      s[i] = (short) Math.round(amplitude * Math.sin(2 * Math.PI * hz * i / RATE));
    }
    return s;
  }

  private static int maxStep(short[] s, int from, int to) {
    int max = 0;
    for (int i = Math.max(1, from); i < to; i++) {
      max = Math.max(max, Math.abs(s[i] - s[i - 1]));
    }
    return max;
  }

  @Test
  void g711AppendixI_concealedToneContinuesWithoutClicksAndFadesOut() {
    short[] input = tone(FRAME * 20, 440, 10000);
    short[] output = new short[input.length];
    PacketLossConcealer plc = new PacketLossConcealer(RATE);
    for (int f = 0; f < 20; f++) {
      boolean lost = f >= 5 && f < 7 || f >= 10 && f < 15;
      if (lost) {
        plc.conceal(output, f * FRAME, FRAME);
      } else {
        System.arraycopy(input, f * FRAME, output, f * FRAME, FRAME);
        plc.decoded(output, f * FRAME, FRAME);
      }
    }
    int naturalStep = maxStep(input, 0, input.length);
    assertThat(maxStep(output, 0, output.length)).isLessThanOrEqualTo(naturalStep * 3 / 2);
    // 40 ms into the 100 ms gap the output is quieter; at 70 ms it is silent.
    int peakLate = 0;
    for (int i = 14 * FRAME + 80; i < 15 * FRAME; i++) {
      peakLate = Math.max(peakLate, Math.abs(output[i]));
    }
    assertThat(peakLate).isZero();
    // A short gap is filled with the tone, not silence.
    int peakGap = 0;
    for (int i = 5 * FRAME; i < 7 * FRAME; i++) {
      peakGap = Math.max(peakGap, Math.abs(output[i]));
    }
    assertThat(peakGap).isGreaterThan(6000);
  }

  @Test
  void g711AppendixI_lossBeforeAnyAudioIsSilence() {
    PacketLossConcealer plc = new PacketLossConcealer(RATE);
    short[] out = new short[FRAME];
    java.util.Arrays.fill(out, (short) 99);
    plc.conceal(out, 0, FRAME);
    assertThat(out).containsOnly((short) 0);
  }
}
