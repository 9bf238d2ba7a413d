package io.parley.media.jitter;

import java.util.Arrays;

/**
 * Generic concealment for codecs without their own: repeats the last good frame, fading by 3 dB per
 * further lost frame and falling silent after {@value #FRAMES_BEFORE_SILENCE} losses in a row, so a
 * short loss is bridged and a long one does not buzz.
 */
public final class FadingRepeatConcealment implements LossConcealment {

  private static final int FRAMES_BEFORE_SILENCE = 6;
  private static final double FADE_PER_FRAME = Math.sqrt(0.5);

  private short[] last = new short[0];
  private int lastLength;
  private int lost;

  @Override
  public void onDecoded(short[] pcm, int offset, int length) {
    if (last.length < length) {
      last = new short[length];
    }
    System.arraycopy(pcm, offset, last, 0, length);
    lastLength = length;
    lost = 0;
  }

  @Override
  public void conceal(short[] out, int offset, int length) {
    if (lastLength == 0 || lost >= FRAMES_BEFORE_SILENCE) {
      Arrays.fill(out, offset, offset + length, (short) 0);
      lost++;
      return;
    }
    double gain = Math.pow(FADE_PER_FRAME, lost);
    for (int i = 0; i < length; i++) {
      out[offset + i] = (short) Math.round(last[i % lastLength] * gain);
    }
    lost++;
  }
}
