package io.parley.api.media;

import io.parley.sdp.Direction;
import io.parley.sdp.SdpException;
import io.parley.sdp.offeranswer.LocalMedia;
import io.parley.sdp.offeranswer.Negotiation;
import io.parley.sdp.offeranswer.OfferAnswerSession;
import io.parley.sip.port.SessionNegotiator;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Consumer;
import java.util.function.Supplier;

/**
 * The {@link SessionNegotiator} of one call, over the {@code sdp} module's RFC 3264 engine.
 *
 * <p>Offers are made from the call's current local media (address, ports, codecs in preference
 * order); hold offers {@code sendonly} (RFC 3264 §8.4). Every completed exchange goes to the
 * negotiation listener, which configures the media streams. Runs on the call's loop.
 */
public final class SdpSessionNegotiator implements SessionNegotiator {

  /** The only body type this negotiator reads and writes. */
  public static final String SDP = "application/sdp";

  private final OfferAnswerSession session;
  private final Supplier<LocalMedia> localMedia;
  private final Consumer<Negotiation> onNegotiated;

  /**
   * @param session the call's offer/answer state
   * @param localMedia what we can do now (read at every offer and answer)
   * @param onNegotiated told of every completed exchange, with the agreed streams
   */
  public SdpSessionNegotiator(
      OfferAnswerSession session,
      Supplier<LocalMedia> localMedia,
      Consumer<Negotiation> onNegotiated) {
    this.session = Objects.requireNonNull(session, "session");
    this.localMedia = Objects.requireNonNull(localMedia, "localMedia");
    this.onNegotiated = Objects.requireNonNull(onNegotiated, "onNegotiated");
  }

  /** The outcome of the last completed exchange, if any. */
  public Optional<Negotiation> current() {
    return session.current();
  }

  @Override
  public Body createOffer(MediaIntent intent) {
    // A re-offer replaces one whose transaction failed (RFC 3264 §8 allows a new offer then).
    session.withdrawOffer();
    LocalMedia local = localMedia.get();
    if (intent == MediaIntent.HOLD) {
      local = local.withDirection(Direction.SENDONLY);
    }
    return new Body(SDP, session.createOffer(local).toBytes());
  }

  @Override
  public Answer answerOffer(Body offer) {
    if (!isSdp(offer)) {
      return new Answer.Rejected(
          SdpException.MISCELLANEOUS_WARNING,
          "the offer is " + offer.contentType() + "; only " + SDP + " is understood");
    }
    try {
      Negotiation negotiation = session.answer(offer.bytes(), localMedia.get());
      onNegotiated.accept(negotiation);
      return new Answer.Accepted(new Body(SDP, negotiation.local().toBytes()));
    } catch (SdpException e) {
      return new Answer.Rejected(SdpException.MISCELLANEOUS_WARNING, e.reason());
    } catch (IllegalStateException glare) {
      return new Answer.Rejected(SdpException.MISCELLANEOUS_WARNING, glare.getMessage());
    }
  }

  @Override
  public void acceptAnswer(Body answer) throws NegotiationException {
    if (!isSdp(answer)) {
      session.withdrawOffer();
      throw new NegotiationException(
          "the answer is " + answer.contentType() + "; only " + SDP + " is understood");
    }
    try {
      onNegotiated.accept(session.takeAnswer(answer.bytes()));
    } catch (SdpException e) {
      throw new NegotiationException(e.reason());
    } catch (IllegalStateException noOffer) {
      throw new NegotiationException(noOffer.getMessage());
    }
  }

  private static boolean isSdp(Body body) {
    String type = body.contentType().toLowerCase(Locale.ROOT);
    int semicolon = type.indexOf(';');
    return (semicolon < 0 ? type : type.substring(0, semicolon)).trim().equals(SDP);
  }
}
