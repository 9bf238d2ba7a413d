package io.parley.transport.loop;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class MpscQueueTest {

  @Test
  void singleProducerKeepsOrder() {
    MpscQueue<Integer> queue = new MpscQueue<>();
    assertThat(queue.isEmpty()).isTrue();
    assertThat(queue.poll()).isNull();
    queue.offer(1);
    queue.offer(2);
    assertThat(queue.isEmpty()).isFalse();
    assertThat(queue.poll()).isEqualTo(1);
    assertThat(queue.poll()).isEqualTo(2);
    assertThat(queue.poll()).isNull();
    assertThat(queue.isEmpty()).isTrue();
  }

  @Test
  void manyProducersLoseNothingAndKeepEachProducersOrder() throws InterruptedException {
    MpscQueue<long[]> queue = new MpscQueue<>();
    int producers = 4;
    int perProducer = 50_000;
    List<Thread> threads = new ArrayList<>();
    for (int p = 0; p < producers; p++) {
      long id = p;
      Thread thread =
          new Thread(
              () -> {
                for (long i = 0; i < perProducer; i++) {
                  queue.offer(new long[] {id, i});
                }
              });
      thread.start();
      threads.add(thread);
    }
    long[] nextExpected = new long[producers];
    int received = 0;
    while (received < producers * perProducer) {
      long[] item = queue.poll();
      if (item == null) {
        Thread.onSpinWait();
        continue;
      }
      assertThat(item[1]).isEqualTo(nextExpected[(int) item[0]]);
      nextExpected[(int) item[0]]++;
      received++;
    }
    for (Thread thread : threads) {
      thread.join();
    }
    assertThat(queue.poll()).isNull();
    assertThat(nextExpected).containsOnly(perProducer);
  }
}
