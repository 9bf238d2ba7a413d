package io.parley.codecs.g722;

import io.parley.media.codec.AudioCodec;
import io.parley.media.codec.AudioCodecFactory;
import io.parley.media.codec.CodecDescriptor;
import io.parley.media.codec.CodecException;
import io.parley.media.codec.FormatParameters;
import java.util.List;

/**
 * Makes G.722 codecs: {@code G722/8000}, static payload type 9, 16 kHz audio (RFC 3551 §4.5.2: the
 * clock rate in SDP is 8000 "for historical reasons").
 */
public final class G722Factory implements AudioCodecFactory {

  private static final CodecDescriptor DESCRIPTOR =
      new CodecDescriptor("G722", 9, 8000, 16000, 1, List.of(20, 10, 30, 40, 60), false, false);

  /** Creates the factory (used by {@link java.util.ServiceLoader}). */
  public G722Factory() {}

  @Override
  public CodecDescriptor descriptor() {
    return DESCRIPTOR;
  }

  /** {@inheritDoc} G.722 has no fmtp parameters; any are ignored. */
  @Override
  public AudioCodec create(FormatParameters remote, int frameMillis) throws CodecException {
    requireFrameMillis(frameMillis);
    return new G722Codec(DESCRIPTOR, frameMillis);
  }
}
