package io.parley.api;

import java.util.Objects;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.function.Consumer;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The phone's event thread: events published from any thread are delivered one at a time, in
 * publication order, to the listeners subscribed when delivery happens.
 */
final class EventDispatcher implements PhoneEvents, AutoCloseable {

  private static final Logger LOG = LoggerFactory.getLogger(EventDispatcher.class);

  private final CopyOnWriteArrayList<Listener<?>> listeners = new CopyOnWriteArrayList<>();
  private final ExecutorService thread;

  EventDispatcher(String threadName) {
    Objects.requireNonNull(threadName, "threadName");
    this.thread =
        Executors.newSingleThreadExecutor(
            runnable -> {
              Thread t = new Thread(runnable, threadName);
              t.setDaemon(true);
              return t;
            });
  }

  @Override
  public Subscription subscribe(Consumer<? super PhoneEvent> listener) {
    return subscribe(PhoneEvent.class, listener);
  }

  @Override
  public <E extends PhoneEvent> Subscription subscribe(
      Class<E> type, Consumer<? super E> listener) {
    Listener<E> entry =
        new Listener<>(
            Objects.requireNonNull(type, "type"), Objects.requireNonNull(listener, "listener"));
    listeners.add(entry);
    return () -> listeners.remove(entry);
  }

  /**
   * Queues {@code event} for delivery. After {@link #close()} events are dropped (and logged at
   * debug level): a closed phone has no one left to tell.
   */
  void publish(PhoneEvent event) {
    Objects.requireNonNull(event, "event");
    try {
      thread.execute(() -> deliver(event));
    } catch (RejectedExecutionException closed) {
      LOG.debug("event dropped after close: {}", event);
    }
  }

  private void deliver(PhoneEvent event) {
    for (Listener<?> listener : listeners) {
      try {
        listener.offer(event);
      } catch (RuntimeException | Error e) {
        if (e instanceof VirtualMachineError) {
          throw (VirtualMachineError) e;
        }
        LOG.warn("event listener {} failed on {}", listener.consumer, event, e);
      }
    }
  }

  /** Delivers the events already queued (waiting up to five seconds), then stops the thread. */
  @Override
  public void close() {
    thread.shutdown();
    try {
      if (!thread.awaitTermination(5, TimeUnit.SECONDS)) {
        LOG.warn("event listeners still busy after 5 s; stopping the event thread");
        thread.shutdownNow();
      }
    } catch (InterruptedException e) {
      thread.shutdownNow();
      Thread.currentThread().interrupt();
    }
  }

  private record Listener<E extends PhoneEvent>(Class<E> type, Consumer<? super E> consumer) {
    void offer(PhoneEvent event) {
      if (type.isInstance(event)) {
        consumer.accept(type.cast(event));
      }
    }
  }
}
