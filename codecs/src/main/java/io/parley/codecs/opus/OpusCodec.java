package io.parley.codecs.opus;

import io.github.jaredmdobson.concentus.OpusApplication;
import io.github.jaredmdobson.concentus.OpusBandwidth;
import io.github.jaredmdobson.concentus.OpusDecoder;
import io.github.jaredmdobson.concentus.OpusEncoder;
import io.github.jaredmdobson.concentus.OpusException;
import io.github.jaredmdobson.concentus.OpusSignal;
import io.parley.media.codec.AudioCodec;
import io.parley.media.codec.CodecDescriptor;
import io.parley.media.codec.CodecException;
import io.parley.media.codec.FormatParameters;
import java.util.Objects;

/**
 * Opus for one RTP stream (RFC 7587). The RTP clock is always 48 kHz; PCM runs at the configured
 * rate. Concealment and FEC recovery come from the Opus decoder itself. With DTX on, {@link
 * #encode} returns 0 for frames the encoder marks as silence (RFC 7587 §3.1.3), meaning "send
 * nothing".
 */
public final class OpusCodec implements AudioCodec {

  /** 120 ms at 48 kHz: the longest Opus packet (RFC 6716 §3.2.5). */
  private static final int MAX_PACKET_MILLIS = 120;

  private final CodecDescriptor descriptor;
  private final OpusNegotiation negotiated;
  private final int frameMillis;
  private final int channels;
  private final OpusEncoder encoder;
  private final OpusDecoder decoder;

  OpusCodec(CodecDescriptor descriptor, OpusNegotiation negotiated, int frameMillis)
      throws CodecException {
    this.descriptor = descriptor;
    this.negotiated = negotiated;
    this.frameMillis = frameMillis;
    this.channels = negotiated.settings().stereo() ? 2 : 1;
    int rate = negotiated.settings().sampleRate();
    try {
      this.encoder = new OpusEncoder(rate, channels, OpusApplication.OPUS_APPLICATION_VOIP);
      this.decoder = new OpusDecoder(rate, channels);
    } catch (OpusException e) {
      throw new CodecException("opus: cannot start at " + rate + " Hz: " + e.getMessage(), e);
    }
    configure();
  }

  private void configure() {
    encoder.setBitrate(negotiated.bitrate());
    encoder.setComplexity(negotiated.settings().complexity());
    encoder.setSignalType(OpusSignal.OPUS_SIGNAL_VOICE);
    encoder.setMaxBandwidth(negotiated.maxBandwidth());
    encoder.setUseInbandFEC(negotiated.fec());
    encoder.setPacketLossPercent(negotiated.fec() ? negotiated.settings().packetLossPercent() : 0);
    encoder.setUseDTX(negotiated.dtx());
    encoder.setUseVBR(!negotiated.cbr());
    if (channels == 2 && !negotiated.remoteStereo()) {
      encoder.setForceChannels(1);
    }
  }

  @Override
  public CodecDescriptor descriptor() {
    return descriptor;
  }

  @Override
  public int sampleRate() {
    return negotiated.settings().sampleRate();
  }

  @Override
  public int channels() {
    return channels;
  }

  @Override
  public int frameMillis() {
    return frameMillis;
  }

  @Override
  public int maxPayloadBytes() {
    return 1275 * Math.max(1, frameMillis / 20);
  }

  /** The bandwidth the encoder is limited to after negotiation. */
  public OpusBandwidth maxBandwidth() {
    return negotiated.maxBandwidth();
  }

  /** The target bitrate after negotiation, in bit/s. */
  public int bitrate() {
    return negotiated.bitrate();
  }

  /** Whether the encoder adds in-band FEC after negotiation. */
  public boolean sendsFec() {
    return negotiated.fec();
  }

  /** Whether the encoder uses discontinuous transmission after negotiation. */
  public boolean usesDtx() {
    return negotiated.dtx();
  }

  @Override
  public int encode(short[] pcm, int pcmOffset, byte[] out, int outOffset) throws CodecException {
    int n = frameSamples();
    Objects.checkFromIndexSize(pcmOffset, n * channels, pcm.length);
    try {
      int length = encoder.encode(pcm, pcmOffset, n, out, outOffset, out.length - outOffset);
      return negotiated.dtx() && length <= 2 ? 0 : length;
    } catch (OpusException e) {
      throw new CodecException("opus: encode failed: " + e.getMessage(), e);
    }
  }

  @Override
  public int decode(byte[] payload, int offset, int length, short[] pcm, int pcmOffset)
      throws CodecException {
    if (length == 0) {
      throw new CodecException("opus: empty payload");
    }
    Objects.checkFromIndexSize(offset, length, payload.length);
    return run(payload, offset, length, pcm, pcmOffset, maxSamples(pcm, pcmOffset), false);
  }

  @Override
  public int conceal(short[] pcm, int pcmOffset) {
    try {
      return run(null, 0, 0, pcm, pcmOffset, frameSamples(), false);
    } catch (CodecException e) {
      // Concealment reads no input, so it cannot meet malformed data; fall back to silence.
      java.util.Arrays.fill(pcm, pcmOffset, pcmOffset + frameSamples() * channels, (short) 0);
      return frameSamples();
    }
  }

  /** Decodes the lost frame from the FEC (LBRR) data in {@code next} (RFC 7587 §3.3). */
  @Override
  public int decodeFec(byte[] next, int offset, int length, short[] pcm, int pcmOffset)
      throws CodecException {
    if (length == 0) {
      return conceal(pcm, pcmOffset);
    }
    Objects.checkFromIndexSize(offset, length, next.length);
    return run(next, offset, length, pcm, pcmOffset, frameSamples(), true);
  }

  private int maxSamples(short[] pcm, int pcmOffset) {
    int room = (pcm.length - pcmOffset) / channels;
    return Math.min(room, sampleRate() * MAX_PACKET_MILLIS / 1000);
  }

  private int run(
      byte[] in, int offset, int length, short[] pcm, int pcmOffset, int samples, boolean fec)
      throws CodecException {
    Objects.checkFromIndexSize(pcmOffset, samples * channels, pcm.length);
    try {
      return decoder.decode(in, offset, length, pcm, pcmOffset, samples, fec);
    } catch (OpusException | RuntimeException e) {
      // Concentus signals some malformed packets with runtime exceptions; keep them typed.
      throw new CodecException(
          "opus: cannot decode packet of " + length + " octets: " + e.getMessage(), e);
    }
  }

  @Override
  public FormatParameters fmtp() {
    return OpusNegotiation.receiveParameters(negotiated.settings());
  }

  @Override
  public void reset() {
    encoder.resetState();
    decoder.resetState();
    configure();
  }
}
