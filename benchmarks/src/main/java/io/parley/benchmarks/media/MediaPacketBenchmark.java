package io.parley.benchmarks.media;

import io.parley.codecs.g711.G711;
import io.parley.media.MalformedPacketException;
import io.parley.media.jitter.JitterBuffer;
import io.parley.media.jitter.JitterConfig;
import io.parley.media.jitter.Playout;
import io.parley.media.rtp.RtpPacket;
import io.parley.media.srtp.SdesCrypto;
import io.parley.media.srtp.SrtpContext;
import io.parley.media.srtp.SrtpSuite;
import io.parley.media.srtp.UnprotectResult;
import io.parley.media.stream.RtpStream;
import io.parley.media.stream.StreamConfig;
import java.util.SplittableRandom;
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
 * What one 20 ms G.711 packet costs at each stage: RTP header codec, SRTP for each suite, the
 * jitter buffer, and a whole {@link RtpStream} sending and receiving a frame.
 */
@State(Scope.Thread)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.NANOSECONDS)
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(1)
public class MediaPacketBenchmark {

  private static final long FRAME_NANOS = 20_000_000L;

  /** The SRTP suite; "NONE" measures plain RTP where it applies. */
  @Param({"NONE", "AES_CM_128_HMAC_SHA1_80", "AES_CM_128_HMAC_SHA1_32", "AEAD_AES_128_GCM"})
  public String suite;

  private final byte[] payload = new byte[160];
  private final byte[] wire = new byte[1500];
  private byte[] encoded;
  private int sequence;
  private long timestamp;
  private SrtpContext sender;
  private SrtpContext receiver;
  private JitterBuffer jitter;
  private long jitterNow;
  private RtpStream streamA;
  private RtpStream streamB;
  private MemorySocket[] sockets;
  private long streamNow;

  /** Builds the packets, contexts, buffer and the pair of streams. */
  @Setup
  public void setUp() {
    SplittableRandom random = new SplittableRandom(7);
    short[] pcm = new short[160];
    for (int i = 0; i < pcm.length; i++) {
      pcm[i] = (short) (8000 * Math.sin(2 * Math.PI * 1000 * i / 8000.0));
    }
    G711.encodeUlaw(pcm, 0, payload, 0, pcm.length);
    encoded = RtpPacket.of(0, 1, 160, 0x1234_5678L, false, payload).toBytes();
    jitter = new JitterBuffer(JitterConfig.voice(8000));
    sockets = MemorySocket.pair();
    StreamConfig toB = StreamConfig.pcmu(sockets[1].localAddress());
    StreamConfig toA = StreamConfig.pcmu(sockets[0].localAddress());
    if (!suite.equals("NONE")) {
      SrtpSuite chosen = SrtpSuite.valueOf(suite);
      SdesCrypto keyA = SdesCrypto.generate(1, chosen, random);
      SdesCrypto keyB = SdesCrypto.generate(1, chosen, random);
      sender = keyA.newContext();
      receiver = keyA.newContext();
      toB = toB.withSrtp(keyA, keyB);
      toA = toA.withSrtp(keyB, keyA);
    }
    streamA = new RtpStream(toB, sockets[0], "a@bench", random, event -> {}, 0);
    streamB = new RtpStream(toA, sockets[1], "b@bench", random, event -> {}, 0);
    sockets[1].receive(streamB);
    sockets[0].receive(streamA);
  }

  /** Serialises one RTP packet with a 160-byte payload. */
  @Benchmark
  public int rtpEncode() {
    sequence = (sequence + 1) & 0xFFFF;
    timestamp = (timestamp + 160) & 0xFFFF_FFFFL;
    return RtpPacket.of(0, sequence, timestamp, 0x1234_5678L, false, payload).writeTo(wire, 0);
  }

  /** Parses one RTP packet with a 160-byte payload. */
  @Benchmark
  public RtpPacket rtpDecode() throws MalformedPacketException {
    return RtpPacket.parse(encoded, 0, encoded.length);
  }

  /** Protects one packet (plain RTP: nothing to do, so the suite NONE is skipped). */
  @Benchmark
  public byte[] srtpProtect() {
    if (sender == null) {
      return encoded;
    }
    return sender.protectRtp(nextPacket(), encoded.length);
  }

  /** Protects one packet and unprotects it at the receiver (replay window and all). */
  @Benchmark
  public UnprotectResult srtpProtectUnprotect() {
    if (sender == null) {
      return null;
    }
    byte[] secured = sender.protectRtp(nextPacket(), encoded.length);
    return receiver.unprotectRtp(secured, secured.length);
  }

  /** Offers one in-order packet to the jitter buffer and polls one frame out. */
  @Benchmark
  public Playout jitterOfferPoll() {
    sequence = (sequence + 1) & 0xFFFF;
    timestamp = (timestamp + 160) & 0xFFFF_FFFFL;
    jitterNow += FRAME_NANOS;
    jitter.offer(RtpPacket.of(0, sequence, timestamp, 0x1234_5678L, false, payload), jitterNow);
    return jitter.poll(jitterNow);
  }

  /**
   * One 20 ms frame through two whole streams: A sends (with SRTP when a suite is set), B receives,
   * runs its timers and plays out.
   */
  @Benchmark
  public Playout streamSendReceive() {
    streamNow += FRAME_NANOS;
    sockets[1].now = streamNow;
    streamA.sendAudio(payload, streamNow);
    streamB.tick(streamNow);
    return streamB.poll(streamNow);
  }

  private byte[] nextPacket() {
    sequence = (sequence + 1) & 0xFFFF;
    byte[] packet = encoded.clone();
    packet[2] = (byte) (sequence >> 8);
    packet[3] = (byte) sequence;
    return packet;
  }
}
