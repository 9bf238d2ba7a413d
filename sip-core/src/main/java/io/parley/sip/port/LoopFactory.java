package io.parley.sip.port;

/**
 * Starts {@link Loop}s: the production adapter runs each on its own thread; the phone asks for one
 * loop per shard and closes them when it closes. Found with {@link java.util.ServiceLoader}.
 */
@FunctionalInterface
public interface LoopFactory {

  /** Starts a loop whose thread (if it has one) carries {@code name}. */
  RunningLoop start(String name);

  /** A started loop that its owner stops. */
  interface RunningLoop extends Loop, AutoCloseable {

    /** Stops the loop: pending tasks and timers are dropped; later submissions are rejected. */
    @Override
    void close();
  }
}
