package io.parley.codecs.l16;

import io.parley.codecs.PitchConcealingCodec;
import io.parley.media.codec.CodecDescriptor;
import io.parley.media.codec.CodecException;
import java.util.Objects;

/**
 * L16 mono for one RTP stream (RFC 3551 §4.5.11): each sample is two octets, most significant
 * first. Loss is concealed by pitch repetition.
 */
public final class L16Codec extends PitchConcealingCodec {

  L16Codec(CodecDescriptor descriptor, int frameMillis) {
    super(descriptor, frameMillis);
  }

  @Override
  public int maxPayloadBytes() {
    return 2 * frameSamples();
  }

  @Override
  public int encode(short[] pcm, int pcmOffset, byte[] out, int outOffset) {
    int n = frameSamples();
    Objects.checkFromIndexSize(pcmOffset, n, pcm.length);
    Objects.checkFromIndexSize(outOffset, 2 * n, out.length);
    for (int i = 0; i < n; i++) {
      short s = pcm[pcmOffset + i];
      out[outOffset + 2 * i] = (byte) (s >> 8);
      out[outOffset + 2 * i + 1] = (byte) s;
    }
    return 2 * n;
  }

  /**
   * {@inheritDoc}
   *
   * @throws CodecException if the payload is empty or has an odd number of octets
   */
  @Override
  public int decode(byte[] payload, int offset, int length, short[] pcm, int pcmOffset)
      throws CodecException {
    if (length == 0 || length % 2 != 0) {
      throw new CodecException("L16: payload of " + length + " octets is not whole samples");
    }
    Objects.checkFromIndexSize(offset, length, payload.length);
    int n = length / 2;
    Objects.checkFromIndexSize(pcmOffset, n, pcm.length);
    for (int i = 0; i < n; i++) {
      pcm[pcmOffset + i] =
          (short) ((payload[offset + 2 * i] << 8) | (payload[offset + 2 * i + 1] & 0xFF));
    }
    decoded(pcm, pcmOffset, n);
    return n;
  }
}
