package io.parley.transport.clock;

import io.parley.media.port.MediaClock;

/** One registration: its tick, period, phase and how many ticks it has had. */
final class ClockSubscription implements MediaClock.Subscription {

  final MediaClock.Tick tick;
  final long period;
  final long start;
  private long count;
  private volatile boolean cancelled;

  ClockSubscription(MediaClock.Tick tick, long period, long start) {
    this.tick = tick;
    this.period = period;
    this.start = start;
  }

  /** The absolute deadline of the next tick; only the owning worker reads it. */
  long deadline() {
    return start + count * period;
  }

  void advance(long ticks) {
    count += ticks;
  }

  boolean cancelled() {
    return cancelled;
  }

  @Override
  public void close() {
    cancelled = true;
  }
}
