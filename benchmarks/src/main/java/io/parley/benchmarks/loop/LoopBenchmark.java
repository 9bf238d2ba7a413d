package io.parley.benchmarks.loop;

import io.parley.sip.port.Loop;
import io.parley.transport.loop.EventLoop;
import java.time.Duration;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OperationsPerInvocation;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;
import org.openjdk.jmh.annotations.Warmup;

/**
 * The real loop's costs: a timer scheduled and cancelled (what every transaction does with Timers A
 * to K), on the loop thread and from another thread, and a task handed over from another thread
 * (what transport threads do with every message).
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
@Warmup(iterations = 3, time = 1)
@Measurement(iterations = 5, time = 1)
@Fork(1)
public class LoopBenchmark {

  private static final int BATCH = 1_000;
  private static final Duration TIMER_F = Duration.ofSeconds(32);
  private static final Runnable NOTHING = () -> {};

  private EventLoop loop;

  /** Starts the loop under test. */
  @Setup(Level.Trial)
  public void start() {
    loop = EventLoop.start("bench-loop");
  }

  /** Stops it. */
  @TearDown(Level.Trial)
  public void stop() {
    loop.close();
  }

  /** Schedules and cancels a 32 s timer on the loop thread, as a transaction does. */
  @Benchmark
  @OperationsPerInvocation(BATCH)
  public void scheduleAndCancelOnLoop() throws Exception {
    CompletableFuture<Void> done = new CompletableFuture<>();
    loop.execute(
        () -> {
          for (int i = 0; i < BATCH; i++) {
            loop.schedule(TIMER_F, NOTHING).cancel();
          }
          done.complete(null);
        });
    done.get();
  }

  /** Schedules and cancels a 32 s timer from the benchmark thread. */
  @Benchmark
  public boolean scheduleAndCancelFromOtherThread() {
    Loop.Timer timer = loop.schedule(TIMER_F, NOTHING);
    return timer.cancel();
  }

  /** Hands tasks from the benchmark thread to the loop and waits until they have all run. */
  @Benchmark
  @OperationsPerInvocation(BATCH)
  public void executeFromOtherThread() throws Exception {
    CompletableFuture<Void> done = new CompletableFuture<>();
    for (int i = 1; i < BATCH; i++) {
      loop.execute(NOTHING);
    }
    loop.execute(() -> done.complete(null));
    done.get();
  }
}
