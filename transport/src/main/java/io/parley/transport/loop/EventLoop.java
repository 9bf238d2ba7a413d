package io.parley.transport.loop;

import io.parley.sip.port.Loop;
import io.parley.sip.port.LoopFactory;
import java.time.Duration;
import java.time.Instant;
import java.util.Objects;
import java.util.concurrent.Executor;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.locks.LockSupport;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The real {@link Loop}: one named thread that runs queued tasks in submission order and fires
 * timers from a hashed {@link TimerWheel}.
 *
 * <p>Tasks arrive through a lock-free multi-producer queue, so any thread may call {@link #execute}
 * and {@link #schedule}. Timers fire no earlier than their delay and, on an idle machine, within
 * about one tick after it (1 ms by default); timers falling in the same tick fire in the order they
 * were scheduled. A task that throws is logged at WARN and the loop carries on. The thread is a
 * daemon, so a forgotten loop does not keep the JVM alive, but {@link #close} is the way to stop
 * it.
 */
public final class EventLoop implements LoopFactory.RunningLoop, Executor {

  /** The default tick: RFC 3261 timers are hundreds of milliseconds, so 1 ms is ample. */
  public static final Duration DEFAULT_TICK = Duration.ofMillis(1);

  /** The default number of buckets: one turn of the wheel covers 512 ticks. */
  public static final int DEFAULT_WHEEL_SIZE = 512;

  private static final Logger LOG = LoggerFactory.getLogger(EventLoop.class);
  private static final int BATCH = 1024;
  private static final Duration MAX_DELAY = Duration.ofDays(365L * 73);

  private final String name;
  private final long tickNanos;
  private final Thread thread;
  private final MpscQueue<Runnable> tasks = new MpscQueue<>();
  private final TimerWheel wheel;
  private volatile boolean sleeping;
  private volatile boolean open = true;

  private EventLoop(String name, Duration tick, int wheelSize) {
    this.name = name;
    this.tickNanos = tick.toNanos();
    this.wheel = new TimerWheel(System.nanoTime(), tickNanos, wheelSize);
    this.thread = new Thread(this::run, name);
    thread.setDaemon(true);
  }

  /**
   * Starts a loop with a 1 ms tick and 512 buckets.
   *
   * @param name the thread's name, shown in thread dumps and logs
   * @throws IllegalArgumentException if {@code name} is blank
   */
  public static EventLoop start(String name) {
    return start(name, DEFAULT_TICK, DEFAULT_WHEEL_SIZE);
  }

  /**
   * Starts a loop with its own timer resolution.
   *
   * @param name the thread's name
   * @param tick the wheel's resolution: 100 µs to 1 s
   * @param wheelSize the number of buckets: a power of two from 16 to 65536
   * @throws IllegalArgumentException naming the argument that is out of range
   */
  public static EventLoop start(String name, Duration tick, int wheelSize) {
    Objects.requireNonNull(name, "name");
    Objects.requireNonNull(tick, "tick");
    if (name.isBlank()) {
      throw new IllegalArgumentException("loop name must not be blank");
    }
    if (tick.compareTo(Duration.ofNanos(100_000)) < 0
        || tick.compareTo(Duration.ofSeconds(1)) > 0) {
      throw new IllegalArgumentException("tick must be 100 µs to 1 s, not " + tick);
    }
    if (wheelSize < 16 || wheelSize > 65536 || Integer.bitCount(wheelSize) != 1) {
      throw new IllegalArgumentException(
          "wheelSize must be a power of two from 16 to 65536, not " + wheelSize);
    }
    EventLoop loop = new EventLoop(name, tick, wheelSize);
    loop.thread.start();
    return loop;
  }

  /** The loop's name, which is also its thread's name. */
  public String name() {
    return name;
  }

  /** Whether the calling thread is this loop's thread. */
  public boolean inLoop() {
    return Thread.currentThread() == thread;
  }

  /** Whether {@link #close} has been called. */
  public boolean isClosed() {
    return !open;
  }

  /**
   * {@inheritDoc}
   *
   * <p>A task submitted while another thread closes the loop may be dropped without running.
   */
  @Override
  public void execute(Runnable task) {
    Objects.requireNonNull(task, "task");
    ensureOpen();
    enqueue(task);
  }

  /**
   * {@inheritDoc}
   *
   * <p>The delay is measured from this call on {@link #nanoTime()}; delays beyond about 73 years
   * are treated as 73 years.
   */
  @Override
  public Timer schedule(Duration delay, Runnable task) {
    Objects.requireNonNull(delay, "delay");
    Objects.requireNonNull(task, "task");
    if (delay.isNegative()) {
      throw new IllegalArgumentException("delay must not be negative: " + delay);
    }
    ensureOpen();
    long delayNanos = delay.compareTo(MAX_DELAY) > 0 ? MAX_DELAY.toNanos() : delay.toNanos();
    WheelTimer timer = new WheelTimer(this, System.nanoTime() + delayNanos, task);
    if (delayNanos > 0 && inLoop() && !wheel.isDue(timer)) {
      wheel.insert(timer);
    } else {
      // From elsewhere the wheel is off limits; when due now, never run on the caller's stack.
      enqueue(timer);
    }
    return timer;
  }

  @Override
  public long nanoTime() {
    return System.nanoTime();
  }

  @Override
  public Instant wallTime() {
    return Instant.now();
  }

  /**
   * Stops the loop: queued tasks and pending timers never run, timers are cancelled, later calls to
   * {@link #execute} and {@link #schedule} throw {@link RejectedExecutionException}, and the thread
   * is joined. Called on the loop's own thread, it stops the loop once the current task returns,
   * without waiting. Calling it again does nothing. If the calling thread is interrupted while
   * waiting, it stops waiting and keeps its interrupt status.
   */
  @Override
  public void close() {
    open = false;
    LockSupport.unpark(thread);
    if (!inLoop()) {
      try {
        thread.join();
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
      }
    }
  }

  @Override
  public String toString() {
    return "EventLoop[" + name + (open ? "" : ", closed") + "]";
  }

  void arrive(WheelTimer timer) {
    if (timer.isCancelled()) {
      timer.release();
    } else if (timer.deadline() - System.nanoTime() <= 0 || wheel.isDue(timer)) {
      timer.fire();
    } else {
      wheel.insert(timer);
    }
  }

  void cancelled(WheelTimer timer) {
    // Other threads leave the unlinking to the loop's next visit of that bucket.
    if (inLoop()) {
      wheel.cancelled(timer);
    }
  }

  void runSafely(Runnable task) {
    if (!open) {
      return; // closed by an earlier task of this same pass
    }
    try {
      task.run();
    } catch (Throwable failure) {
      LOG.warn("Task {} on loop {} threw; the loop carries on", task, name, failure);
    }
  }

  private void ensureOpen() {
    if (!open) {
      throw new RejectedExecutionException("loop " + name + " is closed");
    }
  }

  private void enqueue(Runnable task) {
    tasks.offer(task);
    if (sleeping) {
      LockSupport.unpark(thread);
    }
  }

  private void run() {
    while (open) {
      wheel.purgeCancelled();
      wheel.advance(System.nanoTime());
      if (runTasks() == 0 && open) {
        sleep();
      }
    }
    wheel.clear();
    Runnable dropped;
    while ((dropped = tasks.poll()) != null || !tasks.isEmpty()) {
      if (dropped instanceof WheelTimer timer) {
        timer.cancel();
      }
    }
  }

  private int runTasks() {
    int count = 0;
    Runnable task;
    while (count < BATCH && open && (task = tasks.poll()) != null) {
      runSafely(task);
      count++;
    }
    return count;
  }

  private void sleep() {
    sleeping = true;
    try {
      if (!tasks.isEmpty()) {
        Thread.onSpinWait();
        return;
      }
      wheel.purgeCancelled();
      long wake = wheel.nextWakeNanos();
      if (wake == Long.MAX_VALUE) {
        LockSupport.park(this);
      } else {
        long wait = wake - System.nanoTime();
        if (wait > 0) {
          LockSupport.parkNanos(this, wait);
        }
      }
    } finally {
      sleeping = false;
    }
  }
}
