package io.parley.benchmarks.codec;

import io.parley.media.codec.AudioCodec;
import io.parley.media.codec.CodecException;
import io.parley.media.codec.CodecRegistry;
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

/**
 * Encode plus decode of one 20 ms frame, per codec, in µs: 20000 divided by the score is the number
 * of streams one core sustains in real time. Codecs are looked up by name in the registry, so
 * {@code -p codec=speex/8000,speex/16000} measures Speex when it is on the class path.
 */
@State(Scope.Thread)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(1)
public class CodecBenchmark {

  /** The codec, as an rtpmap name with optional clock rate. */
  @Param({"PCMU", "PCMA", "G722", "GSM", "L16/16000", "opus"})
  public String codec;

  private AudioCodec instance;
  private short[] pcm;
  private short[] decoded;
  private byte[] packet;
  private int frame;
  private int position;

  /** Creates the codec and a second of speech-like input to cycle through. */
  @Setup
  public void setUp() throws CodecException {
    instance = CodecRegistry.load().select(codec).get(0).create();
    frame = instance.frameSamples();
    pcm = BenchSignal.voiced(instance.sampleRate(), instance.sampleRate());
    decoded = new short[frame * 6];
    packet = new byte[instance.maxPayloadBytes()];
  }

  /** Encodes one frame and decodes the packet. */
  @Benchmark
  public short encodeDecode(CpuTime cpu) throws CodecException {
    if (position + frame > pcm.length) {
      position = 0;
    }
    cpu.start();
    int n = instance.encode(pcm, position, packet, 0);
    position += frame;
    if (n == 0) {
      instance.conceal(decoded, 0);
    } else {
      instance.decode(packet, 0, n, decoded, 0);
    }
    cpu.stop();
    return decoded[frame - 1];
  }
}
