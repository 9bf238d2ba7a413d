package io.parley.sdp.offeranswer;

import io.parley.sdp.Crypto;
import io.parley.sdp.Direction;
import java.util.List;
import java.util.Optional;
import java.util.OptionalInt;

/**
 * What offer/answer agreed for one accepted stream: everything the media layer needs to send and
 * receive it.
 *
 * @param index the m-line index in the offer and answer
 * @param media the media type
 * @param remoteAddress where to send RTP ({@code 0.0.0.0} when the remote holds the old way)
 * @param remoteRtpPort the remote RTP port
 * @param remoteRtcpAddress where to send RTCP (RFC 3605 {@code a=rtcp} or the RTP address)
 * @param remoteRtcpPort the remote RTCP port: {@code a=rtcp}, else the RTP port when muxed, else
 *     RTP port + 1
 * @param rtcpMux whether RTP and RTCP share a port (RFC 5761)
 * @param sendCodec the codec we send, with the payload type to put in RTP headers
 * @param receiveCodecs every codec of the answer the remote may send, with payload types
 * @param telephoneEventPayloadType the RFC 4733 payload type, when negotiated
 * @param ptime the packet time we send with, in ms
 * @param direction what we do: {@link Direction#sends()} means we send, {@link
 *     Direction#receives()} that we receive
 * @param remoteHold whether the remote does not want to receive: it holds the call (RFC 3264 §8.4)
 * @param localCrypto our SDES key, used to protect what we send
 * @param remoteCrypto the remote's SDES key, used to unprotect what we receive
 */
public record NegotiatedStream(
    int index,
    String media,
    String remoteAddress,
    int remoteRtpPort,
    String remoteRtcpAddress,
    int remoteRtcpPort,
    boolean rtcpMux,
    Codec sendCodec,
    List<Codec> receiveCodecs,
    OptionalInt telephoneEventPayloadType,
    int ptime,
    Direction direction,
    boolean remoteHold,
    Optional<Crypto> localCrypto,
    Optional<Crypto> remoteCrypto) {

  /** Copies the list. */
  public NegotiatedStream {
    receiveCodecs = List.copyOf(receiveCodecs);
  }
}
