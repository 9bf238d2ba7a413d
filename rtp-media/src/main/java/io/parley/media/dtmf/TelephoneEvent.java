package io.parley.media.dtmf;

import io.parley.media.MalformedPacketException;

/**
 * The RFC 4733 §2.3 telephone-event payload.
 *
 * <pre>
 *  0                   1                   2                   3
 *  0 1 2 3 4 5 6 7 8 9 0 1 2 3 4 5 6 7 8 9 0 1 2 3 4 5 6 7 8 9 0 1
 * +-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+
 * |     event     |E|R| volume    |          duration             |
 * +-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+
 * </pre>
 *
 * @param event the event code (0..15 are the DTMF digits)
 * @param end the E bit: this packet ends the event
 * @param volume the power level as a positive number of -dBm0, 0..63
 * @param duration the duration so far, in RTP timestamp units, 0..65535
 */
public record TelephoneEvent(int event, boolean end, int volume, int duration) {

  /** The payload length in bytes. */
  public static final int LENGTH = 4;

  /**
   * Validates the fields.
   *
   * @throws IllegalArgumentException naming the field that does not fit
   */
  public TelephoneEvent {
    check("event", event, 255);
    check("volume", volume, 63);
    check("duration", duration, 0xFFFF);
  }

  /**
   * Decodes the first event of a payload (RFC 2198 redundancy is not used).
   *
   * @throws MalformedPacketException if the payload has fewer than 4 bytes
   */
  public static TelephoneEvent decode(byte[] payload) throws MalformedPacketException {
    if (payload.length < LENGTH) {
      throw new MalformedPacketException(
          payload.length, "telephone-event needs 4 bytes, got " + payload.length);
    }
    return new TelephoneEvent(
        payload[0] & 0xFF,
        (payload[1] & 0x80) != 0,
        payload[1] & 0x3F,
        (payload[2] & 0xFF) << 8 | payload[3] & 0xFF);
  }

  /** Encodes the payload; the reserved R bit is zero. */
  public byte[] encode() {
    return new byte[] {
      (byte) event, (byte) ((end ? 0x80 : 0) | volume), (byte) (duration >>> 8), (byte) duration
    };
  }

  private static void check(String name, int value, int max) {
    if (value < 0 || value > max) {
      throw new IllegalArgumentException(name + " must be 0.." + max + ", got " + value);
    }
  }
}
