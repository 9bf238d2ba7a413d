package io.parley.transport.net;

import java.io.IOException;
import java.nio.channels.ClosedChannelException;
import java.nio.channels.ClosedSelectorException;
import java.nio.channels.SelectableChannel;
import java.nio.channels.SelectionKey;
import java.nio.channels.Selector;
import java.util.Queue;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.TimeUnit;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The one I/O thread of a network: a selector, a queue of tasks posted from other threads and a
 * periodic tick for timeouts. All channel state is touched on this thread only, so nothing needs a
 * lock. It sleeps in {@code select} until a channel is ready, a task arrives or the tick is due.
 */
final class IoLoop {

  /** Something registered with the selector. */
  interface Handler {
    /** The channel is ready for the operations in {@code key.readyOps()}. */
    void onReady(SelectionKey key) throws IOException;

    /** {@link #onReady} threw; the handler closes what it owns. */
    void onError(Exception error);
  }

  private static final Logger LOG = LoggerFactory.getLogger(IoLoop.class);

  private final Selector selector;
  private final Queue<Runnable> tasks = new ConcurrentLinkedQueue<>();
  private final long tickNanos;
  private final Thread thread;
  private Runnable onTick = () -> {};
  private volatile boolean running = true;

  private IoLoop(Selector selector, String name, long tickNanos) {
    this.selector = selector;
    this.tickNanos = tickNanos;
    this.thread = new Thread(this::run, name);
    thread.setDaemon(true);
  }

  /** Opens a selector; {@link #start} then starts the thread. */
  static IoLoop create(String name, long tickNanos) throws IOException {
    return new IoLoop(Selector.open(), name, tickNanos);
  }

  /** Starts the thread; {@code onTick} runs on it every tick, for timeouts. */
  void start(Runnable onTick) {
    this.onTick = onTick;
    thread.start();
  }

  /** Registers a channel; call before {@link #start} or on the loop thread. */
  SelectionKey register(SelectableChannel channel, int ops, Handler handler)
      throws ClosedChannelException {
    return channel.register(selector, ops, handler);
  }

  /** Runs {@code task} on the loop thread soon; from any thread. */
  void execute(Runnable task) {
    tasks.add(task);
    if (!inLoop()) {
      selector.wakeup();
    }
  }

  boolean inLoop() {
    return Thread.currentThread() == thread;
  }

  /**
   * Runs {@code last} on the loop thread as its final task, stops the thread and waits for it. From
   * the loop thread itself it runs {@code last} at once and the thread ends after the current
   * round.
   */
  void stop(Runnable last) {
    if (inLoop() || !thread.isAlive()) {
      running = false;
      last.run();
      closeSelector();
      return;
    }
    execute(
        () -> {
          running = false;
          last.run();
        });
    boolean interrupted = false;
    while (thread.isAlive()) {
      try {
        thread.join();
      } catch (InterruptedException e) {
        interrupted = true;
      }
    }
    if (interrupted) {
      Thread.currentThread().interrupt();
    }
  }

  private void run() {
    long nextTick = System.nanoTime() + tickNanos;
    try {
      while (running) {
        long waitMillis = Math.max(1, TimeUnit.NANOSECONDS.toMillis(nextTick - System.nanoTime()));
        selector.select(this::dispatch, waitMillis);
        runTasks();
        long now = System.nanoTime();
        if (running && now - nextTick >= 0) {
          guarded(onTick);
          nextTick = now + tickNanos;
        }
      }
    } catch (ClosedSelectorException e) {
      if (running) {
        LOG.error("I/O loop {} lost its selector", thread.getName(), e);
      }
    } catch (IOException e) {
      LOG.error("I/O loop {} stopped: {}", thread.getName(), e.toString(), e);
    } finally {
      closeSelector();
    }
  }

  private void dispatch(SelectionKey key) {
    Handler handler = (Handler) key.attachment();
    try {
      if (key.isValid()) {
        handler.onReady(key);
      }
    } catch (IOException | RuntimeException e) {
      handler.onError(e);
    }
  }

  private void runTasks() {
    Runnable task;
    while ((task = tasks.poll()) != null) {
      guarded(task);
    }
  }

  private static void guarded(Runnable task) {
    try {
      task.run();
    } catch (RuntimeException e) {
      LOG.error("task on the I/O loop failed; the loop carries on", e);
    }
  }

  private void closeSelector() {
    try {
      selector.close();
    } catch (IOException e) {
      LOG.debug("closing the selector", e);
    }
  }
}
