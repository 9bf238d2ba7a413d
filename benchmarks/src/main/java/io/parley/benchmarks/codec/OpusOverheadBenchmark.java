package io.parley.benchmarks.codec;

import io.github.jaredmdobson.concentus.OpusApplication;
import io.github.jaredmdobson.concentus.OpusBandwidth;
import io.github.jaredmdobson.concentus.OpusDecoder;
import io.github.jaredmdobson.concentus.OpusEncoder;
import io.github.jaredmdobson.concentus.OpusException;
import io.github.jaredmdobson.concentus.OpusSignal;
import io.parley.codecs.opus.OpusFactory;
import io.parley.media.codec.AudioCodec;
import io.parley.media.codec.CodecException;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.AuxCounters;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

/**
 * Parley's Opus codec against Concentus called directly with the same settings (48 kHz mono VoIP,
 * 32 kbit/s, complexity 5, voice signal, full band, VBR): the difference is what the SPI adds.
 */
@State(Scope.Thread)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(1)
public class OpusOverheadBenchmark {

  private static final int FRAME = 960;

  private short[] pcm;
  private final short[] decoded = new short[FRAME];
  private final byte[] packet = new byte[1275];
  private int position;
  private AudioCodec parley;
  private OpusEncoder encoder;
  private OpusDecoder decoder;

  /** Creates both paths. */
  @Setup
  public void setUp() throws CodecException, OpusException {
    pcm = BenchSignal.voiced(48000, 48000);
    parley = new OpusFactory().create();
    encoder = new OpusEncoder(48000, 1, OpusApplication.OPUS_APPLICATION_VOIP);
    encoder.setBitrate(32000);
    encoder.setComplexity(5);
    encoder.setSignalType(OpusSignal.OPUS_SIGNAL_VOICE);
    encoder.setMaxBandwidth(OpusBandwidth.OPUS_BANDWIDTH_FULLBAND);
    encoder.setUseInbandFEC(false);
    encoder.setPacketLossPercent(0);
    encoder.setUseDTX(false);
    encoder.setUseVBR(true);
    decoder = new OpusDecoder(48000, 1);
  }

  private int next() {
    if (position + FRAME > pcm.length) {
      position = 0;
    }
    int at = position;
    position += FRAME;
    return at;
  }

  /**
   * Both paths on the same frame, one after the other in every operation, so a loaded machine slows
   * both alike: {@code parleyNanos / concentusNanos} is the SPI's relative cost.
   */
  @Benchmark
  public short interleaved(Split split) throws CodecException, OpusException {
    int at = next();
    long t0 = Split.THREADS.getCurrentThreadCpuTime();
    int n = parley.encode(pcm, at, packet, 0);
    parley.decode(packet, 0, n, decoded, 0);
    long t1 = Split.THREADS.getCurrentThreadCpuTime();
    n = encoder.encode(pcm, at, FRAME, packet, 0, packet.length);
    decoder.decode(packet, 0, n, decoded, 0, FRAME, false);
    long t2 = Split.THREADS.getCurrentThreadCpuTime();
    split.parleyNanos += t1 - t0;
    split.concentusNanos += t2 - t1;
    split.frames++;
    return decoded[FRAME - 1];
  }

  /** Thread CPU time of each path in {@link #interleaved}, summed per iteration. */
  @State(Scope.Thread)
  @AuxCounters(AuxCounters.Type.EVENTS)
  public static class Split {
    static final java.lang.management.ThreadMXBean THREADS =
        java.lang.management.ManagementFactory.getThreadMXBean();

    /** CPU nanoseconds in Parley's path. */
    public long parleyNanos;

    /** CPU nanoseconds in Concentus called directly. */
    public long concentusNanos;

    /** Frames through each path. */
    public long frames;

    /** Clears the counters at the start of each iteration. */
    @Setup(Level.Iteration)
    public void clear() {
      parleyNanos = 0;
      concentusNanos = 0;
      frames = 0;
    }
  }

  /** Parley's {@code AudioCodec}: encode + decode one 20 ms frame. */
  @Benchmark
  public short parley(CpuTime cpu) throws CodecException {
    int at = next();
    cpu.start();
    int n = parley.encode(pcm, at, packet, 0);
    parley.decode(packet, 0, n, decoded, 0);
    cpu.stop();
    return decoded[FRAME - 1];
  }

  /** Concentus directly: encode + decode one 20 ms frame. */
  @Benchmark
  public short concentus(CpuTime cpu) throws OpusException {
    int at = next();
    cpu.start();
    int n = encoder.encode(pcm, at, FRAME, packet, 0, packet.length);
    decoder.decode(packet, 0, n, decoded, 0, FRAME, false);
    cpu.stop();
    return decoded[FRAME - 1];
  }
}
