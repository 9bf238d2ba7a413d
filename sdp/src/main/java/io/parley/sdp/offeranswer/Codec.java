package io.parley.sdp.offeranswer;

import io.parley.sdp.RtpMap;
import java.util.Locale;
import java.util.Optional;

/**
 * A media format as offer/answer sees it: encoding name, clock rate, channels, format parameters
 * and an RTP payload type (RFC 3264 §5.1, RFC 3551 §6).
 *
 * <p>Two codecs {@link #matches match} when their encoding names are equal ignoring case and their
 * clock rates and channel counts are equal; payload type numbers and fmtp do not take part.
 *
 * @param encodingName the rtpmap encoding name, e.g. {@code PCMU} or {@code opus}
 * @param clockRate the RTP clock rate in Hz
 * @param channels the audio channel count, 1 for mono and for video
 * @param fmtp the format parameters, empty for none
 * @param payloadType 0-127, or {@link #DYNAMIC} to let the session pick a free number from 96-127
 */
public record Codec(
    String encodingName, int clockRate, int channels, String fmtp, int payloadType) {

  /** Payload type placeholder: any free dynamic number (RFC 3551 §3: 96-127). */
  public static final int DYNAMIC = -1;

  private static final String[] STATIC_TYPES = {
    "PCMU/8000/1",
    null,
    null,
    "GSM/8000/1",
    "G723/8000/1",
    "DVI4/8000/1",
    "DVI4/16000/1",
    "LPC/8000/1",
    "PCMA/8000/1",
    "G722/8000/1",
    "L16/44100/2",
    "L16/44100/1",
    "QCELP/8000/1",
    "CN/8000/1",
    "MPA/90000/1",
    "G728/8000/1",
    "DVI4/11025/1",
    "DVI4/22050/1",
    "G729/8000/1",
    null,
    null,
    null,
    null,
    null,
    null,
    "CelB/90000/1",
    "JPEG/90000/1",
    null,
    "nv/90000/1",
    null,
    null,
    "H261/90000/1",
    "MPV/90000/1",
    "MP2T/90000/1",
    "H263/90000/1"
  };

  /**
   * Checks the fields.
   *
   * @throws IllegalArgumentException if the name is empty or holds white space or '/', the clock
   *     rate or channels are below 1, or the payload type is neither 0-127 nor {@link #DYNAMIC}
   */
  public Codec {
    if (encodingName.isEmpty() || encodingName.chars().anyMatch(c -> c <= ' ' || c == '/')) {
      throw new IllegalArgumentException(
          "codec encoding name is not a token: '" + encodingName + "'");
    }
    if (clockRate < 1 || channels < 1) {
      throw new IllegalArgumentException(
          "codec clock rate and channels must be >= 1: " + clockRate + "/" + channels);
    }
    if (payloadType < DYNAMIC || payloadType > 127) {
      throw new IllegalArgumentException("payload type must be 0-127 or DYNAMIC: " + payloadType);
    }
    if (fmtp.indexOf('\r') >= 0 || fmtp.indexOf('\n') >= 0) {
      throw new IllegalArgumentException("codec fmtp must not contain CR or LF: '" + fmtp + "'");
    }
  }

  /**
   * The codec RFC 3551 §6 assigns to a static payload type, e.g. 0 for PCMU/8000.
   *
   * @throws IllegalArgumentException if {@code payloadType} is not an assigned static type
   */
  public static Codec ofStatic(int payloadType) {
    return staticType(payloadType)
        .orElseThrow(
            () ->
                new IllegalArgumentException(
                    "no static RTP payload type " + payloadType + " in RFC 3551 §6"));
  }

  /** The codec of a static payload type, or empty when the number is not assigned. */
  public static Optional<Codec> staticType(int payloadType) {
    if (payloadType < 0
        || payloadType >= STATIC_TYPES.length
        || STATIC_TYPES[payloadType] == null) {
      return Optional.empty();
    }
    String[] p = STATIC_TYPES[payloadType].split("/");
    return Optional.of(
        new Codec(p[0], Integer.parseInt(p[1]), Integer.parseInt(p[2]), "", payloadType));
  }

  /** A codec with a dynamic payload type, e.g. {@code dynamic("opus", 48000, 2)}. */
  public static Codec dynamic(String encodingName, int clockRate, int channels) {
    return new Codec(encodingName, clockRate, channels, "", DYNAMIC);
  }

  /** The codec an rtpmap line describes, with the given fmtp. */
  public static Codec of(RtpMap rtpMap, String fmtp) {
    return new Codec(
        rtpMap.encodingName(), rtpMap.clockRate(), rtpMap.channels(), fmtp, rtpMap.payloadType());
  }

  /** RFC 4733 {@code telephone-event} at this clock rate with the given payload type. */
  public static Codec telephoneEvent(int clockRate, int payloadType, String events) {
    return new Codec("telephone-event", clockRate, 1, events, payloadType);
  }

  /** This codec with other format parameters. */
  public Codec withFmtp(String parameters) {
    return new Codec(encodingName, clockRate, channels, parameters, payloadType);
  }

  /** This codec with another payload type. */
  public Codec withPayloadType(int type) {
    return new Codec(encodingName, clockRate, channels, fmtp, type);
  }

  /** Whether both describe the same encoding: name (ignoring case), clock rate and channels. */
  public boolean matches(Codec other) {
    return encodingName.equalsIgnoreCase(other.encodingName)
        && clockRate == other.clockRate
        && channels == other.channels;
  }

  /** Whether this is RFC 4733 {@code telephone-event}. */
  public boolean isTelephoneEvent() {
    return "telephone-event".equalsIgnoreCase(encodingName);
  }

  /** Whether the payload type is still to be chosen. */
  public boolean isDynamic() {
    return payloadType == DYNAMIC;
  }

  /**
   * The rtpmap line for this codec.
   *
   * @throws IllegalStateException if no payload type has been chosen yet
   */
  public RtpMap rtpMap() {
    if (payloadType == DYNAMIC) {
      throw new IllegalStateException("codec " + this + " has no payload type yet");
    }
    return new RtpMap(payloadType, encodingName, clockRate, channels);
  }

  /** A lower-case key naming the encoding, for maps keyed by {@link #matches}. */
  String key() {
    return encodingName.toLowerCase(Locale.ROOT) + "/" + clockRate + "/" + channels;
  }

  /** {@code name/rate[/channels]} and the payload type, for logs and errors. */
  @Override
  public String toString() {
    String base = encodingName + "/" + clockRate + (channels == 1 ? "" : "/" + channels);
    return payloadType == DYNAMIC ? base : base + " (PT " + payloadType + ")";
  }
}
