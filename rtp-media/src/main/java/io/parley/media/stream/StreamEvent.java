package io.parley.media.stream;

import io.parley.media.dtmf.DtmfDigit;
import io.parley.media.port.MediaAddress;

/** Something a stream noticed, reported to its owner on the media thread. */
public sealed interface StreamEvent {

  /**
   * The far end pressed a key (RFC 4733), reported once per press.
   *
   * @param digit the key
   */
  record DtmfReceived(DtmfDigit digit) implements StreamEvent {}

  /**
   * Nothing arrived for the configured timeout; reported once until media flows again.
   *
   * @param silentMillis how long nothing arrived
   */
  record MediaTimeout(long silentMillis) implements StreamEvent {}

  /**
   * Media is now sent to where the far end really sends from (RFC 4961), e.g. its NAT address.
   *
   * @param address the new destination
   */
  record RemoteLatched(MediaAddress address) implements StreamEvent {}

  /**
   * The far end left the session with an RTCP BYE (RFC 3550 §6.6).
   *
   * @param reason its reason text, possibly empty
   */
  record Goodbye(String reason) implements StreamEvent {}
}
