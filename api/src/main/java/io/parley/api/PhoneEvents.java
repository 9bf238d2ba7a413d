package io.parley.api;

import java.util.function.Consumer;

/**
 * Subscriptions to a phone's events.
 *
 * <p>Every listener is called on the phone's single event thread, in the order events were
 * published, never on a SIP loop or media thread; so a listener may call any public method of the
 * phone, but a listener that blocks delays every later event. A listener that throws is logged and
 * keeps its subscription; other listeners still get the event.
 */
public interface PhoneEvents {

  /**
   * Calls {@code listener} for every event from now on.
   *
   * @return a handle whose {@link Subscription#close()} stops further calls
   */
  Subscription subscribe(Consumer<? super PhoneEvent> listener);

  /**
   * Calls {@code listener} for every event of {@code type} (or a subtype) from now on.
   *
   * @return a handle whose {@link Subscription#close()} stops further calls
   */
  <E extends PhoneEvent> Subscription subscribe(Class<E> type, Consumer<? super E> listener);

  /** A subscription; closing it twice does nothing. */
  interface Subscription extends AutoCloseable {

    /**
     * Stops delivery to this listener. Events already being delivered on the event thread finish;
     * no later event reaches the listener.
     */
    @Override
    void close();
  }
}
