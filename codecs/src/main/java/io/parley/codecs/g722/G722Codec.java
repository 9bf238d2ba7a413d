package io.parley.codecs.g722;

import io.parley.codecs.PitchConcealingCodec;
import io.parley.media.codec.CodecDescriptor;
import io.parley.media.codec.CodecException;
import java.util.Objects;

/**
 * G.722 at 64 kbit/s for one RTP stream: 16 kHz PCM, one octet per two samples, so 20 ms is 320
 * samples in 160 octets while the RTP timestamp advances by 160 (RFC 3551 §4.5.2). Loss is
 * concealed by pitch repetition; the ADPCM state simply continues with the next packet.
 */
public final class G722Codec extends PitchConcealingCodec {

  private final G722Encoder encoder = new G722Encoder();
  private final G722Decoder decoder = new G722Decoder();

  G722Codec(CodecDescriptor descriptor, int frameMillis) {
    super(descriptor, frameMillis);
  }

  @Override
  public int maxPayloadBytes() {
    return frameSamples() / 2;
  }

  @Override
  public int encode(short[] pcm, int pcmOffset, byte[] out, int outOffset) {
    int n = frameSamples();
    Objects.checkFromIndexSize(pcmOffset, n, pcm.length);
    Objects.checkFromIndexSize(outOffset, n / 2, out.length);
    encoder.encode(pcm, pcmOffset, n, out, outOffset);
    return n / 2;
  }

  /** Decodes any number of octets into twice as many samples. */
  @Override
  public int decode(byte[] payload, int offset, int length, short[] pcm, int pcmOffset)
      throws CodecException {
    if (length == 0) {
      throw new CodecException("G722: empty payload");
    }
    Objects.checkFromIndexSize(offset, length, payload.length);
    Objects.checkFromIndexSize(pcmOffset, 2 * length, pcm.length);
    decoder.decode(payload, offset, length, pcm, pcmOffset);
    decoded(pcm, pcmOffset, 2 * length);
    return 2 * length;
  }

  @Override
  protected void resetState() {
    encoder.reset();
    decoder.reset();
  }
}
