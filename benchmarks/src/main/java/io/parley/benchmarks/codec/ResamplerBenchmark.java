package io.parley.benchmarks.codec;

import io.parley.media.codec.resample.Resampler;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

/** Resampling one 20 ms frame between a codec rate and a device rate, in µs. */
@State(Scope.Thread)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(1)
public class ResamplerBenchmark {

  /** "input:output" rates in Hz. */
  @Param({"8000:48000", "48000:8000", "16000:44100"})
  public String rates;

  private Resampler resampler;
  private short[] frame;
  private short[] out;

  /** Builds the resampler and one frame of input. */
  @Setup
  public void setUp() {
    String[] parts = rates.split(":");
    int in = Integer.parseInt(parts[0]);
    resampler = new Resampler(in, Integer.parseInt(parts[1]));
    frame = BenchSignal.voiced(in, in / 50);
    out = new short[resampler.maxOutput(frame.length)];
  }

  /** Resamples one 20 ms frame. */
  @Benchmark
  public int frame() {
    return resampler.process(frame, 0, frame.length, out, 0);
  }
}
