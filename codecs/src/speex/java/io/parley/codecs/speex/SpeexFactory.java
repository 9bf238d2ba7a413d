package io.parley.codecs.speex;

import io.parley.media.codec.AudioCodec;
import io.parley.media.codec.AudioCodecFactory;
import io.parley.media.codec.CodecDescriptor;
import io.parley.media.codec.CodecException;
import io.parley.media.codec.FormatParameters;
import java.util.List;

/**
 * Makes Speex codecs for one band: {@code speex/8000} (narrowband, mode 0) or {@code speex/16000}
 * (wideband, mode 1), dynamic payload type (RFC 5574 §3). The nested classes are the ServiceLoader
 * providers, at quality 8 (15 kbit/s narrowband, 27.8 kbit/s wideband).
 */
public class SpeexFactory implements AudioCodecFactory {

  private final CodecDescriptor descriptor;
  private final int mode;
  private final int quality;

  /**
   * Creates a factory.
   *
   * @param sampleRate 8000 (narrowband) or 16000 (wideband)
   * @param quality Speex quality 0..10
   * @throws IllegalArgumentException if either value is out of range
   */
  public SpeexFactory(int sampleRate, int quality) {
    if (sampleRate != 8000 && sampleRate != 16000) {
      throw new IllegalArgumentException("speex sampleRate must be 8000 or 16000: " + sampleRate);
    }
    if (quality < 0 || quality > 10) {
      throw new IllegalArgumentException("speex quality outside 0..10: " + quality);
    }
    this.mode = sampleRate == 8000 ? 0 : 1;
    this.quality = quality;
    this.descriptor =
        new CodecDescriptor(
            "speex", CodecDescriptor.DYNAMIC, sampleRate, sampleRate, 1, List.of(20), true, false);
  }

  @Override
  public final CodecDescriptor descriptor() {
    return descriptor;
  }

  /** {@inheritDoc} The RFC 5574 parameters (vbr, cng, mode) are accepted and ignored. */
  @Override
  public final AudioCodec create(FormatParameters remote, int frameMillis) throws CodecException {
    requireFrameMillis(frameMillis);
    return new SpeexCodec(descriptor, mode, quality);
  }

  /** speex/8000, narrowband. */
  public static final class Narrowband extends SpeexFactory {
    /** Creates the factory at quality 8. */
    public Narrowband() {
      super(8000, 8);
    }
  }

  /** speex/16000, wideband. */
  public static final class Wideband extends SpeexFactory {
    /** Creates the factory at quality 8. */
    public Wideband() {
      super(16000, 8);
    }
  }
}
