package io.parley.media.jitter;

import io.parley.media.rtp.RtpPacket;
import io.parley.media.rtp.TimestampUnwrapper;
import java.util.Map;
import java.util.TreeMap;

/**
 * An adaptive jitter buffer for one received audio stream, pulled once per frame by the media clock
 * (DESIGN.md: no thread per call).
 *
 * <p>Packets are ordered by extended RTP timestamp, so reordering is undone and duplicates and
 * packets whose time has passed are dropped. The target delay is the spread of recent relative
 * delays (arrival minus timestamp, RFC 3550 A.8) plus one frame, clamped to the configured range:
 * it grows as soon as late packets show up and shrinks back once they leave the window. The buffer
 * grows by re-buffering after an underrun or at a talkspurt start (marker bit, RFC 3551 §4.1), and
 * shrinks by dropping a frame when it stays above target, which also absorbs clock skew. A new SSRC
 * or a timestamp jump beyond {@value #RESYNC_SECONDS} s restarts it.
 *
 * <p>Not thread-safe: offer and poll run on the stream's media thread. Times are media-clock
 * nanoseconds passed in by the caller.
 */
public final class JitterBuffer {

  private static final int RESYNC_SECONDS = 4;
  private static final int DELAY_WINDOW = 128;
  private static final int SHRINK_AFTER_POLLS = 8;
  private static final int MAX_CONCEALED_IN_A_ROW = 5;

  private enum State {
    IDLE,
    BUFFERING,
    PLAYING
  }

  /** What happened to an offered packet. */
  public enum Arrival {
    /** Queued for playout. */
    QUEUED,
    /** A copy of a queued packet; dropped. */
    DUPLICATE,
    /** Its playout time has passed; dropped. */
    LATE,
    /** The buffer restarted for a new SSRC or a timestamp jump; the packet was queued. */
    RESYNCED,
    /** The buffer is full (far beyond the maximum delay); dropped. */
    OVERFLOW
  }

  private final JitterConfig config;
  private final int frameUnits;
  private final TreeMap<Long, RtpPacket> packets = new TreeMap<>();
  private final long[] delays = new long[DELAY_WINDOW];
  private final JitterCounters counters = new JitterCounters();
  private TimestampUnwrapper unwrapper;
  private State state = State.IDLE;
  private boolean haveSsrc;
  private long ssrc;
  private int delayCount;
  private long playoutTs;
  private long startAtNanos;
  private long targetUnits;
  private int surplusPolls;
  private int concealedInARow;

  /** Creates an empty buffer. */
  public JitterBuffer(JitterConfig config) {
    this.config = config;
    this.frameUnits = config.frameUnits();
    this.targetUnits = config.millisToUnits(config.initialDelayMillis());
    this.unwrapper = new TimestampUnwrapper(Integer.MAX_VALUE);
  }

  /**
   * Takes a received packet (after SRTP and source validation).
   *
   * @param packet the packet
   * @param arrivalNanos when it arrived, on the media clock
   * @return what happened to it
   */
  public Arrival offer(RtpPacket packet, long arrivalNanos) {
    counters.received++;
    boolean resynced = false;
    if (haveSsrc && packet.ssrc() != ssrc) {
      restart();
      resynced = true;
    }
    haveSsrc = true;
    ssrc = packet.ssrc();
    long ts = unwrapper.extend(packet.timestamp());
    long resyncUnits = (long) config.clockRate() * RESYNC_SECONDS;
    if (state != State.IDLE && Math.abs(ts - playoutTs) > resyncUnits) {
      restart();
      ts = unwrapper.extend(packet.timestamp());
      resynced = true;
    }
    recordDelay(arrivalNanos, ts);
    if (!placeInTimeline(ts, packet.marker(), arrivalNanos)) {
      counters.late++;
      return Arrival.LATE;
    }
    if (packets.containsKey(ts)) {
      counters.duplicates++;
      return Arrival.DUPLICATE;
    }
    if (packets.size() >= config.capacity()) {
      counters.overflows++;
      return Arrival.OVERFLOW;
    }
    packets.put(ts, packet);
    if (resynced) {
      counters.resyncs++;
    }
    return resynced ? Arrival.RESYNCED : Arrival.QUEUED;
  }

  /** Anchors, re-anchors or checks lateness; returns false if the packet's time has passed. */
  private boolean placeInTimeline(long ts, boolean marker, long arrivalNanos) {
    if (state == State.IDLE) {
      anchor(ts, arrivalNanos);
    } else if (state == State.BUFFERING && ts < playoutTs) {
      playoutTs = ts;
    } else if (state == State.PLAYING
        && packets.isEmpty()
        && (concealedInARow >= MAX_CONCEALED_IN_A_ROW || marker && ts > playoutTs)) {
      anchor(ts, arrivalNanos);
    } else if (ts < playoutTs) {
      return false;
    }
    return true;
  }

  /**
   * Returns what to play for the frame period starting at {@code nowNanos}. Call once per frame.
   */
  public Playout poll(long nowNanos) {
    if (state == State.IDLE || state == State.BUFFERING && nowNanos < startAtNanos) {
      return new Playout.Silence();
    }
    state = State.PLAYING;
    adjustLevel();
    Map.Entry<Long, RtpPacket> next = packets.ceilingEntry(playoutTs);
    if (next != null && next.getKey() < playoutTs + frameUnits) {
      packets.remove(next.getKey());
      playoutTs = next.getKey() + frameUnits;
      concealedInARow = 0;
      counters.played++;
      RtpPacket packet = next.getValue();
      return new Playout.Frame(packet.payload(), packet.timestamp(), packet.sequenceNumber());
    }
    if (next == null) {
      // Hold the playout point: the late packet plays next, and the delay grows by this frame.
      counters.underruns++;
    } else {
      playoutTs += frameUnits;
    }
    if (concealedInARow >= MAX_CONCEALED_IN_A_ROW) {
      return new Playout.Silence();
    }
    concealedInARow++;
    counters.concealed++;
    return new Playout.Conceal();
  }

  /** Drops frames when the buffer holds more than it needs (RFC 3550 A.8 spread plus one frame). */
  private void adjustLevel() {
    long level = level();
    long max = config.millisToUnits(config.maxDelayMillis());
    if (level > max) {
      dropUntil(level - targetUnits);
      surplusPolls = 0;
    } else if (level > targetUnits + 2L * frameUnits) {
      if (++surplusPolls >= SHRINK_AFTER_POLLS) {
        dropUntil(frameUnits);
        surplusPolls = 0;
      }
    } else {
      surplusPolls = 0;
    }
  }

  private void dropUntil(long units) {
    long end = playoutTs + units;
    while (!packets.isEmpty() && packets.firstKey() < end) {
      packets.pollFirstEntry();
      counters.dropped++;
    }
    playoutTs = end;
  }

  private long level() {
    return packets.isEmpty() ? 0 : packets.lastKey() + frameUnits - playoutTs;
  }

  private void anchor(long ts, long arrivalNanos) {
    state = State.BUFFERING;
    playoutTs = ts;
    startAtNanos = arrivalNanos + targetUnits * 1_000_000_000L / config.clockRate();
    concealedInARow = 0;
  }

  private void restart() {
    packets.clear();
    unwrapper = new TimestampUnwrapper(Integer.MAX_VALUE);
    delayCount = 0;
    state = State.IDLE;
  }

  private void recordDelay(long arrivalNanos, long ts) {
    long arrivalUnits = (arrivalNanos / 1000) * config.clockRate() / 1_000_000;
    delays[delayCount++ % DELAY_WINDOW] = arrivalUnits - ts;
    int count = Math.min(delayCount, DELAY_WINDOW);
    long low = Long.MAX_VALUE;
    long high = Long.MIN_VALUE;
    for (int i = 0; i < count; i++) {
      low = Math.min(low, delays[i]);
      high = Math.max(high, delays[i]);
    }
    long wanted = high - low + frameUnits;
    targetUnits =
        Math.max(
            config.millisToUnits(config.minDelayMillis()),
            Math.min(config.millisToUnits(config.maxDelayMillis()), wanted));
  }

  /** Returns a snapshot of the counters and the current and target delay. */
  public JitterStatistics statistics() {
    return counters.snapshot(
        level() * 1000.0 / config.clockRate(), targetUnits * 1000.0 / config.clockRate());
  }
}
