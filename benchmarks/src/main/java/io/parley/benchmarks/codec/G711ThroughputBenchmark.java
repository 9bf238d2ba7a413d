package io.parley.benchmarks.codec;

import io.parley.codecs.g711.G711;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

/**
 * G.711 bulk throughput: encode then decode 1 MiB of 16-bit PCM (524288 samples) per operation.
 * MB/s of PCM = 1.048576 * ops/s.
 */
@State(Scope.Thread)
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(1)
public class G711ThroughputBenchmark {

  private static final int SAMPLES = 1 << 19;

  private short[] pcm;
  private final byte[] coded = new byte[SAMPLES];
  private final short[] decoded = new short[SAMPLES];

  /** Builds the input. */
  @Setup
  public void setUp() {
    pcm = BenchSignal.voiced(8000, SAMPLES);
  }

  /** µ-law encode + decode of 1 MiB of PCM. */
  @Benchmark
  public short ulaw() {
    G711.encodeUlaw(pcm, 0, coded, 0, SAMPLES);
    G711.decodeUlaw(coded, 0, decoded, 0, SAMPLES);
    return decoded[SAMPLES - 1];
  }

  /** A-law encode + decode of 1 MiB of PCM. */
  @Benchmark
  public short alaw() {
    G711.encodeAlaw(pcm, 0, coded, 0, SAMPLES);
    G711.decodeAlaw(coded, 0, decoded, 0, SAMPLES);
    return decoded[SAMPLES - 1];
  }
}
