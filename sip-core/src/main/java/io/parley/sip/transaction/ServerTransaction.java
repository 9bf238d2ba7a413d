package io.parley.sip.transaction;

import io.parley.sip.message.SipRequest;
import io.parley.sip.message.SipResponse;
import io.parley.sip.port.ResolvedTarget;
import java.util.Objects;

/**
 * A server transaction (RFC 3261 §17.2): absorbs retransmitted requests, sends the responses of its
 * transaction user, and retransmits them where the RFC says so.
 */
public abstract sealed class ServerTransaction extends Transaction
    permits InviteServerTransaction, NonInviteServerTransaction {

  private final ResolvedTarget responseTarget;
  private Listener listener = new Listener() {};
  SipResponse lastResponse;

  ServerTransaction(TransactionLayer layer, String key, SipRequest request, ResolvedTarget source) {
    super(layer, key, request, source);
    this.responseTarget = ResponseRouting.target(request, source);
  }

  /**
   * What a server transaction tells its transaction user, on the loop thread. All methods default
   * to doing nothing.
   */
  public interface Listener {

    /** Timer H fired: the ACK for a non-2xx final response never came (§17.2.1). */
    default void onTimeout(ServerTransaction transaction) {}

    /** A response could not be sent (§17.2.4); the transaction has ended. */
    default void onTransportError(ServerTransaction transaction, String reason) {}
  }

  /** Sets who hears of timeouts and transport errors. */
  public void setListener(Listener listener) {
    this.listener = Objects.requireNonNull(listener, "listener");
  }

  Listener listener() {
    return listener;
  }

  /**
   * Sends a response within this transaction (RFC 3261 §17.2.1, §17.2.2).
   *
   * @throws IllegalArgumentException if the response's CSeq or top Via do not match the request
   *     (build it with {@code SipResponse.builder(request(), code)})
   * @throws IllegalStateException if a final response was already sent (for INVITE, further 2xx are
   *     allowed: they are retransmissions the TU makes, §13.3.1.4)
   */
  public abstract void respond(SipResponse response);

  /** The status of the last response sent, or 0 if none yet. */
  public int lastStatus() {
    return lastResponse == null ? 0 : lastResponse.statusCode();
  }

  /** Where responses go (RFC 3261 §18.2.2, RFC 3581 §4). */
  public ResolvedTarget responseTarget() {
    return responseTarget;
  }

  final void transmit(SipResponse response) {
    lastResponse = response;
    send(response, responseTarget);
  }

  final void checkMatches(SipResponse response) {
    if (!response.cSeq().equals(request.cSeq())
        || !response.topVia().branch().equals(request.topVia().branch())) {
      throw new IllegalArgumentException(
          "response "
              + response.statusCode()
              + " ("
              + response.cSeq()
              + ") does not belong to "
              + this);
    }
  }

  abstract void onRetransmission(SipRequest retransmission);

  @Override
  void onTransportError(String reason) {
    terminate();
    listener.onTransportError(this, reason);
  }
}
