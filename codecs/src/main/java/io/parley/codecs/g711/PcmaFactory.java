package io.parley.codecs.g711;

import io.parley.media.codec.AudioCodec;
import io.parley.media.codec.AudioCodecFactory;
import io.parley.media.codec.CodecDescriptor;
import io.parley.media.codec.CodecException;
import io.parley.media.codec.FormatParameters;

/** Makes G.711 A-law codecs: {@code PCMA/8000}, static payload type 8 (RFC 3551 §6). */
public final class PcmaFactory implements AudioCodecFactory {

  private static final CodecDescriptor DESCRIPTOR =
      new CodecDescriptor("PCMA", 8, 8000, 8000, 1, PcmuFactory.FRAME_MILLIS, false, false);

  /** Creates the factory (used by {@link java.util.ServiceLoader}). */
  public PcmaFactory() {}

  @Override
  public CodecDescriptor descriptor() {
    return DESCRIPTOR;
  }

  /** {@inheritDoc} PCMA has no fmtp parameters; any are ignored. */
  @Override
  public AudioCodec create(FormatParameters remote, int frameMillis) throws CodecException {
    requireFrameMillis(frameMillis);
    return new G711Codec(G711Codec.Law.ALAW, DESCRIPTOR, frameMillis);
  }
}
