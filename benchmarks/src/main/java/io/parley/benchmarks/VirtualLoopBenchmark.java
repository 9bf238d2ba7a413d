package io.parley.benchmarks;

import io.parley.testkit.loop.VirtualLoop;
import java.time.Duration;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

/** Cost of scheduling and firing one timer on the test loop (the floor for timer tests). */
@State(Scope.Thread)
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
@Warmup(iterations = 3, time = 1)
@Measurement(iterations = 5, time = 1)
@Fork(1)
public class VirtualLoopBenchmark {

  private final VirtualLoop loop = new VirtualLoop();
  private int fired;

  /** Schedules a timer 10 ms out and advances the clock past it. */
  @Benchmark
  public int scheduleAndFire() {
    loop.schedule(Duration.ofMillis(10), () -> fired++);
    loop.advance(Duration.ofMillis(10));
    return fired;
  }
}
