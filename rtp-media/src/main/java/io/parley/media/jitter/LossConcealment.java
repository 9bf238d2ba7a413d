package io.parley.media.jitter;

/**
 * The packet loss concealment hook: when the jitter buffer answers {@link Playout.Conceal}, the
 * playout path asks the codec (or a generic concealer) for a stand-in frame. Codecs with built-in
 * concealment (Opus, G.722 Appendix III) implement it themselves; others use {@link
 * FadingRepeatConcealment}.
 */
public interface LossConcealment {

  /**
   * Remembers a normally decoded frame, the material for the next concealment.
   *
   * @param pcm the buffer holding the frame
   * @param offset the first sample
   * @param length the number of samples
   */
  void onDecoded(short[] pcm, int offset, int length);

  /**
   * Writes a stand-in for one lost frame.
   *
   * @param out the buffer to fill
   * @param offset the first sample to write
   * @param length the number of samples to write
   */
  void conceal(short[] out, int offset, int length);
}
