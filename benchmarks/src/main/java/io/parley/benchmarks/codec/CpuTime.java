package io.parley.benchmarks.codec;

import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import org.openjdk.jmh.annotations.AuxCounters;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;

/**
 * CPU time the benchmark thread spends per operation, as JMH secondary results {@code cpuNanos} and
 * {@code calls} (divide one by the other). On a shared machine, wall-clock scores include time
 * spent waiting for a core; thread CPU time does not.
 */
@State(Scope.Thread)
@AuxCounters(AuxCounters.Type.EVENTS)
public class CpuTime {

  private static final ThreadMXBean THREADS = ManagementFactory.getThreadMXBean();

  /** Thread CPU nanoseconds spent in measured operations this iteration. */
  public long cpuNanos;

  /** Measured operations this iteration. */
  public long calls;

  private long started;

  /** Clears the counters at the start of each iteration. */
  @Setup(Level.Iteration)
  public void clear() {
    cpuNanos = 0;
    calls = 0;
  }

  void start() {
    started = THREADS.getCurrentThreadCpuTime();
  }

  void stop() {
    cpuNanos += THREADS.getCurrentThreadCpuTime() - started;
    calls++;
  }
}
