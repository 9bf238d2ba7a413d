package io.parley.media.stream;

import io.parley.media.dtmf.DtmfDigit;
import io.parley.media.dtmf.TelephoneEventSender;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.List;

/**
 * The keys a stream still has to send as RFC 4733 events, and the packet train of the key being
 * sent. Each event takes the audio timestamp of the frame in which it starts (RFC 4733 §2.5.1.1).
 */
final class DtmfOutbox {

  private record Pending(DtmfDigit digit, int durationMillis) {}

  private final int clockRate;
  private final int frameMillis;
  private final ArrayDeque<Pending> keys = new ArrayDeque<>();
  private final ArrayDeque<TelephoneEventSender.Frame> train = new ArrayDeque<>();
  private long eventTimestamp;

  DtmfOutbox(int clockRate, int frameMillis) {
    this.clockRate = clockRate;
    this.frameMillis = frameMillis;
  }

  void add(DtmfDigit digit, int durationMillis) {
    keys.add(new Pending(digit, durationMillis));
  }

  boolean active() {
    return !train.isEmpty() || !keys.isEmpty();
  }

  /** Returns the timestamp the frames of the current event carry. */
  long eventTimestamp() {
    return eventTimestamp;
  }

  /**
   * Returns the frames due in this frame period: one update, or all three end packets together.
   *
   * @param audioTimestamp the audio timestamp of this frame period, used if an event starts now
   */
  List<TelephoneEventSender.Frame> next(long audioTimestamp) {
    if (train.isEmpty()) {
      Pending key = keys.poll();
      if (key == null) {
        return List.of();
      }
      eventTimestamp = audioTimestamp;
      train.addAll(
          TelephoneEventSender.frames(key.digit(), key.durationMillis(), clockRate, frameMillis));
    }
    List<TelephoneEventSender.Frame> due = new ArrayList<>(3);
    TelephoneEventSender.Frame frame;
    do {
      frame = train.poll();
      due.add(frame);
    } while (frame.event().end() && !train.isEmpty());
    return due;
  }
}
