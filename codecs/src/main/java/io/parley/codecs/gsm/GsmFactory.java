package io.parley.codecs.gsm;

import io.parley.media.codec.AudioCodec;
import io.parley.media.codec.AudioCodecFactory;
import io.parley.media.codec.CodecDescriptor;
import io.parley.media.codec.CodecException;
import io.parley.media.codec.FormatParameters;
import java.util.List;

/** Makes GSM 06.10 codecs: {@code GSM/8000}, static payload type 3 (RFC 3551 §6). */
public final class GsmFactory implements AudioCodecFactory {

  private static final CodecDescriptor DESCRIPTOR =
      new CodecDescriptor("GSM", 3, 8000, 8000, 1, List.of(20, 40, 60), false, false);

  /** Creates the factory (used by {@link java.util.ServiceLoader}). */
  public GsmFactory() {}

  @Override
  public CodecDescriptor descriptor() {
    return DESCRIPTOR;
  }

  /** {@inheritDoc} GSM has no fmtp parameters; any are ignored. */
  @Override
  public AudioCodec create(FormatParameters remote, int frameMillis) throws CodecException {
    requireFrameMillis(frameMillis);
    return new GsmCodec(DESCRIPTOR, frameMillis);
  }
}
