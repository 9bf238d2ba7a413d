package io.parley.media.dtmf;

import java.util.ArrayList;
import java.util.List;

/**
 * Produces the RFC 4733 packet train for one digit: a first packet with the marker bit, an update
 * every packet interval with the growing duration, and the final packet sent three times with the E
 * bit (RFC 4733 §2.5.1.4). Every packet of one event carries the event's start timestamp; the
 * caller gives each its own sequence number.
 */
public final class TelephoneEventSender {

  /** The recommended power level, -10 dBm0. */
  public static final int DEFAULT_VOLUME = 10;

  private static final int END_REPEATS = 3;

  private TelephoneEventSender() {}

  /**
   * One packet of the train.
   *
   * @param marker whether the RTP marker bit is set (first packet of the event only)
   * @param event the payload
   */
  public record Frame(boolean marker, TelephoneEvent event) {

    /** Returns the 4-byte payload. */
    public byte[] payload() {
      return event.encode();
    }
  }

  /**
   * Builds the packet train for a digit.
   *
   * @param digit the digit
   * @param durationMillis how long the key is held, 10..8000 ms
   * @param clockRate the telephone-event clock rate from SDP (8000 for {@code
   *     telephone-event/8000})
   * @param packetMillis the update interval, typically 20 or 50 ms
   * @return the frames in send order; the last three are the identical end packets
   * @throws IllegalArgumentException if a duration or rate is out of range or the duration
   *     overflows the 16-bit field
   */
  public static List<Frame> frames(
      DtmfDigit digit, int durationMillis, int clockRate, int packetMillis) {
    if (durationMillis < 10 || durationMillis > 8000 || packetMillis < 5 || clockRate < 1000) {
      throw new IllegalArgumentException(
          "need duration 10..8000 ms, packet interval >= 5 ms and clock rate >= 1000, got "
              + durationMillis
              + "/"
              + packetMillis
              + "/"
              + clockRate);
    }
    long total = (long) durationMillis * clockRate / 1000;
    if (total > 0xFFFF) {
      throw new IllegalArgumentException(
          durationMillis + " ms overflows the duration field at " + clockRate + " Hz");
    }
    int step = packetMillis * clockRate / 1000;
    List<Frame> frames = new ArrayList<>();
    for (long elapsed = step; elapsed < total; elapsed += step) {
      frames.add(
          new Frame(
              frames.isEmpty(),
              new TelephoneEvent(digit.event(), false, DEFAULT_VOLUME, (int) elapsed)));
    }
    for (int i = 0; i < END_REPEATS; i++) {
      frames.add(
          new Frame(
              frames.isEmpty(),
              new TelephoneEvent(digit.event(), true, DEFAULT_VOLUME, (int) total)));
    }
    return frames;
  }
}
