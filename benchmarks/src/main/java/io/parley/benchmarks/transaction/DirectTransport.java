package io.parley.benchmarks.transaction;

import io.parley.sip.message.SipMessage;
import io.parley.sip.port.ResolvedTarget;
import io.parley.sip.port.SipTransport;
import io.parley.sip.port.Transport;

/**
 * An in-memory transport that hands message objects to its peer's listener on the same loop, with
 * no bytes, loss or delay: it measures the transaction layer alone.
 */
final class DirectTransport implements SipTransport {

  private final ResolvedTarget self;
  private DirectTransport peer;
  private Listener listener;

  DirectTransport(ResolvedTarget self) {
    this.self = self;
  }

  void connect(DirectTransport other) {
    this.peer = other;
    other.peer = this;
  }

  @Override
  public void send(SipMessage message, ResolvedTarget target) {
    peer.listener.onMessage(message, self);
  }

  @Override
  public String sentBy(Transport transport) {
    return self.address() + ":" + self.port();
  }

  @Override
  public void listen(Listener newListener) {
    this.listener = newListener;
  }

  @Override
  public void close() {}
}
