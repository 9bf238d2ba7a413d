package io.parley.media.jitter;

import static org.assertj.core.api.Assertions.assertThat;

import io.parley.media.rtp.RtpPacket;
import java.util.ArrayList;
import java.util.List;
import java.util.PriorityQueue;
import java.util.Random;
import org.junit.jupiter.api.Test;

class JitterBufferTest {

  private static final long MS = 1_000_000L;

  @Test
  void rfc3550SectionA8_steadyStreamPlaysEveryFrameInOrder() {
    JitterBuffer buffer = new JitterBuffer(JitterConfig.voice(8000));
    List<Integer> played = run(buffer, arrivals(200, seq -> 30 * MS, 0, 1));

    assertThat(played).hasSize(199 - firstPlayable(played));
    assertThat(played).isSorted().doesNotHaveDuplicates();
    assertThat(buffer.statistics().concealed()).isZero();
  }

  @Test
  void rfc3550SectionA8_reorderedPacketsPlayInSequence() {
    JitterBuffer buffer = new JitterBuffer(JitterConfig.voice(8000));
    List<Arrival> arrivals = arrivals(100, seq -> 30 * MS + (seq % 2 == 0 ? 25 * MS : 0), 0, 1);

    List<Integer> played = run(buffer, arrivals);

    assertThat(played).isSorted().doesNotHaveDuplicates();
    assertThat(played).containsSequence(50, 51, 52, 53, 54, 55);
    assertThat(buffer.statistics().late()).isZero();
  }

  @Test
  void rfc3550SectionA8_duplicatesAreDroppedAndCounted() {
    JitterBuffer buffer = new JitterBuffer(JitterConfig.voice(8000));
    List<Arrival> arrivals = new ArrayList<>(arrivals(50, seq -> 30 * MS, 0, 1));
    for (int seq = 10; seq < 20; seq++) {
      arrivals.add(new Arrival(packet(seq, 1), seq * 20 * MS + 35 * MS));
    }

    List<Integer> played = run(buffer, arrivals);

    assertThat(played).doesNotHaveDuplicates().contains(10, 15, 19);
    assertThat(buffer.statistics().duplicates()).isEqualTo(10);
  }

  @Test
  void rfc3550SectionA8_packetAfterItsPlayoutTimeIsLate() {
    JitterBuffer buffer = new JitterBuffer(JitterConfig.voice(8000));
    List<Arrival> arrivals = new ArrayList<>(arrivals(100, seq -> 30 * MS, 0, 1));
    arrivals.removeIf(arrival -> arrival.packet.sequenceNumber() == 60);
    arrivals.add(new Arrival(packet(60, 1), 60 * 20 * MS + 500 * MS));

    List<Integer> played = run(buffer, arrivals);

    assertThat(played).doesNotContain(60).contains(59, 61);
    assertThat(buffer.statistics().late()).isEqualTo(1);
    assertThat(buffer.statistics().concealed()).isEqualTo(1);
  }

  @Test
  void rfc3550SectionA8_delayGrowsUnderJitterAndShrinksBack() {
    JitterBuffer buffer = new JitterBuffer(JitterConfig.voice(8000));
    Random random = new Random(60);
    List<Arrival> arrivals =
        arrivals(
            1000,
            seq -> 20 * MS + (seq >= 200 && seq < 500 ? (long) (random.nextDouble() * 60 * MS) : 0),
            0,
            1);
    List<Double> targets = new ArrayList<>();

    run(buffer, arrivals, stats -> targets.add(stats.targetDelayMillis()));

    double duringJitter = targets.get(480);
    double afterJitter = targets.get(990);
    assertThat(targets.get(150)).isLessThanOrEqualTo(40);
    assertThat(duringJitter).isGreaterThanOrEqualTo(60);
    assertThat(afterJitter).isLessThanOrEqualTo(40);
    assertThat(buffer.statistics().currentDelayMillis()).isLessThanOrEqualTo(80);
    assertThat(buffer.statistics().dropped()).isPositive();
  }

  @Test
  void rfc3550SectionA8_fasterSenderClockDoesNotGrowTheBufferWithoutBound() {
    JitterBuffer buffer = new JitterBuffer(JitterConfig.voice(8000));
    List<Arrival> arrivals = arrivals(3000, seq -> 20 * MS - seq * 20 * MS / 100, 0, 1);

    run(buffer, arrivals);

    assertThat(buffer.statistics().currentDelayMillis()).isLessThanOrEqualTo(100);
    assertThat(buffer.statistics().dropped()).isGreaterThan(20);
  }

  @Test
  void rfc3550SectionA8_slowerSenderClockUnderrunsAndRecovers() {
    JitterBuffer buffer = new JitterBuffer(JitterConfig.voice(8000));
    List<Arrival> arrivals = arrivals(3000, seq -> 20 * MS + seq * 20 * MS / 100, 0, 1);

    List<Integer> played = run(buffer, arrivals);

    assertThat(played.size()).isGreaterThan(2900);
    assertThat(buffer.statistics().underruns()).isPositive();
  }

  @Test
  void rfc3550Section8_2_newSsrcRestartsTheBuffer() {
    JitterBuffer buffer = new JitterBuffer(JitterConfig.voice(8000));
    List<Arrival> arrivals = new ArrayList<>(arrivals(100, seq -> 30 * MS, 0, 1));
    for (int i = 0; i < 100; i++) {
      RtpPacket other = RtpPacket.of(0, 5000 + i, 777_000L + 160L * i, 2, false, new byte[160]);
      arrivals.add(new Arrival(other, (100 + i) * 20 * MS + 30 * MS));
    }

    List<Integer> played = run(buffer, arrivals);

    assertThat(played).contains(98, 5000, 5099);
    assertThat(played.subList(played.indexOf(5000), played.size())).hasSize(100);
    assertThat(buffer.statistics().resyncs()).isEqualTo(1);
  }

  @Test
  void rfc3551Section4_1_talkspurtAfterSilenceIsReanchored() {
    JitterBuffer buffer = new JitterBuffer(JitterConfig.voice(8000));
    List<Arrival> arrivals = new ArrayList<>(arrivals(50, seq -> 30 * MS, 0, 1));
    for (int i = 0; i < 50; i++) {
      int seq = 50 + i;
      long ts = 160L * (seq + 100);
      RtpPacket packet = RtpPacket.of(0, seq, ts, 1, i == 0, new byte[160]);
      arrivals.add(new Arrival(packet, (seq + 100) * 20 * MS + 30 * MS));
    }

    List<Integer> played = run(buffer, arrivals);

    assertThat(played).contains(49, 50, 99);
    assertThat(buffer.statistics().concealed()).isLessThanOrEqualTo(5);
  }

  private static int firstPlayable(List<Integer> played) {
    return played.get(0) - 1;
  }

  record Arrival(RtpPacket packet, long nanos) {}

  interface Delay {
    long of(int seq);
  }

  static List<Arrival> arrivals(int count, Delay delay, int firstSeq, long ssrc) {
    List<Arrival> arrivals = new ArrayList<>();
    for (int i = 0; i < count; i++) {
      int seq = firstSeq + i;
      arrivals.add(new Arrival(packet(seq, ssrc), i * 20 * MS + delay.of(seq)));
    }
    return arrivals;
  }

  static RtpPacket packet(int seq, long ssrc) {
    return RtpPacket.of(0, seq & 0xFFFF, 160L * seq, ssrc, false, new byte[160]);
  }

  static List<Integer> run(JitterBuffer buffer, List<Arrival> arrivals) {
    return run(buffer, arrivals, stats -> {});
  }

  /** Interleaves arrivals with 20 ms clock ticks in time order and returns the played sequence. */
  static List<Integer> run(
      JitterBuffer buffer,
      List<Arrival> arrivals,
      java.util.function.Consumer<JitterStatistics> perTick) {
    PriorityQueue<Arrival> queue =
        new PriorityQueue<>((a, b) -> Long.compare(a.nanos(), b.nanos()));
    queue.addAll(arrivals);
    long end = arrivals.stream().mapToLong(Arrival::nanos).max().orElse(0) + 1000 * MS;
    List<Integer> played = new ArrayList<>();
    for (long tick = 0; tick < end; tick += 20 * MS) {
      while (!queue.isEmpty() && queue.peek().nanos() <= tick) {
        Arrival next = queue.poll();
        buffer.offer(next.packet(), next.nanos());
      }
      if (queue.isEmpty() && !played.isEmpty() && buffer.statistics().currentDelayMillis() == 0) {
        break;
      }
      if (buffer.poll(tick) instanceof Playout.Frame frame) {
        played.add(frame.sequenceNumber());
      }
      perTick.accept(buffer.statistics());
    }
    return played;
  }
}
