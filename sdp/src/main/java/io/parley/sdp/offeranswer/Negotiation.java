package io.parley.sdp.offeranswer;

import io.parley.sdp.SessionDescription;
import java.util.List;
import java.util.Optional;

/**
 * The outcome of one offer/answer exchange.
 *
 * @param local our SDP: the answer we send, or the offer we sent
 * @param remote the remote SDP: the offer we answered, or the answer we took
 * @param streams the accepted streams; rejected ones (port 0) are absent
 * @param remoteChanged false when the remote sent exactly its previous SDP again (RFC 3264 §8: an
 *     unchanged description keeps its o= version), so running media need not restart
 */
public record Negotiation(
    SessionDescription local,
    SessionDescription remote,
    List<NegotiatedStream> streams,
    boolean remoteChanged) {

  /** Copies the list. */
  public Negotiation {
    streams = List.copyOf(streams);
  }

  /** The first accepted stream of this media type, e.g. {@code audio}. */
  public Optional<NegotiatedStream> stream(String media) {
    return streams.stream().filter(s -> s.media().equals(media)).findFirst();
  }
}
