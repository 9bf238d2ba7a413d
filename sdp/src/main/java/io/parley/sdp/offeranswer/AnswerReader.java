package io.parley.sdp.offeranswer;

import io.parley.sdp.Crypto;
import io.parley.sdp.MediaDescription;
import io.parley.sdp.SessionDescription;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.OptionalInt;

/** Checks an answer against our offer (RFC 3264 §6, §7) and reads what it agreed. */
final class AnswerReader {

  private AnswerReader() {}

  /** Our offered SDES key the answer chose, and the answer's key; empty for plain RTP. */
  private record Keys(Optional<Crypto> local, Optional<Crypto> remote) {}

  /**
   * The accepted streams of {@code answer}.
   *
   * @param slots per offered m-line, the capability behind it, {@code null} where we offered port 0
   * @throws OfferAnswerException if the answer does not fit the offer: another number of m-lines,
   *     another media type or proto in a slot, a stream we rejected accepted, a format we did not
   *     offer, no codec we can send, or a crypto line that answers none of ours
   */
  static List<NegotiatedStream> read(
      SessionDescription offer,
      List<MediaCapability> slots,
      SessionDescription answer,
      PayloadTypes payloadTypes)
      throws OfferAnswerException {
    if (answer.media().size() != offer.media().size()) {
      throw new OfferAnswerException(
          "answer has "
              + answer.media().size()
              + " m-lines, the offer had "
              + offer.media().size()
              + " (RFC 3264 §6)");
    }
    List<NegotiatedStream> streams = new ArrayList<>();
    for (int i = 0; i < offer.media().size(); i++) {
      MediaDescription o = offer.media().get(i);
      MediaDescription a = answer.media().get(i);
      checkSlot(i, o, a);
      if (a.port() != 0) {
        streams.add(readStream(i, o, a, slots.get(i), answer, payloadTypes));
      }
    }
    return streams;
  }

  private static void checkSlot(int i, MediaDescription o, MediaDescription a)
      throws OfferAnswerException {
    String where = "answer m-line " + (i + 1);
    if (!a.media().equals(o.media())) {
      throw new OfferAnswerException(
          where + " is " + a.media() + ", the offer's is " + o.media() + " (RFC 3264 §6)");
    }
    if (a.port() == 0) {
      return;
    }
    if (o.port() == 0) {
      throw new OfferAnswerException(where + " accepts a stream the offer rejected (RFC 3264 §6)");
    }
    if (!a.mediaLine().proto().equalsIgnoreCase(o.mediaLine().proto())) {
      throw new OfferAnswerException(
          where + " has proto " + a.mediaLine().proto() + ", offered " + o.mediaLine().proto());
    }
  }

  private static NegotiatedStream readStream(
      int i,
      MediaDescription o,
      MediaDescription a,
      MediaCapability cap,
      SessionDescription answer,
      PayloadTypes payloadTypes)
      throws OfferAnswerException {
    List<Answerer.Match> matches = matchFormats(i, o, a);
    List<Codec> answered = matches.stream().map(Answerer.Match::remote).toList();
    List<Codec> receive = matches.stream().map(Answerer.Match::ours).toList();
    receive.forEach(payloadTypes::bind);
    // An events-only stream we offered (RFC 4317 §2.4) sends telephone-event itself.
    boolean eventsOnly = RemoteFormats.isEventsOnly(RemoteFormats.codecs(o, null));
    Codec send =
        answered.stream().filter(c -> eventsOnly || !c.isTelephoneEvent()).findFirst().orElse(null);
    if (send == null) {
      throw new OfferAnswerException("no common codec in answer m-line " + (i + 1));
    }
    OptionalInt event =
        RemoteFormats.telephoneEvent(answered, send.clockRate())
            .filter(e -> !cap.telephoneEvents().isEmpty())
            .map(e -> OptionalInt.of(e.payloadType()))
            .orElse(OptionalInt.empty());
    Keys keys = answerCrypto(i, o, a);
    boolean mux = a.attributes().rtcpMux() && o.attributes().rtcpMux();
    Streams.Agreement agreed =
        new Streams.Agreement(mux, send, receive, event, keys.local(), keys.remote());
    return Streams.describe(i, answer, a, cap, agreed);
  }

  /** Each answered format with the offered codec it refers to (RFC 3264 §6.1). */
  private static List<Answerer.Match> matchFormats(int i, MediaDescription o, MediaDescription a)
      throws OfferAnswerException {
    List<Codec> offered = RemoteFormats.codecs(o, null);
    List<Answerer.Match> matches = new ArrayList<>();
    for (int pt : a.mediaLine().payloadTypes()) {
      Codec codec = RemoteFormats.codec(a, o, pt).orElse(null);
      Codec ours = codec == null ? null : offeredCodec(offered, codec);
      if (ours == null) {
        throw new OfferAnswerException(
            "answer m-line "
                + (i + 1)
                + " has format "
                + pt
                + (codec == null ? "" : " (" + codec + ")")
                + " that was not offered (RFC 3264 §6.1)");
      }
      matches.add(new Answerer.Match(codec, ours));
    }
    return matches;
  }

  /**
   * The offered codec an answered one refers to: the same payload type, or for a dynamic type the
   * same codec under another number, which RFC 4317 §2.3 shows is allowed.
   */
  private static Codec offeredCodec(List<Codec> offered, Codec answered) {
    for (Codec c : offered) {
      if (c.payloadType() == answered.payloadType() && c.matches(answered)) {
        return c;
      }
    }
    if (answered.payloadType() < PayloadTypes.FIRST_DYNAMIC) {
      return null;
    }
    return offered.stream().filter(answered::matches).findFirst().orElse(null);
  }

  /** RFC 4568 §7.1.2/§7.1.3: exactly one crypto line, echoing an offered tag and its suite. */
  private static Keys answerCrypto(int i, MediaDescription o, MediaDescription a)
      throws OfferAnswerException {
    if (!RemoteFormats.isSdesSrtp(a.mediaLine().proto())) {
      return new Keys(Optional.empty(), Optional.empty());
    }
    String where = "answer m-line " + (i + 1);
    List<Crypto> answered = a.attributes().cryptos();
    if (answered.size() != 1) {
      throw new OfferAnswerException(
          where + " needs exactly one a=crypto, has " + answered.size() + " (RFC 4568 §7.1.2)");
    }
    Crypto theirs = answered.get(0);
    for (Crypto mine : o.attributes().cryptos()) {
      if (mine.tag() == theirs.tag() && mine.suite().equals(theirs.suite())) {
        return new Keys(Optional.of(mine), Optional.of(theirs));
      }
    }
    throw new OfferAnswerException(
        where
            + " answers crypto tag "
            + theirs.tag()
            + " "
            + theirs.suite()
            + " that was not offered");
  }
}
