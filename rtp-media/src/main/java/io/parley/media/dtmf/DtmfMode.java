package io.parley.media.dtmf;

/** How a call sends DTMF, chosen per call like the dtmfmode setting of common softphones. */
public enum DtmfMode {
  /** RFC 4733 telephone-events in the RTP stream. */
  RFC4733,
  /** SIP INFO requests with an application/dtmf-relay body. */
  SIP_INFO,
  /** Tones mixed into the audio. */
  INBAND,
  /** RFC 4733 when the far end negotiated telephone-event, else SIP INFO. */
  AUTO;

  /**
   * Resolves the mode for a negotiated session.
   *
   * @param remoteTelephoneEvent whether the far end's SDP offered or accepted telephone-event
   * @return the concrete mode; never {@link #AUTO}
   */
  public DtmfMode resolve(boolean remoteTelephoneEvent) {
    if (this != AUTO) {
      return this;
    }
    return remoteTelephoneEvent ? RFC4733 : SIP_INFO;
  }
}
