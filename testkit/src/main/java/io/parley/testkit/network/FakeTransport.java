package io.parley.testkit.network;

import io.parley.sip.message.SipMessage;
import io.parley.sip.port.ResolvedTarget;
import io.parley.sip.port.SipTransport;
import io.parley.sip.port.Transport;
import io.parley.sip.syntax.SipParseException;
import java.util.Objects;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * One endpoint of a {@link FakeNetwork}: a {@link SipTransport} that listens on one address and
 * port for UDP, TCP and TLS. Listener calls happen on the network's virtual loop.
 */
public final class FakeTransport implements SipTransport {

  private static final Logger LOG = LoggerFactory.getLogger(FakeTransport.class);

  private final FakeNetwork network;
  private final String address;
  private final int port;
  private Listener listener;
  private int malformed;
  private boolean closed;
  private final java.util.List<ResolvedTarget> keepAlives = new java.util.ArrayList<>();

  FakeTransport(FakeNetwork network, String address, int port) {
    this.network = network;
    this.address = new ResolvedTarget(Transport.UDP, address, port).address();
    this.port = port;
  }

  @Override
  public void send(SipMessage message, ResolvedTarget target) {
    Objects.requireNonNull(message, "message");
    Objects.requireNonNull(target, "target");
    if (listener == null || closed) {
      throw new IllegalStateException(
          closed ? this + " is closed" : "listen() must be called before send()");
    }
    network.send(this, message, target);
  }

  @Override
  public String sentBy(Transport transport) {
    return address.indexOf(':') >= 0 ? "[" + address + "]:" + port : address + ":" + port;
  }

  @Override
  public void listen(Listener newListener) {
    if (listener != null) {
      throw new IllegalStateException("a listener is already set");
    }
    listener = Objects.requireNonNull(newListener, "listener");
  }

  /** This endpoint's address for {@code transport}. */
  public ResolvedTarget address(Transport transport) {
    return new ResolvedTarget(transport, address, port);
  }

  /** How many arriving messages could not be parsed (and were dropped). */
  public int malformedCount() {
    return malformed;
  }

  /** Records the ping; the fake network's flows never die on their own. */
  @Override
  public void keepAlive(ResolvedTarget peer) {
    keepAlives.add(peer);
  }

  /** Every keep-alive ping asked for so far, in order. */
  public java.util.List<ResolvedTarget> keepAlives() {
    return java.util.List.copyOf(keepAlives);
  }

  /** Tells the listener that the connection to {@code peer} died (RFC 5626 §4.4). */
  public void failFlow(ResolvedTarget peer, String reason) {
    if (listener != null) {
      listener.onFlowFailed(peer, reason);
    }
  }

  /** Leaves the network: later arrivals are dropped, later sends rejected. */
  @Override
  public void close() {
    if (!closed) {
      closed = true;
      network.unbind(this);
    }
  }

  /** Whether {@link #close()} was called. */
  public boolean isClosed() {
    return closed;
  }

  void deliver(byte[] bytes, ResolvedTarget from) {
    if (closed) {
      return;
    }
    SipMessage message;
    try {
      message = FakeNetwork.parse(bytes);
    } catch (SipParseException e) {
      malformed++;
      LOG.debug("dropped a malformed message from {}: {}", from, e.getMessage());
      return;
    }
    if (listener != null) {
      listener.onMessage(message, from);
    }
  }

  void sendFailed(SipMessage message, ResolvedTarget target, String reason) {
    if (listener != null) {
      listener.onSendFailed(message, target, reason);
    }
  }

  @Override
  public String toString() {
    return "FakeTransport[" + address + ":" + port + "]";
  }
}
