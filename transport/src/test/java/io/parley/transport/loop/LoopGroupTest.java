package io.parley.transport.loop;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.HashMap;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.RejectedExecutionException;
import org.junit.jupiter.api.Test;

class LoopGroupTest {

  @Test
  void sameCallIdAlwaysPicksTheSameLoop() {
    try (LoopGroup group = LoopGroup.start("sip", 4)) {
      String callId = "a84b4c76e66710@pc33.atlanta.com";
      EventLoop first = group.forKey(callId);
      for (int i = 0; i < 100; i++) {
        assertThat(group.forKey(callId)).isSameAs(first);
      }
      assertThat(group.forKey(new StringBuilder(callId))).isSameAs(first);
    }
  }

  @Test
  void callIdsSpreadOverEveryLoop() {
    try (LoopGroup group = LoopGroup.start("sip", 4)) {
      Map<EventLoop, Integer> counts = new HashMap<>();
      for (int i = 0; i < 4_000; i++) {
        counts.merge(group.forKey(UUID.randomUUID() + "@host.example"), 1, Integer::sum);
      }
      assertThat(counts).hasSize(4);
      assertThat(counts.values()).allSatisfy(n -> assertThat(n).isBetween(600, 1_400));
    }
  }

  @Test
  void loopsAreNamedByIndexAndCloseTogether() {
    LoopGroup group = LoopGroup.start("shard", 3);
    assertThat(group.size()).isEqualTo(3);
    assertThat(group.loops())
        .extracting(EventLoop::name)
        .containsExactly("shard-0", "shard-1", "shard-2");
    group.close();
    assertThat(group.loops()).allSatisfy(loop -> assertThat(loop.isClosed()).isTrue());
    assertThatThrownBy(() -> group.forKey("x").execute(() -> {}))
        .isInstanceOf(RejectedExecutionException.class);
  }

  @Test
  void badSizeIsNamed() {
    assertThatThrownBy(() -> LoopGroup.start("sip", 0)).hasMessageContaining("not 0");
  }
}
