package io.parley.codecs.speex;

import io.parley.media.codec.AudioCodec;
import io.parley.media.codec.CodecDescriptor;
import io.parley.media.codec.CodecException;
import java.io.StreamCorruptedException;
import java.util.Objects;
import org.xiph.speex.SpeexDecoder;
import org.xiph.speex.SpeexEncoder;

/**
 * Speex for one RTP stream (RFC 5574): one 20 ms frame per packet, constant bitrate at the
 * configured quality; concealment is the Speex decoder's own.
 */
public final class SpeexCodec implements AudioCodec {

  private final CodecDescriptor descriptor;
  private final int mode;
  private final int quality;
  private SpeexEncoder encoder;
  private SpeexDecoder decoder;

  SpeexCodec(CodecDescriptor descriptor, int mode, int quality) throws CodecException {
    this.descriptor = descriptor;
    this.mode = mode;
    this.quality = quality;
    start();
  }

  private void start() throws CodecException {
    encoder = new SpeexEncoder();
    decoder = new SpeexDecoder();
    int rate = descriptor.sampleRate();
    if (!encoder.init(mode, quality, rate, 1) || !decoder.init(mode, rate, 1, true)) {
      throw new CodecException("speex: cannot start mode " + mode + " at " + rate + " Hz");
    }
  }

  @Override
  public CodecDescriptor descriptor() {
    return descriptor;
  }

  @Override
  public int frameMillis() {
    return 20;
  }

  @Override
  public int maxPayloadBytes() {
    // The largest wideband mode is under 100 octets per frame; leave ample room.
    return 200;
  }

  @Override
  public int encode(short[] pcm, int pcmOffset, byte[] out, int outOffset) throws CodecException {
    int n = frameSamples();
    Objects.checkFromIndexSize(pcmOffset, n, pcm.length);
    if (!encoder.processData(pcm, pcmOffset, n)) {
      throw new CodecException("speex: encoder rejected a frame of " + n + " samples");
    }
    return encoder.getProcessedData(out, outOffset);
  }

  /** Decodes one frame; a packet carrying several frames yields only the first. */
  @Override
  public int decode(byte[] payload, int offset, int length, short[] pcm, int pcmOffset)
      throws CodecException {
    if (length == 0) {
      throw new CodecException("speex: empty payload");
    }
    Objects.checkFromIndexSize(offset, length, payload.length);
    Objects.checkFromIndexSize(pcmOffset, frameSamples(), pcm.length);
    try {
      decoder.processData(payload, offset, length);
    } catch (StreamCorruptedException | RuntimeException e) {
      // jspeex reports some malformed frames with runtime exceptions; keep them typed.
      throw new CodecException("speex: malformed frame of " + length + " octets", e);
    }
    return decoder.getProcessedData(pcm, pcmOffset);
  }

  @Override
  public int conceal(short[] pcm, int pcmOffset) {
    try {
      decoder.processData(null, 0, 0);
      return decoder.getProcessedData(pcm, pcmOffset);
    } catch (StreamCorruptedException | RuntimeException e) {
      java.util.Arrays.fill(pcm, pcmOffset, pcmOffset + frameSamples(), (short) 0);
      return frameSamples();
    }
  }

  @Override
  public void reset() {
    try {
      start();
    } catch (CodecException e) {
      throw new IllegalStateException("speex: restart failed after a successful start", e);
    }
  }
}
