package io.parley.transport.loop;

import io.parley.sip.port.Loop;
import java.lang.invoke.MethodHandles;
import java.lang.invoke.VarHandle;

/**
 * One scheduled task: a node of a {@link TimerWheel} bucket, and the handle the caller cancels.
 *
 * <p>The state moves once, from pending to fired or to cancelled, by compare-and-set, so a timer
 * cancelled from another thread while it falls due either runs or is cancelled, never both.
 */
final class WheelTimer implements Loop.Timer, Runnable {

  private static final int PENDING = 0;
  private static final int FIRED = 1;
  private static final int CANCELLED = 2;
  private static final VarHandle STATE;

  static {
    try {
      STATE = MethodHandles.lookup().findVarHandle(WheelTimer.class, "state", int.class);
    } catch (ReflectiveOperationException e) {
      throw new ExceptionInInitializerError(e);
    }
  }

  private final EventLoop loop;
  private final long deadline;
  private Runnable task;
  private volatile int state;

  // Bucket links and position: touched only by the loop thread.
  long targetTick;
  WheelTimer previous;
  WheelTimer next;
  boolean linked;

  WheelTimer(EventLoop loop, long deadline, Runnable task) {
    this.loop = loop;
    this.deadline = deadline;
    this.task = task;
  }

  long deadline() {
    return deadline;
  }

  boolean isCancelled() {
    return state == CANCELLED;
  }

  /** Arrival on the loop thread after a schedule from elsewhere: file it, or fire it if due. */
  @Override
  public void run() {
    loop.arrive(this);
  }

  /** Runs the task unless cancelled; loop thread only. */
  void fire() {
    if (STATE.compareAndSet(this, PENDING, FIRED)) {
      Runnable toRun = task;
      task = null;
      loop.runSafely(toRun);
    }
  }

  /** Drops the task so a cancelled timer waiting for removal holds no memory; loop thread only. */
  void release() {
    task = null;
  }

  @Override
  public boolean cancel() {
    if (!STATE.compareAndSet(this, PENDING, CANCELLED)) {
      return false;
    }
    loop.cancelled(this);
    return true;
  }
}
