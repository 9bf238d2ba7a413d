package io.parley.transport.loop;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * N {@link EventLoop}s with work sharded by a key, normally the Call-ID: the same key always picks
 * the same loop, so every transaction and dialog of a call lives on one thread and needs no lock.
 */
public final class LoopGroup implements AutoCloseable {

  private final List<EventLoop> loops;

  private LoopGroup(List<EventLoop> loops) {
    this.loops = List.copyOf(loops);
  }

  /**
   * Starts {@code size} loops named {@code namePrefix-0} to {@code namePrefix-(size-1)}, each with
   * the default tick and wheel.
   *
   * @throws IllegalArgumentException if {@code size} is not 1 to 1024 or the prefix is blank
   */
  public static LoopGroup start(String namePrefix, int size) {
    return start(namePrefix, size, EventLoop.DEFAULT_TICK, EventLoop.DEFAULT_WHEEL_SIZE);
  }

  /**
   * Starts {@code size} loops with the given timer resolution; see {@link EventLoop#start(String,
   * Duration, int)}.
   *
   * @throws IllegalArgumentException if {@code size} is not 1 to 1024, or a loop argument is bad
   */
  public static LoopGroup start(String namePrefix, int size, Duration tick, int wheelSize) {
    Objects.requireNonNull(namePrefix, "namePrefix");
    if (size < 1 || size > 1024) {
      throw new IllegalArgumentException("loop group size must be 1 to 1024, not " + size);
    }
    List<EventLoop> started = new ArrayList<>(size);
    try {
      for (int i = 0; i < size; i++) {
        started.add(EventLoop.start(namePrefix + "-" + i, tick, wheelSize));
      }
    } catch (RuntimeException e) {
      started.forEach(EventLoop::close);
      throw e;
    }
    return new LoopGroup(started);
  }

  /**
   * The loop that owns {@code key}: the same content always gives the same loop, whatever {@link
   * CharSequence} type carries it.
   */
  public EventLoop forKey(CharSequence key) {
    Objects.requireNonNull(key, "key");
    int hash = 0;
    for (int i = 0; i < key.length(); i++) {
      hash = 31 * hash + key.charAt(i);
    }
    // Call-IDs often share long prefixes or suffixes; mix so every bit counts.
    hash ^= hash >>> 16;
    hash *= 0x85ebca6b;
    hash ^= hash >>> 13;
    hash *= 0xc2b2ae35;
    hash ^= hash >>> 16;
    return loops.get(Math.floorMod(hash, loops.size()));
  }

  /** The loops, in name order. */
  public List<EventLoop> loops() {
    return loops;
  }

  /** The number of loops. */
  public int size() {
    return loops.size();
  }

  /** Closes every loop; see {@link EventLoop#close()}. */
  @Override
  public void close() {
    loops.forEach(EventLoop::close);
  }
}
