package io.parley.codecs;

import io.parley.media.codec.AudioCodec;
import io.parley.media.codec.CodecDescriptor;
import io.parley.media.codec.PacketLossConcealer;
import java.util.Objects;

/**
 * What the codecs without a concealment of their own share (G.711, G.722, GSM, L16): their
 * descriptor and packet time, and pitch-repetition loss concealment fed with every decoded frame
 * (RFC 3550 §10 leaves concealment to the receiver).
 *
 * <p>Subclasses call {@link #decoded} after each successful decode and put their own state back in
 * {@link #resetState()}.
 */
public abstract class PitchConcealingCodec implements AudioCodec {

  /** What this codec is. */
  protected final CodecDescriptor descriptor;

  /** The packet time in milliseconds. */
  protected final int frameMillis;

  private final PacketLossConcealer plc;

  /** A codec for {@code descriptor} sending {@code frameMillis} of audio per packet. */
  protected PitchConcealingCodec(CodecDescriptor descriptor, int frameMillis) {
    this.descriptor = Objects.requireNonNull(descriptor, "descriptor");
    this.frameMillis = frameMillis;
    this.plc = new PacketLossConcealer(descriptor.sampleRate());
  }

  @Override
  public final CodecDescriptor descriptor() {
    return descriptor;
  }

  @Override
  public final int frameMillis() {
    return frameMillis;
  }

  /** Tells the concealer about {@code count} samples just decoded into {@code pcm}. */
  protected final void decoded(short[] pcm, int offset, int count) {
    plc.decoded(pcm, offset, count);
  }

  /** Fills one frame by repeating the last pitch period, fading out over consecutive losses. */
  @Override
  public final int conceal(short[] pcm, int pcmOffset) {
    int n = frameSamples();
    plc.conceal(pcm, pcmOffset, n);
    return n;
  }

  @Override
  public final void reset() {
    plc.reset();
    resetState();
  }

  /** Puts the codec's own encoder and decoder state back to the start; nothing by default. */
  protected void resetState() {}
}
