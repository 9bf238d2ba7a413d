package io.parley.transport.clock;

import java.util.Comparator;
import java.util.PriorityQueue;
import java.util.Queue;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.LongAdder;
import java.util.concurrent.locks.LockSupport;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** One thread of the pool: runs its subscriptions in deadline order, parking in between. */
final class ClockWorker {

  private static final Logger LOG = LoggerFactory.getLogger(ClockWorker.class);

  /** Parking is at least this coarse, so wake-ups within it run the tick now. */
  private static final long SLACK_NANOS = 50_000;

  private static final long IDLE_PARK_NANOS = TimeUnit.MILLISECONDS.toNanos(50);

  private final Thread thread;
  private final Queue<ClockSubscription> incoming = new ConcurrentLinkedQueue<>();
  private final PriorityQueue<ClockSubscription> due =
      new PriorityQueue<>(Comparator.comparingLong(ClockSubscription::deadline));
  private final AtomicInteger size = new AtomicInteger();
  private final LongAdder lateTicks;
  private final LongAdder skippedTicks;
  private volatile boolean running = true;

  ClockWorker(String name, LongAdder lateTicks, LongAdder skippedTicks) {
    this.lateTicks = lateTicks;
    this.skippedTicks = skippedTicks;
    this.thread = new Thread(this::run, name);
    thread.setDaemon(true);
    thread.setPriority(Thread.MAX_PRIORITY);
  }

  void start() {
    thread.start();
  }

  void add(ClockSubscription subscription) {
    size.incrementAndGet();
    incoming.add(subscription);
    LockSupport.unpark(thread);
  }

  int size() {
    return size.get();
  }

  private void run() {
    while (running) {
      for (ClockSubscription s = incoming.poll(); s != null; s = incoming.poll()) {
        due.add(s);
      }
      ClockSubscription next = due.peek();
      if (next == null) {
        LockSupport.parkNanos(this, IDLE_PARK_NANOS);
        continue;
      }
      if (next.cancelled()) {
        due.poll();
        size.decrementAndGet();
        continue;
      }
      long wait = next.deadline() - System.nanoTime();
      if (wait > SLACK_NANOS) {
        LockSupport.parkNanos(this, wait);
        continue;
      }
      due.poll();
      fire(next, -wait);
      due.add(next);
    }
  }

  private void fire(ClockSubscription subscription, long lateNanos) {
    long periodsLate = lateNanos / subscription.period;
    if (periodsLate > PooledMediaClock.MAX_BACKLOG) {
      subscription.advance(periodsLate);
      skippedTicks.add(periodsLate);
      periodsLate = 0;
    } else if (periodsLate > 0) {
      lateTicks.increment();
    }
    try {
      subscription.tick.onTick(subscription.deadline(), (int) periodsLate);
    } catch (RuntimeException e) {
      LOG.warn("media tick failed; the subscription keeps ticking: {}", e.toString(), e);
    }
    subscription.advance(1);
  }

  void stop() {
    running = false;
    LockSupport.unpark(thread);
    try {
      thread.join(TimeUnit.SECONDS.toMillis(2));
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }
}
