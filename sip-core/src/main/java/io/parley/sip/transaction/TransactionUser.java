package io.parley.sip.transaction;

import io.parley.sip.message.SipRequest;
import io.parley.sip.message.SipResponse;
import io.parley.sip.port.ResolvedTarget;

/**
 * The layer above the transactions (the UA core, dialogs, registration), as RFC 3261 §17 calls it.
 * Called on the loop thread.
 */
public interface TransactionUser {

  /**
   * A new request arrived and a server transaction was created for it. The TU answers through
   * {@link ServerTransaction#respond}. For CANCEL, {@link
   * TransactionLayer#findInviteToCancel(SipRequest)} finds the INVITE it cancels (§9.2).
   */
  void onRequest(ServerTransaction transaction, SipRequest request);

  /**
   * An ACK that no transaction absorbs: the ACK for a 2xx, which is its own transaction
   * (§17.1.1.3), or one matching an INVITE server transaction in RFC 6026's Accepted state.
   */
  void onAck(SipRequest ack, ResolvedTarget source);

  /**
   * A response that matches no client transaction (§18.1.2): typically a 2xx retransmission or a
   * 2xx from another fork after the INVITE transaction has ended, which the dialog layer must still
   * ACK (and, for a fork it does not want, BYE).
   */
  void onStrayResponse(SipResponse response, ResolvedTarget source);
}
