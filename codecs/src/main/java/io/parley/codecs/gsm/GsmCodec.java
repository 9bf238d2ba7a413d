package io.parley.codecs.gsm;

import io.parley.codecs.PitchConcealingCodec;
import io.parley.media.codec.CodecDescriptor;
import io.parley.media.codec.CodecException;
import java.util.Objects;

/**
 * GSM 06.10 full rate for one RTP stream: every 20 ms of 8 kHz audio is one 33-octet frame (RFC
 * 3551 §4.5.8); a packet of {@code n} frames carries {@code 20n} ms. Loss is concealed by pitch
 * repetition.
 */
public final class GsmCodec extends PitchConcealingCodec {

  private final GsmEncoder encoder = new GsmEncoder();
  private final GsmDecoder decoder = new GsmDecoder();
  private final GsmFrame frame = new GsmFrame();

  GsmCodec(CodecDescriptor descriptor, int frameMillis) {
    super(descriptor, frameMillis);
  }

  @Override
  public int maxPayloadBytes() {
    return GsmFrame.OCTETS * frameMillis / 20;
  }

  @Override
  public int encode(short[] pcm, int pcmOffset, byte[] out, int outOffset) {
    int frames = frameMillis / 20;
    Objects.checkFromIndexSize(pcmOffset, 160 * frames, pcm.length);
    Objects.checkFromIndexSize(outOffset, GsmFrame.OCTETS * frames, out.length);
    for (int f = 0; f < frames; f++) {
      encoder.encode(pcm, pcmOffset + 160 * f, frame);
      frame.pack(out, outOffset + GsmFrame.OCTETS * f);
    }
    return GsmFrame.OCTETS * frames;
  }

  /**
   * {@inheritDoc}
   *
   * @throws CodecException if the length is not a whole number of 33-octet frames or a frame lacks
   *     the 0xD signature
   */
  @Override
  public int decode(byte[] payload, int offset, int length, short[] pcm, int pcmOffset)
      throws CodecException {
    if (length == 0 || length % GsmFrame.OCTETS != 0) {
      throw new CodecException(
          "GSM: payload of " + length + " octets is not whole 33-octet frames");
    }
    Objects.checkFromIndexSize(offset, length, payload.length);
    int frames = length / GsmFrame.OCTETS;
    Objects.checkFromIndexSize(pcmOffset, 160 * frames, pcm.length);
    for (int f = 0; f < frames; f++) {
      frame.unpack(payload, offset + GsmFrame.OCTETS * f);
      decoder.decode(frame, pcm, pcmOffset + 160 * f);
    }
    decoded(pcm, pcmOffset, 160 * frames);
    return 160 * frames;
  }

  @Override
  protected void resetState() {
    encoder.reset();
    decoder.reset();
  }
}
