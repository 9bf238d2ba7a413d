package io.parley.media.codec;

import java.util.List;

/**
 * What a codec is on the wire: its SDP {@code rtpmap} name, payload type, RTP clock rate and
 * channel count (RFC 4566 §6, RFC 3551 §6), plus the PCM side it works on.
 *
 * <p>The RTP clock rate and the audio sample rate differ for some codecs: G.722 samples at 16 kHz
 * but RFC 3551 §4.5.2 fixes its RTP clock at 8000 Hz; Opus always signals 48000 Hz (RFC 7587 §4.1)
 * whatever its internal rate.
 *
 * @param encodingName the rtpmap encoding name, spelled as its RFC spells it ({@code PCMU}, {@code
 *     opus})
 * @param payloadType the static payload type (0..34), or {@link #DYNAMIC} for 96..127
 * @param clockRate the RTP timestamp clock in Hz
 * @param sampleRate the PCM sample rate the codec encodes and decodes, in Hz
 * @param channels the channel count in the rtpmap ({@code opus/48000/2} says 2)
 * @param frameMillis the packet times the codec can encode, the first being the default
 * @param concealment true if the codec conceals lost packets itself (rather than repeating pitch)
 * @param fec true if the codec can recover a lost frame from the next packet (in-band FEC)
 */
public record CodecDescriptor(
    String encodingName,
    int payloadType,
    int clockRate,
    int sampleRate,
    int channels,
    List<Integer> frameMillis,
    boolean concealment,
    boolean fec) {

  /** Marks a codec without a static payload type: the offer picks one from 96..127. */
  public static final int DYNAMIC = -1;

  /**
   * Checks the fields.
   *
   * @throws IllegalArgumentException naming the field and its bad value
   */
  public CodecDescriptor {
    if (encodingName == null || encodingName.isBlank() || encodingName.contains("/")) {
      throw new IllegalArgumentException("encodingName must be a token: '" + encodingName + "'");
    }
    if (payloadType != DYNAMIC && (payloadType < 0 || payloadType > 127)) {
      throw new IllegalArgumentException("payloadType out of 0..127: " + payloadType);
    }
    if (clockRate <= 0 || sampleRate <= 0 || channels < 1) {
      throw new IllegalArgumentException(
          "rates and channels must be positive: clockRate="
              + clockRate
              + " sampleRate="
              + sampleRate
              + " channels="
              + channels);
    }
    if (frameMillis == null || frameMillis.isEmpty()) {
      throw new IllegalArgumentException("frameMillis is empty for " + encodingName);
    }
    frameMillis = List.copyOf(frameMillis);
  }

  /** The default packet time in milliseconds (the first of {@link #frameMillis()}). */
  public int defaultFrameMillis() {
    return frameMillis.get(0);
  }

  /** The rtpmap value: {@code name/clock} or {@code name/clock/channels} when channels > 1. */
  public String rtpmap() {
    return encodingName + "/" + clockRate + (channels > 1 ? "/" + channels : "");
  }
}
