package io.parley.sip.transaction;

import io.parley.sip.message.SipMessage;
import io.parley.sip.message.SipRequest;
import io.parley.sip.port.Loop;
import io.parley.sip.port.ResolvedTarget;
import java.time.Duration;

/**
 * What the four RFC 3261 §17 machines share: the request that created the transaction, the peer,
 * the key it is matched by, and access to the loop and transport through the layer.
 *
 * <p>Runs on the layer's loop only. A terminated transaction has left the layer's table and ignores
 * everything.
 */
public abstract sealed class Transaction permits ClientTransaction, ServerTransaction {

  final TransactionLayer layer;
  final String key;
  final SipRequest request;
  final ResolvedTarget peer;
  final boolean reliable;
  private boolean terminated;

  Transaction(TransactionLayer layer, String key, SipRequest request, ResolvedTarget peer) {
    this.layer = layer;
    this.key = key;
    this.request = request;
    this.peer = peer;
    this.reliable = peer.transport().isReliable();
  }

  /** The request that created this transaction. */
  public SipRequest request() {
    return request;
  }

  /** The far end: where requests go (client) or where the request came from (server). */
  public ResolvedTarget peer() {
    return peer;
  }

  /** The top Via branch parameter (empty for an RFC 2543 request without one). */
  public String branch() {
    return request.topVia().branch().orElse("");
  }

  /** Whether the transaction has ended and left the layer. */
  public boolean isTerminated() {
    return terminated;
  }

  /** The RFC name of the current state, for logs and tests. */
  public abstract String stateName();

  final TransactionTimers timers() {
    return layer.timers();
  }

  final Loop.Timer schedule(Duration delay, Runnable task) {
    return layer
        .loop()
        .schedule(
            delay,
            () -> {
              if (!terminated) {
                task.run();
              }
            });
  }

  static void cancel(Loop.Timer timer) {
    if (timer != null) {
      timer.cancel();
    }
  }

  final void send(SipMessage message, ResolvedTarget target) {
    layer.transport().send(message, target);
  }

  /** Leaves the layer; subclasses cancel their timers first. Idempotent. */
  final void terminate() {
    if (!terminated) {
      terminated = true;
      cancelTimers();
      layer.remove(this);
    }
  }

  abstract void cancelTimers();

  /** The transport could not deliver something this transaction sent (RFC 3261 §17.1.4). */
  abstract void onTransportError(String reason);

  @Override
  public String toString() {
    return getClass().getSimpleName()
        + "["
        + request.method()
        + " "
        + branch()
        + " "
        + stateName()
        + "]";
  }
}
