package io.parley.media.stream;

import io.parley.media.jitter.JitterConfig;
import io.parley.media.port.MediaAddress;
import io.parley.media.srtp.SdesCrypto;
import java.util.Objects;

/**
 * The negotiated shape of one audio stream, as offer/answer produced it.
 *
 * @param codec the SDP encoding name (for statistics), e.g. "PCMU"
 * @param payloadType the audio payload type
 * @param clockRate the audio RTP clock rate
 * @param frameMillis the packet time (ptime)
 * @param telephoneEventPayloadType the negotiated telephone-event type, or -1 if none
 * @param remote the far end's RTP address from its SDP
 * @param rtcpMux whether RTCP shares the RTP port (RFC 5761); otherwise it goes to port + 1
 * @param localKey our SDES key for what we send, or {@code null} for plain RTP
 * @param remoteKey the far end's SDES key for what we receive, or {@code null} for plain RTP
 * @param keepAliveMillis send a keep-alive after this long without sending (RFC 6263)
 * @param timeoutMillis report a media timeout after this long without receiving; 0 disables it
 * @param jitter the jitter buffer settings
 */
public record StreamConfig(
    String codec,
    int payloadType,
    int clockRate,
    int frameMillis,
    int telephoneEventPayloadType,
    MediaAddress remote,
    boolean rtcpMux,
    SdesCrypto localKey,
    SdesCrypto remoteKey,
    int keepAliveMillis,
    int timeoutMillis,
    JitterConfig jitter) {

  /**
   * Validates the configuration.
   *
   * @throws IllegalArgumentException if payload types are out of range, only one SRTP key is given,
   *     or the intervals are not positive
   */
  public StreamConfig {
    Objects.requireNonNull(codec, "codec");
    Objects.requireNonNull(remote, "remote");
    Objects.requireNonNull(jitter, "jitter");
    if (payloadType < 0 || payloadType > 127 || telephoneEventPayloadType > 127) {
      throw new IllegalArgumentException(
          "payload types must be 0..127, got " + payloadType + "/" + telephoneEventPayloadType);
    }
    if ((localKey == null) != (remoteKey == null)) {
      throw new IllegalArgumentException("SRTP needs both the local and the remote key");
    }
    if (keepAliveMillis <= 0 || timeoutMillis < 0 || frameMillis <= 0 || clockRate <= 0) {
      throw new IllegalArgumentException("intervals, frame and clock rate must be positive");
    }
  }

  /**
   * The common case: G.711 μ-law, 20 ms, telephone-event 101, rtcp-mux, 15 s keep-alive, 30 s
   * timeout, plain RTP.
   */
  public static StreamConfig pcmu(MediaAddress remote) {
    return new StreamConfig(
        "PCMU",
        0,
        8000,
        20,
        101,
        remote,
        true,
        null,
        null,
        15_000,
        30_000,
        JitterConfig.voice(8000));
  }

  /** Returns a copy with SRTP keys. */
  public StreamConfig withSrtp(SdesCrypto local, SdesCrypto remoteKey) {
    return new StreamConfig(
        codec,
        payloadType,
        clockRate,
        frameMillis,
        telephoneEventPayloadType,
        remote,
        rtcpMux,
        local,
        remoteKey,
        keepAliveMillis,
        timeoutMillis,
        jitter);
  }

  /** Returns the frame length in RTP timestamp units. */
  public int frameUnits() {
    return clockRate * frameMillis / 1000;
  }
}
