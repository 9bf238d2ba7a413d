package io.parley.media.codec;

/**
 * Makes {@link AudioCodec} instances for one payload format. Implementations register in {@code
 * META-INF/services/io.parley.media.codec.AudioCodecFactory} and are found by {@link
 * CodecRegistry#load()}; a user adds a codec by adding a jar that does the same, or by passing an
 * instance to {@link CodecRegistry#with(AudioCodecFactory)}.
 *
 * <p>Factories are stateless and thread-safe; the codecs they make are not.
 */
public interface AudioCodecFactory {

  /** The payload format this factory's codecs speak. */
  CodecDescriptor descriptor();

  /**
   * The fmtp parameters to offer in SDP for this format (RFC 4566 §6), before any negotiation.
   * Empty for codecs without parameters.
   */
  default FormatParameters offer() {
    return FormatParameters.EMPTY;
  }

  /**
   * Creates a codec for one stream.
   *
   * @param remote the fmtp the peer sent for this payload type (what it can receive); {@link
   *     FormatParameters#EMPTY} when it sent none
   * @param frameMillis the negotiated packet time; must be one of {@code
   *     descriptor().frameMillis()}
   * @throws CodecException if a remote parameter has a value the codec cannot honour, or {@code
   *     frameMillis} is not supported; the message names the parameter and value
   */
  AudioCodec create(FormatParameters remote, int frameMillis) throws CodecException;

  /**
   * Creates a codec with the default packet time and no remote parameters.
   *
   * @throws CodecException if the codec cannot start (for example its library failed to load)
   */
  default AudioCodec create() throws CodecException {
    return create(FormatParameters.EMPTY, descriptor().defaultFrameMillis());
  }

  /**
   * Checks a packet time against the descriptor, for implementations of {@link #create}.
   *
   * @throws CodecException if {@code frameMillis} is not one of {@code descriptor().frameMillis()}
   */
  default void requireFrameMillis(int frameMillis) throws CodecException {
    if (!descriptor().frameMillis().contains(frameMillis)) {
      throw new CodecException(
          descriptor().encodingName()
              + ": ptime "
              + frameMillis
              + " ms not supported; use one of "
              + descriptor().frameMillis());
    }
  }
}
