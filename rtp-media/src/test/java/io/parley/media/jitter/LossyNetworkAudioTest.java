package io.parley.media.jitter;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import io.parley.media.rtp.RtpPacket;
import java.nio.ByteBuffer;
import java.util.ArrayList;
import java.util.List;
import java.util.PriorityQueue;
import java.util.Random;
import org.junit.jupiter.api.Test;

/**
 * A 1 kHz tone sent as 20 ms linear PCM packets through a network that loses 20% of packets and
 * delays each by 20..80 ms (60 ms jitter), received through the jitter buffer and the fading repeat
 * concealment: the tone must arrive at the right frequency with few audible gaps.
 */
class LossyNetworkAudioTest {

  private static final long MS = 1_000_000L;
  private static final int FRAME = 160;
  private static final int SECONDS = 20;

  @Test
  void rfc3550SectionA8_toneSurvivesTwentyPercentLossAndSixtyMillisecondJitter() {
    Random network = new Random(20_60);
    PriorityQueue<long[]> inFlight = new PriorityQueue<>((a, b) -> Long.compare(a[0], b[0]));
    int frames = SECONDS * 50;
    for (int seq = 0; seq < frames; seq++) {
      if (network.nextDouble() >= 0.20) {
        long arrival = seq * 20 * MS + 20 * MS + (long) (network.nextDouble() * 60 * MS);
        inFlight.add(new long[] {arrival, seq});
      }
    }
    JitterBuffer buffer = new JitterBuffer(JitterConfig.voice(8000));
    LossConcealment concealment = new FadingRepeatConcealment();
    List<short[]> heard = new ArrayList<>();
    for (long tick = 0; tick < (frames + 20) * 20 * MS; tick += 20 * MS) {
      while (!inFlight.isEmpty() && inFlight.peek()[0] <= tick) {
        long[] next = inFlight.poll();
        buffer.offer(packet((int) next[1]), next[0]);
      }
      short[] pcm = new short[FRAME];
      Playout playout = buffer.poll(tick);
      if (playout instanceof Playout.Frame frame) {
        ByteBuffer.wrap(frame.payload()).asShortBuffer().get(pcm);
        concealment.onDecoded(pcm, 0, FRAME);
      } else if (playout instanceof Playout.Conceal) {
        concealment.conceal(pcm, 0, FRAME);
      }
      heard.add(pcm);
    }

    List<short[]> speech = trimSilence(heard);
    System.out.println(
        "DIAG "
            + buffer.statistics()
            + " gaps="
            + gaps(speech)
            + " n="
            + speech.size()
            + " f="
            + frequency(speech));
    assertThat(speech.size()).isGreaterThan(frames * 95 / 100);
    assertThat(frequency(speech)).isCloseTo(1000.0, within(5.0));
    assertThat(gaps(speech)).isLessThanOrEqualTo(speech.size() / 100);
    assertThat(buffer.statistics().concealed()).isPositive();
  }

  private static RtpPacket packet(int seq) {
    ByteBuffer payload = ByteBuffer.allocate(FRAME * 2);
    for (int i = 0; i < FRAME; i++) {
      long n = (long) seq * FRAME + i;
      payload.putShort((short) Math.round(8000 * Math.sin(2 * Math.PI * 1000 * n / 8000.0)));
    }
    return RtpPacket.of(96, seq, (long) seq * FRAME, 0x10AD, seq == 0, payload.array());
  }

  private static List<short[]> trimSilence(List<short[]> heard) {
    int first = 0;
    while (first < heard.size() && rms(heard.get(first)) < 100) {
      first++;
    }
    int last = heard.size() - 1;
    while (last > first && rms(heard.get(last)) < 100) {
      last--;
    }
    return heard.subList(first, last + 1);
  }

  /** Counts frames that are nearly silent (a fade below -12 dB counts as a gap). */
  private static int gaps(List<short[]> frames) {
    int gaps = 0;
    for (short[] frame : frames) {
      if (rms(frame) < 8000 / Math.sqrt(2) / 4) {
        gaps++;
      }
    }
    return gaps;
  }

  /** Estimates the frequency from upward zero crossings over all frames. */
  private static double frequency(List<short[]> frames) {
    int crossings = 0;
    short previous = 0;
    for (short[] frame : frames) {
      for (short sample : frame) {
        if (previous < 0 && sample >= 0) {
          crossings++;
        }
        previous = sample;
      }
    }
    return crossings / (frames.size() * 0.020);
  }

  private static double rms(short[] frame) {
    double sum = 0;
    for (short sample : frame) {
      sum += (double) sample * sample;
    }
    return Math.sqrt(sum / frame.length);
  }
}
