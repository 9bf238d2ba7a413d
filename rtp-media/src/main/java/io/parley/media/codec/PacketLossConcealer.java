package io.parley.media.codec;

/**
 * Conceals lost frames for codecs that have no concealment of their own (G.711, G.722, L16, GSM) by
 * repeating the last pitch period, in the spirit of ITU-T G.711 Appendix I.
 *
 * <p>On the first lost frame it finds the pitch of the recent signal (2.5 to 15 ms) by normalised
 * autocorrelation and repeats that period. After 10 ms of loss the output fades linearly and is
 * silent 60 ms into the loss, so a long gap does not buzz. The first good frame after a loss is
 * cross-faded over 4 ms with the continued synthetic signal, so neither edge of a gap clicks.
 *
 * <p>Mono, one instance per stream, not thread-safe.
 */
public final class PacketLossConcealer {

  private final int minPitch;
  private final int maxPitch;
  private final int fadeStart;
  private final int fadeLength;
  private final int blend;
  private final short[] history;
  private int historyFill;
  private int pitch;
  private int phase;
  private int lostSamples;

  /**
   * Creates a concealer for PCM at {@code sampleRate}.
   *
   * @throws IllegalArgumentException if {@code sampleRate} is below 4000 Hz
   */
  public PacketLossConcealer(int sampleRate) {
    if (sampleRate < 4000) {
      throw new IllegalArgumentException("sampleRate below 4000 Hz: " + sampleRate);
    }
    minPitch = sampleRate / 400;
    maxPitch = sampleRate * 15 / 1000;
    fadeStart = sampleRate / 100;
    fadeLength = sampleRate / 20;
    blend = sampleRate / 250;
    history = new short[3 * maxPitch];
  }

  /**
   * Records a correctly decoded frame. If it follows concealed frames, its start is blended in
   * place with the concealment so the join is smooth.
   */
  public void decoded(short[] pcm, int offset, int length) {
    if (lostSamples > 0) {
      int n = Math.min(blend, length);
      for (int i = 0; i < n; i++) {
        double w = (double) (i + 1) / (n + 1);
        pcm[offset + i] = (short) Math.round(w * pcm[offset + i] + (1 - w) * nextSynthetic());
      }
      lostSamples = 0;
    }
    remember(pcm, offset, length);
  }

  /** Writes {@code length} concealment samples at {@code pcm[offset]}. */
  public void conceal(short[] pcm, int offset, int length) {
    if (lostSamples == 0) {
      pitch = historyFill < 2 * maxPitch ? 0 : findPitch();
      phase = 0;
    }
    for (int i = 0; i < length; i++) {
      pcm[offset + i] = nextSynthetic();
    }
  }

  /** Forgets the history, as for a new stream. */
  public void reset() {
    historyFill = 0;
    lostSamples = 0;
    pitch = 0;
  }

  private short nextSynthetic() {
    if (pitch == 0) {
      lostSamples++;
      return 0;
    }
    int sample = history[history.length - pitch + phase];
    phase = (phase + 1) % pitch;
    double gain = 1.0;
    if (lostSamples > fadeStart) {
      gain = Math.max(0.0, 1.0 - (double) (lostSamples - fadeStart) / fadeLength);
    }
    lostSamples++;
    return (short) Math.round(sample * gain);
  }

  private void remember(short[] pcm, int offset, int length) {
    if (length >= history.length) {
      System.arraycopy(pcm, offset + length - history.length, history, 0, history.length);
    } else {
      System.arraycopy(history, length, history, 0, history.length - length);
      System.arraycopy(pcm, offset, history, history.length - length, length);
    }
    historyFill = Math.min(history.length, historyFill + length);
  }

  // Normalised cross-correlation of the last maxPitch samples with the window `lag` earlier.
  private int findPitch() {
    int end = history.length;
    int window = maxPitch;
    double best = -1;
    int bestLag = 0;
    for (int lag = minPitch; lag <= maxPitch; lag++) {
      double cross = 0;
      double energy = 1e-9;
      for (int i = end - window; i < end; i++) {
        cross += (double) history[i] * history[i - lag];
        energy += (double) history[i - lag] * history[i - lag];
      }
      double score = cross / Math.sqrt(energy);
      if (score > best) {
        best = score;
        bestLag = lag;
      }
    }
    return best <= 0 ? 0 : bestLag;
  }
}
