package io.parley.codecs.opus;

import io.parley.media.codec.AudioCodec;
import io.parley.media.codec.AudioCodecFactory;
import io.parley.media.codec.CodecDescriptor;
import io.parley.media.codec.CodecException;
import io.parley.media.codec.FormatParameters;
import java.util.List;

/**
 * Makes Opus codecs: {@code opus/48000/2}, dynamic payload type (RFC 7587 §7). The no-argument
 * constructor (used by ServiceLoader) applies {@link OpusSettings#VOICE}.
 */
public final class OpusFactory implements AudioCodecFactory {

  private final OpusSettings settings;
  private final CodecDescriptor descriptor;

  /** Creates a factory with {@link OpusSettings#VOICE}. */
  public OpusFactory() {
    this(OpusSettings.VOICE);
  }

  /** Creates a factory with the given local settings. */
  public OpusFactory(OpusSettings settings) {
    this.settings = settings;
    this.descriptor =
        new CodecDescriptor(
            "opus",
            CodecDescriptor.DYNAMIC,
            48000,
            settings.sampleRate(),
            2,
            List.of(20, 10, 40, 60),
            true,
            true);
  }

  @Override
  public CodecDescriptor descriptor() {
    return descriptor;
  }

  @Override
  public FormatParameters offer() {
    return OpusNegotiation.receiveParameters(settings);
  }

  /**
   * {@inheritDoc} Understands {@code maxaveragebitrate}, {@code maxplaybackrate}, {@code stereo},
   * {@code useinbandfec}, {@code usedtx} and {@code cbr} (RFC 7587 §6.1); others are ignored.
   */
  @Override
  public AudioCodec create(FormatParameters remote, int frameMillis) throws CodecException {
    requireFrameMillis(frameMillis);
    return new OpusCodec(descriptor, OpusNegotiation.of(settings, remote), frameMillis);
  }
}
