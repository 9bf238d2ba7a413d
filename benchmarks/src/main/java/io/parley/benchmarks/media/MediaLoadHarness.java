package io.parley.benchmarks.media;

import io.parley.codecs.g711.G711;
import io.parley.media.jitter.Playout;
import io.parley.media.port.MediaClock;
import io.parley.media.port.RtpSocket;
import io.parley.media.srtp.SdesCrypto;
import io.parley.media.srtp.SrtpSuite;
import io.parley.media.stream.RtpStream;
import io.parley.media.stream.StreamConfig;
import io.parley.transport.clock.PooledMediaClock;
import io.parley.transport.rtp.DatagramInbox;
import io.parley.transport.rtp.PortRange;
import io.parley.transport.rtp.UdpRtpSocketFactory;
import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryMXBean;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.SplittableRandom;
import java.util.concurrent.atomic.LongAdder;

/**
 * Runs N concurrent G.711 calls over real loopback UDP: each call is two {@link RtpStream}s, one
 * per side, each sending a 20 ms frame every tick and playing out what it receives. The two sides
 * use separate socket factories (separate port ranges and selector threads) and share one pooled
 * clock, as two phones in one process would.
 *
 * <pre>
 * java -cp benchmarks/target/benchmarks.jar io.parley.benchmarks.media.MediaLoadHarness \
 *     [calls=500] [seconds=20] [srtp=false] [clockThreads=2]
 * </pre>
 *
 * <p>It prints the process CPU per stream (as % of one core), late and skipped clock ticks, frames
 * the receivers had to conceal, packets lost, and the heap per stream measured after GC.
 */
public final class MediaLoadHarness {

  private static final int WARM_UP_SECONDS = 5;

  /** 1 kHz at 8 kHz repeats every 8 samples, so every 20 ms frame holds the same samples. */
  private static final short[] TONE = new short[160];

  static {
    for (int i = 0; i < TONE.length; i++) {
      TONE[i] = (short) (8000 * Math.sin(2 * Math.PI * 1000 * i / 8000.0));
    }
  }

  private final List<Endpoint> endpoints = new ArrayList<>();
  private final LongAdder concealed = new LongAdder();
  private final LongAdder played = new LongAdder();

  private MediaLoadHarness() {}

  /**
   * Runs the measurement and prints one result line.
   *
   * @param args {@code calls seconds srtp clockThreads}, each optional
   * @throws Exception if sockets cannot be bound or the run is interrupted
   */
  public static void main(String[] args) throws Exception {
    int calls = args.length > 0 ? Integer.parseInt(args[0]) : 500;
    int seconds = args.length > 1 ? Integer.parseInt(args[1]) : 20;
    boolean srtp = args.length > 2 && Boolean.parseBoolean(args[2]);
    int clockThreads = args.length > 3 ? Integer.parseInt(args[3]) : 2;
    new MediaLoadHarness().run(calls, seconds, srtp, clockThreads);
  }

  private void run(int calls, int seconds, boolean srtp, int clockThreads) throws Exception {
    MemoryMXBean memory = ManagementFactory.getMemoryMXBean();
    long heapBefore = usedHeapAfterGc(memory);
    try (UdpRtpSocketFactory sideA = new UdpRtpSocketFactory(new PortRange(30000, 34999));
        UdpRtpSocketFactory sideB = new UdpRtpSocketFactory(new PortRange(35000, 39999));
        PooledMediaClock clock = new PooledMediaClock(clockThreads)) {
      SplittableRandom random = new SplittableRandom(1);
      for (int i = 0; i < calls; i++) {
        connect(sideA, sideB, srtp, random, clock);
      }
      Thread.sleep(WARM_UP_SECONDS * 1000L);
      long heapPerStream = (usedHeapAfterGc(memory) - heapBefore) / endpoints.size();
      com.sun.management.OperatingSystemMXBean os =
          (com.sun.management.OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean();
      long cpu0 = os.getProcessCpuTime();
      long wall0 = System.nanoTime();
      long late0 = clock.lateTicks();
      long skipped0 = clock.skippedTicks();
      long played0 = played.sum();
      long concealed0 = concealed.sum();
      Thread.sleep(seconds * 1000L);
      long cpu = os.getProcessCpuTime() - cpu0;
      long wall = System.nanoTime() - wall0;
      long late = clock.lateTicks() - late0;
      long skipped = clock.skippedTicks() - skipped0;
      long frames = played.sum() - played0;
      long hidden = concealed.sum() - concealed0;
      report(calls, srtp, cpu, wall, late, skipped, frames, hidden, heapPerStream);
    }
  }

  private void connect(
      UdpRtpSocketFactory sideA,
      UdpRtpSocketFactory sideB,
      boolean srtp,
      SplittableRandom random,
      MediaClock clock)
      throws IOException {
    RtpSocket a = sideA.open("127.0.0.1", true);
    RtpSocket b = sideB.open("127.0.0.1", true);
    StreamConfig toB = StreamConfig.pcmu(b.localAddress());
    StreamConfig toA = StreamConfig.pcmu(a.localAddress());
    if (srtp) {
      SdesCrypto keyA = SdesCrypto.generate(1, SrtpSuite.AES_CM_128_HMAC_SHA1_80, random);
      SdesCrypto keyB = SdesCrypto.generate(1, SrtpSuite.AES_CM_128_HMAC_SHA1_80, random);
      toB = toB.withSrtp(keyA, keyB);
      toA = toA.withSrtp(keyB, keyA);
    }
    endpoints.add(new Endpoint(a, toB, random.split(), clock));
    endpoints.add(new Endpoint(b, toA, random.split(), clock));
  }

  private void report(
      int calls,
      boolean srtp,
      long cpuNanos,
      long wallNanos,
      long late,
      long skipped,
      long frames,
      long hidden,
      long heapPerStream) {
    int streams = endpoints.size();
    double ticks = (double) streams * wallNanos / 20_000_000L;
    double corePercentPerStream = 100.0 * cpuNanos / wallNanos / streams;
    long lost = endpoints.stream().mapToLong(e -> e.stream.statistics().packetsLost()).sum();
    long received =
        endpoints.stream().mapToLong(e -> e.stream.statistics().packetsReceived()).sum();
    System.out.printf(
        Locale.ROOT,
        "calls=%d streams=%d srtp=%s cpu/stream=%.4f%% of a core (%.0f streams/core)"
            + " lateTicks=%.3f%% skippedTicks=%.3f%% concealed=%.3f%% lostPackets=%.3f%%"
            + " heap/stream=%d B heap/call=%d B load=%.2f%n",
        calls,
        streams,
        srtp,
        corePercentPerStream,
        100.0 / corePercentPerStream,
        100.0 * late / ticks,
        100.0 * skipped / ticks,
        100.0 * hidden / Math.max(1, frames + hidden),
        100.0 * lost / Math.max(1, received + lost),
        heapPerStream,
        heapPerStream * 2,
        ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage());
  }

  private static long usedHeapAfterGc(MemoryMXBean memory) throws InterruptedException {
    for (int i = 0; i < 3; i++) {
      System.gc();
      Thread.sleep(200);
    }
    return memory.getHeapMemoryUsage().getUsed();
  }

  /** One side of one call, ticked by the shared clock. */
  private final class Endpoint {

    private final DatagramInbox inbox = new DatagramInbox();
    private final RtpStream stream;
    private final byte[] frame = new byte[160];

    Endpoint(RtpSocket socket, StreamConfig config, SplittableRandom random, MediaClock clock) {
      socket.receive(inbox);
      stream = new RtpStream(config, socket, "load@bench", random, event -> {}, System.nanoTime());
      clock.every(config.frameMillis(), this::onTick);
    }

    private void onTick(long now, int late) {
      inbox.drainTo(stream);
      G711.encodeUlaw(TONE, 0, frame, 0, TONE.length);
      stream.sendAudio(frame, now);
      stream.tick(now);
      Playout out = stream.poll(now);
      if (out instanceof Playout.Frame) {
        played.increment();
      } else if (out instanceof Playout.Conceal) {
        concealed.increment();
      }
    }
  }
}
