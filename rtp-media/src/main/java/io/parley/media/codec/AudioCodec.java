package io.parley.media.codec;

/**
 * One stream's encoder and decoder for one negotiated payload format. PCM is 16-bit signed, at
 * {@link #sampleRate()}, interleaved when {@link #channels()} is 2; a frame is {@link
 * #frameSamples()} samples per channel.
 *
 * <p>An instance keeps the state of one RTP stream (predictors, filter memories) and is not
 * thread-safe: the media clock calls it from one thread at a time. Create one per stream from an
 * {@link AudioCodecFactory}.
 */
public interface AudioCodec {

  /** The codec's wire description (name, payload type, clock rate). */
  CodecDescriptor descriptor();

  /** The PCM sample rate in Hz. */
  default int sampleRate() {
    return descriptor().sampleRate();
  }

  /** The number of interleaved PCM channels (1 unless a stereo mode was negotiated). */
  default int channels() {
    return 1;
  }

  /** The packet time this instance encodes, in milliseconds. */
  int frameMillis();

  /** PCM samples per channel in one frame: {@code sampleRate * frameMillis / 1000}. */
  default int frameSamples() {
    return sampleRate() * frameMillis() / 1000;
  }

  /** How far the RTP timestamp advances per frame: {@code clockRate * frameMillis / 1000}. */
  default int rtpTimestampIncrement() {
    return descriptor().clockRate() * frameMillis() / 1000;
  }

  /** An upper bound on the bytes {@link #encode} writes for one frame. */
  int maxPayloadBytes();

  /**
   * Encodes one frame of {@code frameSamples() * channels()} samples starting at {@code
   * pcm[pcmOffset]} into an RTP payload.
   *
   * @return the payload length written at {@code out[outOffset]}; 0 means "send nothing" (DTX)
   * @throws CodecException if the underlying encoder fails
   * @throws IndexOutOfBoundsException if the arrays are too short for a frame
   */
  int encode(short[] pcm, int pcmOffset, byte[] out, int outOffset) throws CodecException;

  /**
   * Decodes one RTP payload into PCM at {@code pcm[pcmOffset]}; the array needs room for {@code
   * frameSamples() * channels()} samples (more if the peer packs longer packets; codecs with
   * self-describing packets, like Opus, accept up to 120 ms).
   *
   * @return the samples per channel written
   * @throws CodecException if the payload is malformed or of a length the codec cannot decode; the
   *     message names the codec and the length
   */
  int decode(byte[] payload, int offset, int length, short[] pcm, int pcmOffset)
      throws CodecException;

  /**
   * Fills one frame of PCM for a packet that never arrived (packet loss concealment). Repeated
   * calls fade towards silence; the next {@link #decode} blends back in without a click.
   *
   * @return the samples per channel written, always {@link #frameSamples()}
   */
  int conceal(short[] pcm, int pcmOffset);

  /**
   * Recovers a lost frame from the forward error correction data carried in the packet that
   * followed it (Opus in-band FEC, RFC 7587 §3.3). Codecs without FEC conceal instead.
   *
   * @param next the payload that arrived after the lost one
   * @return the samples per channel written for the lost frame
   * @throws CodecException if {@code next} is malformed
   */
  default int decodeFec(byte[] next, int offset, int length, short[] pcm, int pcmOffset)
      throws CodecException {
    return conceal(pcm, pcmOffset);
  }

  /**
   * The fmtp parameters this instance puts in its own SDP (what it is willing to receive), for
   * example {@code useinbandfec=1} for Opus. Empty for codecs without parameters.
   */
  default FormatParameters fmtp() {
    return FormatParameters.EMPTY;
  }

  /** Forgets all stream state, as for a new RTP stream (new SSRC). */
  void reset();
}
