package io.parley.sdp.offeranswer;

import io.parley.sdp.Crypto;
import io.parley.sdp.Direction;
import io.parley.sdp.MediaDescription;
import io.parley.sdp.SessionDescription;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.OptionalInt;

/** Answers offers (RFC 3264 §6): one answer m-line per offered one, in the same order. */
final class Answerer {

  private Answerer() {}

  /** The media of the answer and the streams it accepts. */
  record Plan(List<MediaDescription> media, List<NegotiatedStream> streams) {}

  /** Why a stream is rejected, or the accepted stream's media and negotiation. */
  private record Outcome(MediaDescription media, NegotiatedStream stream, String rejection) {}

  /**
   * Answers every offered stream: accepted when a capability of the same media type is still free,
   * the transport is RTP/AVP(F) or SDES-keyed RTP/SAVP(F) we can key, and a codec is common;
   * otherwise rejected with port 0.
   *
   * @throws OfferAnswerException if the offer has streams but none can be accepted; the reason
   *     names the first obstacle, e.g. {@code no common codec}
   */
  static Plan answer(SessionDescription offer, LocalMedia local, PayloadTypes payloadTypes)
      throws OfferAnswerException {
    List<MediaCapability> free = new ArrayList<>(local.streams());
    List<MediaDescription> media = new ArrayList<>();
    List<NegotiatedStream> streams = new ArrayList<>();
    String firstRejection = null;
    boolean anyOffered = false;
    for (int i = 0; i < offer.media().size(); i++) {
      MediaDescription offered = offer.media().get(i);
      anyOffered |= offered.port() != 0;
      Outcome outcome = answerStream(i, offer, offered, free, local.codecOrder(), payloadTypes);
      media.add(outcome.media());
      if (outcome.stream() != null) {
        streams.add(outcome.stream());
      } else if (firstRejection == null) {
        firstRejection = outcome.rejection();
      }
    }
    if (anyOffered && streams.isEmpty()) {
      throw new OfferAnswerException(
          firstRejection == null ? "no acceptable media stream" : firstRejection);
    }
    return new Plan(media, streams);
  }

  private static Outcome answerStream(
      int index,
      SessionDescription offer,
      MediaDescription offered,
      List<MediaCapability> free,
      CodecOrder order,
      PayloadTypes payloadTypes) {
    if (offered.port() == 0) {
      return rejected(offered, null);
    }
    String firstReason = "no " + offered.media() + " stream wanted";
    boolean first = true;
    for (MediaCapability cap : free) {
      if (!cap.media().equals(offered.media())) {
        continue;
      }
      Outcome outcome = tryCapability(index, offer, offered, cap, order, payloadTypes);
      if (outcome.stream() != null) {
        free.remove(cap);
        return outcome;
      }
      firstReason = first ? outcome.rejection() : firstReason;
      first = false;
    }
    return rejected(offered, firstReason);
  }

  /** Answers one offered stream with one capability, or says why that capability cannot. */
  private static Outcome tryCapability(
      int index,
      SessionDescription offer,
      MediaDescription offered,
      MediaCapability cap,
      CodecOrder order,
      PayloadTypes payloadTypes) {
    String proto = offered.mediaLine().proto();
    boolean secure = RemoteFormats.isSdesSrtp(proto);
    if (!secure && !RemoteFormats.isPlainRtp(proto)) {
      return rejected(offered, "unsupported transport " + proto);
    }
    if (secure != cap.secure()) {
      return rejected(
          offered, secure ? "no SRTP keys for " + proto : "SRTP required, offer is " + proto);
    }
    Optional<Crypto[]> keys = secure ? chooseCrypto(offered, cap) : Optional.of(new Crypto[0]);
    if (keys.isEmpty()) {
      return rejected(offered, "no acceptable crypto suite");
    }
    List<Codec> remote = RemoteFormats.codecs(offered, null);
    List<Codec[]> common = intersect(remote, cap.codecs(), order);
    if (common.isEmpty()) {
      return rejected(offered, "no common codec");
    }
    return accept(index, offer, offered, cap, remote, common, keys.get(), payloadTypes);
  }

  private static Outcome accept(
      int index,
      SessionDescription offer,
      MediaDescription offered,
      MediaCapability cap,
      List<Codec> remote,
      List<Codec[]> common,
      Crypto[] keys,
      PayloadTypes payloadTypes) {
    Codec send = common.get(0)[0];
    List<Codec> answered = new ArrayList<>();
    for (Codec[] pair : common) {
      Codec ours = pair[1].withPayloadType(pair[0].payloadType());
      payloadTypes.bind(ours);
      answered.add(ours);
    }
    Optional<Codec> event =
        cap.telephoneEvents().isEmpty()
            ? Optional.empty()
            : RemoteFormats.telephoneEvent(remote, send)
                .map(e -> e.withFmtp(cap.telephoneEvents()));
    event.ifPresent(answered::add);
    boolean mux = cap.rtcpMux() && offered.attributes().rtcpMux();
    Direction remoteDirection = RemoteFormats.direction(offer, offered);
    Direction ours = RemoteFormats.local(cap.direction(), remoteDirection);
    List<Crypto> answerCrypto = keys.length == 0 ? List.of() : List.of(keys[0]);
    MediaDescription media =
        StreamWriter.write(cap, offered.mediaLine().proto(), answered, mux, answerCrypto, ours);
    Streams.Agreement agreed =
        new Streams.Agreement(
            mux,
            send,
            answered,
            event.map(e -> OptionalInt.of(e.payloadType())).orElse(OptionalInt.empty()),
            keys.length == 0 ? Optional.empty() : Optional.of(keys[0]),
            keys.length == 0 ? Optional.empty() : Optional.of(keys[1]));
    return new Outcome(media, Streams.describe(index, offer, offered, cap, agreed), null);
  }

  /**
   * Pairs {remote codec, our codec}, ordered by {@code order}; each remote format is used once and
   * telephone-event is left out (it rides beside the chosen codec).
   */
  static List<Codec[]> intersect(List<Codec> remote, List<Codec> ours, CodecOrder order) {
    List<Codec[]> pairs = new ArrayList<>();
    List<Codec> usable = remote.stream().filter(c -> !c.isTelephoneEvent()).toList();
    if (order == CodecOrder.LOCAL) {
      for (Codec mine : ours) {
        usable.stream()
            .filter(r -> r.matches(mine) && pairs.stream().noneMatch(p -> p[0] == r))
            .findFirst()
            .ifPresent(r -> pairs.add(new Codec[] {r, mine}));
      }
    } else {
      for (Codec r : usable) {
        ours.stream()
            .filter(r::matches)
            .findFirst()
            .filter(mine -> pairs.stream().noneMatch(p -> p[1] == mine))
            .ifPresent(mine -> pairs.add(new Codec[] {r, mine}));
      }
    }
    return pairs;
  }

  /**
   * The first offered crypto line whose suite we have a key for (RFC 4568 §7.1.2): {our line with
   * the offer's tag, the offered line}.
   */
  private static Optional<Crypto[]> chooseCrypto(MediaDescription offered, MediaCapability cap) {
    for (Crypto theirs : offered.attributes().cryptos()) {
      for (Crypto mine : cap.cryptos()) {
        if (mine.suite().equals(theirs.suite())) {
          return Optional.of(new Crypto[] {mine.withTag(theirs.tag()), theirs});
        }
      }
    }
    return Optional.empty();
  }

  private static Outcome rejected(MediaDescription offered, String why) {
    return new Outcome(StreamWriter.rejected(offered), null, why);
  }
}
