package io.parley.transport.rtp;

import io.parley.media.port.MediaAddress;
import io.parley.media.port.RtpSocket;
import java.util.Arrays;
import java.util.Queue;
import java.util.concurrent.ConcurrentLinkedQueue;

/**
 * Hands datagrams from the selector thread to the media thread: a stream is confined to the media
 * clock's thread, so the socket's receiver queues copies here and each tick drains them into the
 * stream, in arrival order.
 *
 * <pre>{@code
 * DatagramInbox inbox = new DatagramInbox();
 * socket.receive(inbox);
 * clock.every(20, (now, late) -> { inbox.drainTo(stream); ... });
 * }</pre>
 */
public final class DatagramInbox implements RtpSocket.Receiver {

  private record Datagram(MediaAddress from, byte[] data, long arrivalNanos) {}

  private final Queue<Datagram> queue = new ConcurrentLinkedQueue<>();

  @Override
  public void onDatagram(MediaAddress from, byte[] data, int length, long arrivalNanos) {
    queue.add(new Datagram(from, Arrays.copyOf(data, length), arrivalNanos));
  }

  /**
   * Delivers every queued datagram to {@code target} on the calling thread.
   *
   * @param target usually the {@link io.parley.media.stream.RtpStream}
   * @return how many datagrams were delivered
   */
  public int drainTo(RtpSocket.Receiver target) {
    int count = 0;
    for (Datagram d = queue.poll(); d != null; d = queue.poll()) {
      target.onDatagram(d.from(), d.data(), d.data().length, d.arrivalNanos());
      count++;
    }
    return count;
  }
}
