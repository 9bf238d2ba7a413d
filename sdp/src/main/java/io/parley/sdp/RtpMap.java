package io.parley.sdp;

import java.util.List;

/**
 * The {@code a=rtpmap} attribute (RFC 8866 §6.6): {@code <payload type> <encoding name>/<clock
 * rate>[/<encoding parameters>]}, mapping an RTP payload type to a codec.
 *
 * @param payloadType 0-127
 * @param encodingName e.g. {@code PCMU}, {@code opus}, {@code telephone-event}; compared without
 *     regard to case
 * @param clockRate the RTP clock rate in Hz
 * @param channels the audio channel count; 1 when the line has no encoding parameters
 */
public record RtpMap(int payloadType, String encodingName, int clockRate, int channels) {

  /**
   * Checks the fields.
   *
   * @throws IllegalArgumentException if a number is out of range or the name has white space or a
   *     slash
   */
  public RtpMap {
    if (payloadType < 0 || payloadType > 127) {
      throw new IllegalArgumentException("rtpmap payload type must be 0-127: " + payloadType);
    }
    Syntax.checkWord(encodingName, "rtpmap encoding name");
    if (encodingName.indexOf('/') >= 0 || clockRate < 1 || channels < 1) {
      throw new IllegalArgumentException(
          "rtpmap needs a name without '/', clock rate >= 1 and channels >= 1: "
              + encodingName
              + "/"
              + clockRate
              + "/"
              + channels);
    }
  }

  static RtpMap parse(String value) throws SdpParseException {
    String text = "a=rtpmap:" + value;
    String expected = "<payload type> <encoding name>/<clock rate>[/<encoding parameters>]";
    List<String> f = Syntax.fields(value);
    Syntax.require(f.size() == 2, text, expected);
    int pt = (int) Syntax.number(f.get(0), 0, 127, text, "payload type 0-127 in rtpmap");
    String[] parts = f.get(1).split("/", -1);
    Syntax.require(parts.length == 2 || parts.length == 3, text, expected);
    Syntax.require(!parts[0].isEmpty(), text, "an encoding name before '/'");
    int rate = (int) Syntax.number(parts[1], 1, Integer.MAX_VALUE, text, "a clock rate in Hz");
    int channels =
        parts.length == 3
            ? (int) Syntax.number(parts[2], 1, 255, text, "a channel count 1-255")
            : 1;
    return new RtpMap(pt, parts[0], rate, channels);
  }

  /** Whether this maps the RFC 4733 {@code telephone-event} payload. */
  public boolean isTelephoneEvent() {
    return "telephone-event".equalsIgnoreCase(encodingName);
  }

  /** The attribute value after {@code a=rtpmap:}; channels are written only when not 1. */
  @Override
  public String toString() {
    String base = payloadType + " " + encodingName + "/" + clockRate;
    return channels == 1 ? base : base + "/" + channels;
  }
}
