package io.parley.api;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

class EventDispatcherTest {

  private static SignalingLogged event(int n) {
    return new SignalingLogged(
        Instant.EPOCH, SignalingLogged.Direction.SENT, "UDP", "127.0.0.1:5060", "m" + n);
  }

  @Test
  void eventsArriveInOrderOnOneNamedThread() throws Exception {
    List<String> seen = Collections.synchronizedList(new ArrayList<>());
    List<String> threads = Collections.synchronizedList(new ArrayList<>());
    try (EventDispatcher dispatcher = new EventDispatcher("parley-events")) {
      dispatcher.subscribe(
          e -> {
            seen.add(((SignalingLogged) e).message());
            threads.add(Thread.currentThread().getName());
          });
      for (int i = 0; i < 1000; i++) {
        dispatcher.publish(event(i));
      }
    }
    assertThat(seen).hasSize(1000);
    for (int i = 0; i < 1000; i++) {
      assertThat(seen.get(i)).isEqualTo("m" + i);
    }
    assertThat(threads).containsOnly("parley-events");
  }

  @Test
  void aThrowingListenerDoesNotStopOthersOrItself() throws Exception {
    CountDownLatch delivered = new CountDownLatch(2);
    List<String> seen = Collections.synchronizedList(new ArrayList<>());
    try (EventDispatcher dispatcher = new EventDispatcher("events")) {
      dispatcher.subscribe(
          e -> {
            throw new IllegalStateException("listener bug");
          });
      dispatcher.subscribe(
          SignalingLogged.class,
          e -> {
            seen.add(e.message());
            delivered.countDown();
          });
      dispatcher.publish(event(1));
      dispatcher.publish(event(2));
      assertThat(delivered.await(5, TimeUnit.SECONDS)).isTrue();
    }
    assertThat(seen).containsExactly("m1", "m2");
  }

  @Test
  void closingASubscriptionStopsDelivery() throws Exception {
    List<String> seen = Collections.synchronizedList(new ArrayList<>());
    try (EventDispatcher dispatcher = new EventDispatcher("events")) {
      PhoneEvents.Subscription subscription =
          dispatcher.subscribe(e -> seen.add(((SignalingLogged) e).message()));
      CountDownLatch first = new CountDownLatch(1);
      dispatcher.subscribe(e -> first.countDown());
      dispatcher.publish(event(1));
      assertThat(first.await(5, TimeUnit.SECONDS)).isTrue();
      subscription.close();
      subscription.close();
      dispatcher.publish(event(2));
    }
    assertThat(seen).containsExactly("m1");
  }

  @Test
  void eventsAfterCloseAreDropped() {
    EventDispatcher dispatcher = new EventDispatcher("events");
    List<PhoneEvent> seen = Collections.synchronizedList(new ArrayList<>());
    dispatcher.subscribe(seen::add);
    dispatcher.close();
    dispatcher.publish(event(1));
    assertThat(seen).isEmpty();
  }
}
