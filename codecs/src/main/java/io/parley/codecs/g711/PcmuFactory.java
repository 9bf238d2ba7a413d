package io.parley.codecs.g711;

import io.parley.media.codec.AudioCodec;
import io.parley.media.codec.AudioCodecFactory;
import io.parley.media.codec.CodecDescriptor;
import io.parley.media.codec.CodecException;
import io.parley.media.codec.FormatParameters;
import java.util.List;

/** Makes G.711 µ-law codecs: {@code PCMU/8000}, static payload type 0 (RFC 3551 §6). */
public final class PcmuFactory implements AudioCodecFactory {

  static final List<Integer> FRAME_MILLIS = List.of(20, 10, 30, 40, 60);

  private static final CodecDescriptor DESCRIPTOR =
      new CodecDescriptor("PCMU", 0, 8000, 8000, 1, FRAME_MILLIS, false, false);

  /** Creates the factory (used by {@link java.util.ServiceLoader}). */
  public PcmuFactory() {}

  @Override
  public CodecDescriptor descriptor() {
    return DESCRIPTOR;
  }

  /** {@inheritDoc} PCMU has no fmtp parameters; any are ignored. */
  @Override
  public AudioCodec create(FormatParameters remote, int frameMillis) throws CodecException {
    requireFrameMillis(frameMillis);
    return new G711Codec(G711Codec.Law.ULAW, DESCRIPTOR, frameMillis);
  }
}
