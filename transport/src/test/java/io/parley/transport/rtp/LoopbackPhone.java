package io.parley.transport.rtp;

import io.parley.media.dtmf.DtmfDigit;
import io.parley.media.jitter.Playout;
import io.parley.media.port.MediaClock;
import io.parley.media.port.RtpSocket;
import io.parley.media.stream.RtpStream;
import io.parley.media.stream.StreamConfig;
import io.parley.media.stream.StreamEvent;
import java.util.List;
import java.util.Queue;
import java.util.SplittableRandom;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.Function;

/**
 * One side of a test call: a real UDP socket, an inbox, an RtpStream and a clock subscription that
 * sends a tone (or silence) every 20 ms and records what plays out.
 */
final class LoopbackPhone implements AutoCloseable {

  final RtpSocket socket;
  final DatagramInbox inbox = new DatagramInbox();
  final List<DtmfDigit> digits = new CopyOnWriteArrayList<>();
  final Queue<short[]> played = new ConcurrentLinkedQueue<>();
  final Queue<DtmfDigit> toSend = new ConcurrentLinkedQueue<>();
  volatile int concealed;
  private final int toneHz;
  private RtpStream stream;
  private MediaClock.Subscription subscription;
  private long sample;

  LoopbackPhone(RtpSocket socket, int toneHz) {
    this.socket = socket;
    this.toneHz = toneHz;
    socket.receive(inbox);
  }

  void start(MediaClock clock, StreamConfig config, Function<RtpSocket, RtpSocket> wrap) {
    long now = System.nanoTime();
    stream =
        new RtpStream(
            config,
            wrap.apply(socket),
            "test@loopback",
            new SplittableRandom(),
            this::onEvent,
            now);
    subscription = clock.every(config.frameMillis(), this::onTick);
  }

  private void onTick(long now, int late) {
    inbox.drainTo(stream);
    for (DtmfDigit d = toSend.poll(); d != null; d = toSend.poll()) {
      stream.sendDtmf(d);
    }
    if (toneHz > 0) {
      stream.sendAudio(MuLaw.encode(tone()), now);
    } else {
      stream.skipFrame(now);
    }
    stream.tick(now);
    Playout out = stream.poll(now);
    if (out instanceof Playout.Frame frame) {
      byte[] payload = frame.payload();
      short[] pcm = new short[payload.length];
      for (int i = 0; i < pcm.length; i++) {
        pcm[i] = MuLaw.decode(payload[i]);
      }
      played.add(pcm);
    } else if (out instanceof Playout.Conceal && !played.isEmpty()) {
      concealed++;
    }
  }

  private short[] tone() {
    short[] pcm = new short[160];
    for (int i = 0; i < pcm.length; i++, sample++) {
      pcm[i] = (short) (8000 * Math.sin(2 * Math.PI * toneHz * sample / 8000.0));
    }
    return pcm;
  }

  private void onEvent(StreamEvent event) {
    if (event instanceof StreamEvent.DtmfReceived received) {
      digits.add(received.digit());
    }
  }

  /** Read only after the clock is closed: the clock's join publishes the stream's state. */
  RtpStream stream() {
    return stream;
  }

  void stop() {
    subscription.close();
  }

  @Override
  public void close() {
    socket.close();
  }
}
