package io.parley.sip.transaction;

import io.parley.sip.message.SipRequest;
import io.parley.sip.message.SipResponse;
import io.parley.sip.port.ResolvedTarget;

/**
 * A client transaction (RFC 3261 §17.1): sends one request, retransmits it over unreliable
 * transports, and hands the responses that match it (§17.1.3) to its {@link Listener}.
 */
public abstract sealed class ClientTransaction extends Transaction
    permits InviteClientTransaction, NonInviteClientTransaction {

  final Listener listener;

  ClientTransaction(
      TransactionLayer layer,
      String key,
      SipRequest request,
      ResolvedTarget target,
      Listener listener) {
    super(layer, key, request, target);
    this.listener = listener;
  }

  /**
   * What a client transaction tells its transaction user, on the loop thread. Exactly one of a
   * final response, {@link #onTimeout} or {@link #onTransportError} ends every transaction (for
   * INVITE, 2xx retransmissions may follow the first 2xx: RFC 6026 §8.4).
   */
  public interface Listener {

    /** A response matched the transaction and is passed up (RFC 3261 §17.1.1.2, §17.1.2.2). */
    void onResponse(ClientTransaction transaction, SipResponse response);

    /**
     * Timer B or F fired without a final response: the TU treats it as 408 Request Timeout
     * (§8.1.3.1).
     */
    void onTimeout(ClientTransaction transaction);

    /**
     * The request could not be sent: the TU treats it as 503 Service Unavailable (§8.1.3.1) and may
     * try the next target (RFC 3263 §4.3).
     */
    void onTransportError(ClientTransaction transaction, String reason);
  }

  abstract void start();

  abstract void onResponse(SipResponse response);
}
