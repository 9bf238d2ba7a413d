package io.parley.sdp.offeranswer;

import io.parley.sdp.Connection;
import io.parley.sdp.MediaDescription;
import io.parley.sdp.Origin;
import io.parley.sdp.SdpException;
import io.parley.sdp.SessionDescription;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * The RFC 3264 offer/answer state of one SIP session: at most one offer outstanding, the
 * payload-type bindings made so far, and our {@code o=} version.
 *
 * <p>RFC 3264 §8: every SDP we send whose content changed carries the session version plus one; an
 * unchanged one repeats the previous version. Not thread-safe: use it from the loop that owns the
 * call.
 */
public final class OfferAnswerSession {

  /** Where the exchange stands. */
  public enum State {
    /** No offer outstanding: either side may offer. */
    STABLE,
    /** We sent an offer and wait for its answer. */
    LOCAL_OFFER
  }

  private final String sessionName;
  private final PayloadTypes payloadTypes = new PayloadTypes();
  private Origin origin;
  private SessionDescription lastSent;
  private SessionDescription lastReceived;
  private Negotiation current;
  private SessionDescription pendingOffer;
  private List<MediaCapability> pendingSlots;

  /**
   * Starts a session.
   *
   * @param origin our {@code o=} line; its version is the version of the first SDP we send
   * @param sessionName the {@code s=} text, {@code -} when there is nothing to say
   * @throws IllegalArgumentException if {@code sessionName} holds CR, LF or NUL
   */
  public OfferAnswerSession(Origin origin, String sessionName) {
    if (sessionName.chars().anyMatch(c -> c == '\r' || c == '\n' || c == 0)) {
      throw new IllegalArgumentException(
          "s= text must not hold CR, LF or NUL: '" + sessionName + "'");
    }
    this.origin = Objects.requireNonNull(origin, "origin");
    this.sessionName = sessionName;
  }

  /** Whether an offer of ours is outstanding. */
  public State state() {
    return pendingOffer == null ? State.STABLE : State.LOCAL_OFFER;
  }

  /** The {@code o=} version of the last SDP we sent (or of the first, before any). */
  public long sessionVersion() {
    return origin.sessionVersion();
  }

  /** The outcome of the last completed exchange. */
  public Optional<Negotiation> current() {
    return Optional.ofNullable(current);
  }

  /**
   * Makes an offer from our capabilities (RFC 3264 §5); a later offer keeps the earlier m-lines in
   * place (§8). Payload types bound earlier in the session are reused.
   *
   * @throws IllegalStateException if an offer of ours is still outstanding (RFC 3264 §4 allows one)
   * @throws IllegalArgumentException if the codecs need more than 32 dynamic payload types
   */
  public SessionDescription createOffer(LocalMedia local) {
    if (pendingOffer != null) {
      throw new IllegalStateException(
          "an offer is outstanding (o= version "
              + origin.sessionVersion()
              + "); take its answer"
              + " or withdraw it first");
    }
    SessionDescription previous = current == null ? null : current.local();
    Offerer.Plan plan = Offerer.offer(local, previous, payloadTypes);
    pendingOffer = send(local.connection(), plan.media());
    pendingSlots = plan.slots();
    return pendingOffer;
  }

  /**
   * Takes the answer to our outstanding offer (RFC 3264 §7).
   *
   * @throws IllegalStateException if no offer is outstanding
   * @throws OfferAnswerException if the answer does not fit the offer; the offer is withdrawn and
   *     the previous negotiation stays current
   */
  public Negotiation takeAnswer(SessionDescription answer) throws OfferAnswerException {
    if (pendingOffer == null) {
      throw new IllegalStateException("no offer is outstanding, so there is no answer to take");
    }
    SessionDescription offer = pendingOffer;
    List<MediaCapability> slots = pendingSlots;
    withdrawOffer();
    List<NegotiatedStream> streams = AnswerReader.read(offer, slots, answer, payloadTypes);
    return complete(offer, answer, streams);
  }

  /**
   * Parses and takes an answer body.
   *
   * @throws SdpException an {@link io.parley.sdp.SdpParseException} for malformed SDP, an {@link
   *     OfferAnswerException} as {@link #takeAnswer(SessionDescription)} says
   */
  public Negotiation takeAnswer(byte[] body) throws SdpException {
    return takeAnswer(SessionDescription.parse(body));
  }

  /**
   * Answers a remote offer (RFC 3264 §6): codecs intersected in the order {@link
   * LocalMedia#codecOrder()} names, the offer's payload type numbers kept, direction mirrored,
   * streams we cannot take rejected with port 0.
   *
   * @throws IllegalStateException if an offer of ours is outstanding (glare; SIP answers 491)
   * @throws OfferAnswerException if no offered stream can be accepted, or a later offer drops an
   *     earlier m-line or changes the media type of a stream in use (RFC 3264 §8): answer 488 with
   *     {@link OfferAnswerException#warning()}
   */
  public Negotiation answer(SessionDescription offer, LocalMedia local)
      throws OfferAnswerException {
    if (pendingOffer != null) {
      throw new IllegalStateException("cannot answer while our own offer is outstanding (glare)");
    }
    checkKeepsEarlierStreams(offer);
    Answerer.Plan plan = Answerer.answer(offer, local, payloadTypes);
    SessionDescription answer = send(local.connection(), plan.media());
    return complete(answer, offer, plan.streams());
  }

  /**
   * Parses and answers an offer body.
   *
   * @throws SdpException for malformed SDP or an offer that cannot be answered; either way answer
   *     with {@link SdpException#statusCode()} and {@link SdpException#warning()}
   */
  public Negotiation answer(byte[] body, LocalMedia local) throws SdpException {
    return answer(SessionDescription.parse(body), local);
  }

  /**
   * Forgets our outstanding offer, e.g. when the re-INVITE carrying it failed; does nothing when
   * none is outstanding. The session version keeps counting from the withdrawn offer.
   */
  public void withdrawOffer() {
    pendingOffer = null;
    pendingSlots = null;
  }

  /**
   * RFC 3264 §8: m-lines are never removed, and only a rejected slot may change media type. A
   * remote whose o= user name or session id changed (a B2BUA that switched far ends) describes a
   * new session, so its offer is taken as a fresh one.
   */
  private void checkKeepsEarlierStreams(SessionDescription offer) throws OfferAnswerException {
    if (current == null || !sameOrigin(current.remote().origin(), offer.origin())) {
      return;
    }
    List<MediaDescription> earlier = current.local().media();
    if (offer.media().size() < earlier.size()) {
      throw new OfferAnswerException(
          "offer has "
              + offer.media().size()
              + " m-lines, fewer than the "
              + earlier.size()
              + " of the session (RFC 3264 §8)");
    }
    for (int i = 0; i < earlier.size(); i++) {
      MediaDescription before = earlier.get(i);
      String now = offer.media().get(i).media();
      if (before.port() != 0 && !before.media().equals(now)) {
        throw new OfferAnswerException(
            "offer m-line "
                + (i + 1)
                + " turns "
                + before.media()
                + " into "
                + now
                + " without rejecting it first (RFC 3264 §8.3.3)");
      }
    }
  }

  private static boolean sameOrigin(Origin a, Origin b) {
    return a.username().equals(b.username()) && a.sessionId().equals(b.sessionId());
  }

  private Negotiation complete(
      SessionDescription ours, SessionDescription theirs, List<NegotiatedStream> streams) {
    boolean changed = lastReceived == null || !lastReceived.equals(theirs);
    lastReceived = theirs;
    current = new Negotiation(ours, theirs, streams, changed);
    return current;
  }

  /** Our SDP with the right version: the same as last time if nothing changed, else one more. */
  private SessionDescription send(Connection connection, List<MediaDescription> media) {
    SessionDescription.Builder b =
        SessionDescription.builder(origin, sessionName).connection(connection);
    media.forEach(b::media);
    SessionDescription candidate = b.build();
    if (lastSent != null) {
      if (candidate.equals(lastSent)) {
        return lastSent;
      }
      origin = origin.withSessionVersion(origin.sessionVersion() + 1);
      candidate = candidate.withOrigin(origin);
    }
    lastSent = candidate;
    return candidate;
  }
}
