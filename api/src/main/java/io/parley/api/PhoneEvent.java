package io.parley.api;

import java.time.Instant;

/**
 * Everything a phone tells its user, as one sealed hierarchy of records, delivered in order on the
 * phone's event thread (see {@link PhoneEvents}).
 *
 * <p>Names show direction, as in sofia-sip's nua: indications of what the network did, and results
 * of the user's own requests. New kinds of event are added as the SDK grows; a {@code switch} over
 * them should keep a default branch.
 */
public sealed interface PhoneEvent
    permits CallDetailRecord, CallStateChanged, IncomingCall, RegistrationChanged, SignalingLogged {

  /** When the event happened, on the phone's clock. */
  Instant at();
}
