package io.parley.benchmarks.media;

import io.parley.media.port.MediaAddress;
import io.parley.media.port.RtpSocket;

/** A socket that hands each datagram straight to its peer's receiver, on the sending thread. */
final class MemorySocket implements RtpSocket {

  private final MediaAddress local;
  private MemorySocket peer;
  private Receiver receiver = (from, data, length, arrival) -> {};
  long now;

  MemorySocket(MediaAddress local) {
    this.local = local;
  }

  static MemorySocket[] pair() {
    MemorySocket a = new MemorySocket(new MediaAddress("10.0.0.1", 4000));
    MemorySocket b = new MemorySocket(new MediaAddress("10.0.0.2", 4000));
    a.peer = b;
    b.peer = a;
    return new MemorySocket[] {a, b};
  }

  @Override
  public void send(MediaAddress to, byte[] data, int offset, int length) {
    byte[] copy = new byte[length];
    System.arraycopy(data, offset, copy, 0, length);
    peer.receiver.onDatagram(local, copy, length, peer.now);
  }

  @Override
  public void receive(Receiver receiver) {
    this.receiver = receiver;
  }

  @Override
  public MediaAddress localAddress() {
    return local;
  }

  @Override
  public void close() {}
}
