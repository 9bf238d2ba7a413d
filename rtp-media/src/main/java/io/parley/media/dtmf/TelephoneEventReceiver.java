package io.parley.media.dtmf;

import java.util.Optional;

/**
 * Turns received RFC 4733 packets into digits, each reported once: retransmitted end packets and
 * updates of an event already reported are ignored (RFC 4733 §2.5.2). A new event is recognised by
 * a new RTP timestamp, so a lost first packet still yields the digit from a later update or end
 * packet.
 */
public final class TelephoneEventReceiver {

  private boolean any;
  private long lastTimestamp;

  /**
   * Takes one received telephone-event packet.
   *
   * @param rtpTimestamp the packet's RTP timestamp (the event start)
   * @param event the decoded payload
   * @return the digit if this packet starts a new DTMF event, else empty (also for non-DTMF events
   *     such as flash)
   */
  public Optional<DtmfDigit> onPacket(long rtpTimestamp, TelephoneEvent event) {
    if (any && rtpTimestamp == lastTimestamp) {
      return Optional.empty();
    }
    any = true;
    lastTimestamp = rtpTimestamp;
    return DtmfDigit.ofEvent(event.event());
  }
}
