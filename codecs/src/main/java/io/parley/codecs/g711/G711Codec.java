package io.parley.codecs.g711;

import io.parley.codecs.PitchConcealingCodec;
import io.parley.media.codec.CodecDescriptor;
import io.parley.media.codec.CodecException;
import java.util.Objects;

/**
 * G.711 µ-law or A-law for one RTP stream (RFC 3551 §4.5.14): one octet per 8 kHz sample, so a 20
 * ms packet is 160 bytes. Loss is concealed by pitch repetition ({@link PacketLossConcealer}).
 */
public final class G711Codec extends PitchConcealingCodec {

  /** The companding law. */
  public enum Law {
    /** µ-law, PCMU, payload type 0. */
    ULAW,
    /** A-law, PCMA, payload type 8. */
    ALAW
  }

  private final Law law;

  G711Codec(Law law, CodecDescriptor descriptor, int frameMillis) {
    super(descriptor, frameMillis);
    this.law = law;
  }

  @Override
  public int maxPayloadBytes() {
    return frameSamples();
  }

  @Override
  public int encode(short[] pcm, int pcmOffset, byte[] out, int outOffset) {
    int n = frameSamples();
    Objects.checkFromIndexSize(pcmOffset, n, pcm.length);
    Objects.checkFromIndexSize(outOffset, n, out.length);
    if (law == Law.ULAW) {
      G711.encodeUlaw(pcm, pcmOffset, out, outOffset, n);
    } else {
      G711.encodeAlaw(pcm, pcmOffset, out, outOffset, n);
    }
    return n;
  }

  /** Decodes any number of octets, one sample each. */
  @Override
  public int decode(byte[] payload, int offset, int length, short[] pcm, int pcmOffset)
      throws CodecException {
    if (length == 0) {
      throw new CodecException(descriptor.encodingName() + ": empty payload");
    }
    Objects.checkFromIndexSize(offset, length, payload.length);
    Objects.checkFromIndexSize(pcmOffset, length, pcm.length);
    if (law == Law.ULAW) {
      G711.decodeUlaw(payload, offset, pcm, pcmOffset, length);
    } else {
      G711.decodeAlaw(payload, offset, pcm, pcmOffset, length);
    }
    decoded(pcm, pcmOffset, length);
    return length;
  }
}
