package io.parley.api;

import java.time.Instant;
import java.util.Objects;

/**
 * A SIP message was sent or received (PortSIP's onSendingSignaling / onReceivedSignaling).
 * Published only while message logging is switched on.
 *
 * @param at when it crossed the transport
 * @param direction {@link Direction#SENT} or {@link Direction#RECEIVED}
 * @param transport {@code UDP}, {@code TCP} or {@code TLS}
 * @param remote the far end as {@code host:port}
 * @param message the message text; Authorization and Proxy-Authorization values are masked
 */
public record SignalingLogged(
    Instant at, Direction direction, String transport, String remote, String message)
    implements PhoneEvent {

  /** Which way the message went. */
  public enum Direction {
    SENT,
    RECEIVED
  }

  /** Checks that no field is null. */
  public SignalingLogged {
    Objects.requireNonNull(at, "at");
    Objects.requireNonNull(direction, "direction");
    Objects.requireNonNull(transport, "transport");
    Objects.requireNonNull(remote, "remote");
    Objects.requireNonNull(message, "message");
  }
}
