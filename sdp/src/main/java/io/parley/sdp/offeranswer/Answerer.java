package io.parley.sdp.offeranswer;

import io.parley.sdp.Crypto;
import io.parley.sdp.Direction;
import io.parley.sdp.MediaDescription;
import io.parley.sdp.SessionDescription;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.OptionalInt;

/** Answers one offer (RFC 3264 §6): one answer m-line per offered one, in the same order. */
final class Answerer {

  /** The media of the answer and the streams it accepts. */
  record Plan(List<MediaDescription> media, List<NegotiatedStream> streams) {}

  /** An offered codec and the one of ours that matches it. */
  record Match(Codec remote, Codec ours) {}

  /** SDES keys: ours (with the offer's tag) and the offered one; both empty for plain RTP. */
  private record Keys(Optional<Crypto> local, Optional<Crypto> remote) {
    static final Keys NONE = new Keys(Optional.empty(), Optional.empty());
  }

  /** The accepted stream's media and negotiation, or why the stream is rejected. */
  private record Outcome(MediaDescription media, NegotiatedStream stream, String rejection) {}

  /** One offered stream tried with one of our capabilities. */
  private record Candidate(int index, MediaDescription offered, MediaCapability cap) {}

  private final SessionDescription offer;
  private final CodecOrder order;
  private final PayloadTypes payloadTypes;

  private Answerer(SessionDescription offer, CodecOrder order, PayloadTypes payloadTypes) {
    this.offer = offer;
    this.order = order;
    this.payloadTypes = payloadTypes;
  }

  /**
   * Answers every offered stream: accepted when a free capability of the same media type has a
   * common codec and can take the transport (RTP/AVP(F), or RTP/SAVP(F) with an SDES suite we have
   * a key for); otherwise rejected with port 0.
   *
   * @throws OfferAnswerException if the offer has streams but none can be accepted; the reason
   *     names the first obstacle, e.g. {@code no common codec}
   */
  static Plan answer(SessionDescription offer, LocalMedia local, PayloadTypes payloadTypes)
      throws OfferAnswerException {
    return new Answerer(offer, local.codecOrder(), payloadTypes).answer(local.streams());
  }

  private Plan answer(List<MediaCapability> streams) throws OfferAnswerException {
    List<MediaCapability> free = new ArrayList<>(streams);
    List<MediaDescription> media = new ArrayList<>();
    List<NegotiatedStream> accepted = new ArrayList<>();
    String firstRejection = null;
    boolean anyOffered = false;
    for (int i = 0; i < offer.media().size(); i++) {
      MediaDescription offered = offer.media().get(i);
      anyOffered |= offered.port() != 0;
      Outcome outcome = answerStream(i, offered, free);
      media.add(outcome.media());
      if (outcome.stream() != null) {
        accepted.add(outcome.stream());
      } else if (firstRejection == null) {
        firstRejection = outcome.rejection();
      }
    }
    if (anyOffered && accepted.isEmpty()) {
      throw new OfferAnswerException(
          firstRejection == null ? "no acceptable media stream" : firstRejection);
    }
    return new Plan(media, accepted);
  }

  private Outcome answerStream(int index, MediaDescription offered, List<MediaCapability> free) {
    if (offered.port() == 0) {
      return rejected(offered, null);
    }
    String firstReason = null;
    for (MediaCapability cap : free) {
      if (cap.media().equals(offered.media())) {
        Outcome outcome = tryCapability(new Candidate(index, offered, cap));
        if (outcome.stream() != null) {
          free.remove(cap);
          return outcome;
        }
        firstReason = firstReason == null ? outcome.rejection() : firstReason;
      }
    }
    return rejected(
        offered, firstReason == null ? "no " + offered.media() + " stream wanted" : firstReason);
  }

  private Outcome tryCapability(Candidate candidate) {
    MediaDescription offered = candidate.offered();
    MediaCapability cap = candidate.cap();
    String proto = offered.mediaLine().proto();
    boolean secure = RemoteFormats.isSdesSrtp(proto);
    if (!secure && !RemoteFormats.isPlainRtp(proto)) {
      return rejected(offered, "unsupported transport " + proto);
    }
    if (secure != cap.secure()) {
      return rejected(
          offered, secure ? "no SRTP keys for " + proto : "SRTP required, offer is " + proto);
    }
    Optional<Keys> keys = secure ? chooseCrypto(offered, cap) : Optional.of(Keys.NONE);
    if (keys.isEmpty()) {
      return rejected(offered, "no acceptable crypto suite");
    }
    List<Codec> remote = RemoteFormats.codecs(offered, null);
    List<Match> common = intersect(remote, cap.codecs(), order);
    if (common.isEmpty() && !isEventsOnly(remote, cap)) {
      return rejected(offered, "no common codec");
    }
    return accept(candidate, remote, common, keys.get());
  }

  private Outcome accept(Candidate candidate, List<Codec> remote, List<Match> common, Keys keys) {
    MediaDescription offered = candidate.offered();
    MediaCapability cap = candidate.cap();
    // An events-only stream (RFC 4317 §2.4) sends telephone-event itself.
    Codec send =
        common.isEmpty()
            ? RemoteFormats.telephoneEvent(remote, 8000).orElseThrow()
            : common.get(0).remote();
    List<Codec> answered = new ArrayList<>();
    for (Match match : common) {
      Codec ours = match.ours().withPayloadType(match.remote().payloadType());
      payloadTypes.bind(ours);
      answered.add(ours);
    }
    Optional<Codec> event =
        cap.telephoneEvents().isEmpty()
            ? Optional.empty()
            : RemoteFormats.telephoneEvent(remote, send.clockRate())
                .map(e -> e.withFmtp(cap.telephoneEvents()));
    event.ifPresent(answered::add);
    boolean mux = cap.rtcpMux() && offered.attributes().rtcpMux();
    Direction ours = RemoteFormats.local(cap.direction(), RemoteFormats.direction(offer, offered));
    MediaDescription media =
        StreamWriter.write(
            cap, offered.mediaLine().proto(), answered, mux, keys.local().stream().toList(), ours);
    Streams.Agreement agreed =
        new Streams.Agreement(
            mux,
            send,
            answered,
            event.map(e -> OptionalInt.of(e.payloadType())).orElse(OptionalInt.empty()),
            keys.local(),
            keys.remote());
    return new Outcome(
        media, Streams.describe(candidate.index(), offer, offered, cap, agreed), null);
  }

  /**
   * The codecs both sides have, ordered by {@code order}; each offered format is used once and
   * telephone-event is left out (it rides beside the chosen codec).
   */
  static List<Match> intersect(List<Codec> remote, List<Codec> ours, CodecOrder order) {
    List<Match> matches = new ArrayList<>();
    List<Codec> usable = remote.stream().filter(c -> !c.isTelephoneEvent()).toList();
    if (order == CodecOrder.LOCAL) {
      for (Codec mine : ours) {
        usable.stream()
            .filter(r -> r.matches(mine) && matches.stream().noneMatch(m -> m.remote() == r))
            .findFirst()
            .ifPresent(r -> matches.add(new Match(r, mine)));
      }
    } else {
      for (Codec r : usable) {
        ours.stream()
            .filter(r::matches)
            .findFirst()
            .filter(mine -> matches.stream().noneMatch(m -> m.ours() == mine))
            .ifPresent(mine -> matches.add(new Match(r, mine)));
      }
    }
    return matches;
  }

  /**
   * Whether the offered stream carries only telephone-event and we take events: a separate DTMF
   * stream, as RFC 4317 §2.4 shows.
   */
  private static boolean isEventsOnly(List<Codec> remote, MediaCapability cap) {
    return RemoteFormats.isEventsOnly(remote) && !cap.telephoneEvents().isEmpty();
  }

  /** The first offered crypto line whose suite we have a key for (RFC 4568 §7.1.2). */
  private static Optional<Keys> chooseCrypto(MediaDescription offered, MediaCapability cap) {
    for (Crypto theirs : offered.attributes().cryptos()) {
      for (Crypto mine : cap.cryptos()) {
        if (mine.suite().equals(theirs.suite())) {
          return Optional.of(
              new Keys(Optional.of(mine.withTag(theirs.tag())), Optional.of(theirs)));
        }
      }
    }
    return Optional.empty();
  }

  private static Outcome rejected(MediaDescription offered, String why) {
    return new Outcome(StreamWriter.rejected(offered), null, why);
  }
}
