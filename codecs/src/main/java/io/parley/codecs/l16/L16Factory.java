package io.parley.codecs.l16;

import io.parley.media.codec.AudioCodec;
import io.parley.media.codec.AudioCodecFactory;
import io.parley.media.codec.CodecDescriptor;
import io.parley.media.codec.CodecException;
import io.parley.media.codec.FormatParameters;
import java.util.List;

/**
 * Makes mono L16 codecs at one sample rate. The nested classes are the ServiceLoader providers for
 * 8, 16, 44.1 and 48 kHz; {@code new L16Factory(rate)} makes any other rate.
 */
public class L16Factory implements AudioCodecFactory {

  private final CodecDescriptor descriptor;

  /**
   * Creates a factory for mono L16 at {@code sampleRate}. 44100 Hz mono gets the static payload
   * type 11 of RFC 3551 §6; other rates are dynamic.
   *
   * @throws IllegalArgumentException if {@code sampleRate} is not positive
   */
  public L16Factory(int sampleRate) {
    int pt = sampleRate == 44100 ? 11 : CodecDescriptor.DYNAMIC;
    this.descriptor =
        new CodecDescriptor("L16", pt, sampleRate, sampleRate, 1, List.of(20, 10), false, false);
  }

  @Override
  public final CodecDescriptor descriptor() {
    return descriptor;
  }

  /** {@inheritDoc} L16 has no fmtp parameters; any are ignored. */
  @Override
  public final AudioCodec create(FormatParameters remote, int frameMillis) throws CodecException {
    requireFrameMillis(frameMillis);
    return new L16Codec(descriptor, frameMillis);
  }

  /** L16/8000. */
  public static final class Rate8000 extends L16Factory {
    /** Creates the factory. */
    public Rate8000() {
      super(8000);
    }
  }

  /** L16/16000. */
  public static final class Rate16000 extends L16Factory {
    /** Creates the factory. */
    public Rate16000() {
      super(16000);
    }
  }

  /** L16/44100, static payload type 11. */
  public static final class Rate44100 extends L16Factory {
    /** Creates the factory. */
    public Rate44100() {
      super(44100);
    }
  }

  /** L16/48000. */
  public static final class Rate48000 extends L16Factory {
    /** Creates the factory. */
    public Rate48000() {
      super(48000);
    }
  }
}
