package io.parley.api.media;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.parley.sdp.Direction;
import io.parley.sdp.Origin;
import io.parley.sdp.offeranswer.Codec;
import io.parley.sdp.offeranswer.LocalMedia;
import io.parley.sdp.offeranswer.MediaCapability;
import io.parley.sdp.offeranswer.NegotiatedStream;
import io.parley.sdp.offeranswer.Negotiation;
import io.parley.sdp.offeranswer.OfferAnswerSession;
import io.parley.sip.port.SessionNegotiator;
import io.parley.sip.port.SessionNegotiator.Answer;
import io.parley.sip.port.SessionNegotiator.Body;
import io.parley.sip.port.SessionNegotiator.MediaIntent;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class SdpSessionNegotiatorTest {

  private final List<Negotiation> aliceAgreed = new ArrayList<>();
  private final List<Negotiation> bobAgreed = new ArrayList<>();
  private final SdpSessionNegotiator alice =
      negotiator("alice", "10.0.0.1", 40000, aliceAgreed, Codec.ofStatic(8), Codec.ofStatic(0));
  private final SdpSessionNegotiator bob =
      negotiator("bob", "10.0.0.2", 50000, bobAgreed, Codec.ofStatic(0));

  private static SdpSessionNegotiator negotiator(
      String user, String address, int port, List<Negotiation> agreed, Codec... codecs) {
    LocalMedia local =
        LocalMedia.of(
            address, MediaCapability.audio(port).codecs(codecs).telephoneEvents("0-16").build());
    return new SdpSessionNegotiator(
        new OfferAnswerSession(Origin.of(user, "1", 1, address), "-"), () -> local, agreed::add);
  }

  private static NegotiatedStream audio(Negotiation negotiation) {
    return negotiation.stream("audio").orElseThrow();
  }

  @Test
  void rfc3264_offerAndAnswerAgreeOnTheCommonCodecOnBothSides() throws Exception {
    Body offer = alice.createOffer(MediaIntent.ACTIVE);
    assertThat(offer.contentType()).isEqualTo("application/sdp");
    Answer answer = bob.answerOffer(offer);
    assertThat(answer).isInstanceOf(Answer.Accepted.class);
    alice.acceptAnswer(((Answer.Accepted) answer).body());

    NegotiatedStream atAlice = audio(aliceAgreed.get(0));
    NegotiatedStream atBob = audio(bobAgreed.get(0));
    assertThat(atAlice.sendCodec().encodingName()).isEqualToIgnoringCase("PCMU");
    assertThat(atBob.sendCodec().encodingName()).isEqualToIgnoringCase("PCMU");
    assertThat(atAlice.remoteAddress()).isEqualTo("10.0.0.2");
    assertThat(atAlice.remoteRtpPort()).isEqualTo(50000);
    assertThat(atBob.remoteRtpPort()).isEqualTo(40000);
    assertThat(atAlice.telephoneEventPayloadType()).isPresent();
  }

  @Test
  void rfc3264Section8_4_holdOffersSendonlyAndTheAnswerIsRecvonly() throws Exception {
    Answer first = bob.answerOffer(alice.createOffer(MediaIntent.ACTIVE));
    alice.acceptAnswer(((Answer.Accepted) first).body());

    Body hold = alice.createOffer(MediaIntent.HOLD);
    assertThat(new String(hold.bytes(), StandardCharsets.US_ASCII)).contains("a=sendonly");
    Answer held = bob.answerOffer(hold);
    alice.acceptAnswer(((Answer.Accepted) held).body());
    assertThat(audio(bobAgreed.get(1)).remoteHold()).isTrue();
    assertThat(audio(bobAgreed.get(1)).direction()).isEqualTo(Direction.RECVONLY);
    assertThat(audio(aliceAgreed.get(1)).direction()).isEqualTo(Direction.SENDONLY);

    Answer resumed = bob.answerOffer(alice.createOffer(MediaIntent.ACTIVE));
    alice.acceptAnswer(((Answer.Accepted) resumed).body());
    assertThat(audio(bobAgreed.get(2)).direction()).isEqualTo(Direction.SENDRECV);
  }

  @Test
  void rfc3261Section21_4_26_malformedOrForeignOffersAreRejectedWithAReason() {
    Answer garbage =
        bob.answerOffer(new Body("application/sdp", "v=0\r\nthis is not sdp\r\n".getBytes()));
    assertThat(garbage).isInstanceOf(Answer.Rejected.class);
    assertThat(((Answer.Rejected) garbage).text()).isNotBlank();

    Answer foreign = bob.answerOffer(new Body("text/plain", "hi".getBytes()));
    assertThat(((Answer.Rejected) foreign).text()).contains("text/plain");
  }

  @Test
  void noCommonCodecIsRejected() {
    SdpSessionNegotiator g722Only =
        negotiator("carol", "10.0.0.3", 60000, new ArrayList<>(), Codec.ofStatic(9));
    Answer answer = g722Only.answerOffer(alice.createOffer(MediaIntent.ACTIVE));
    assertThat(answer).isInstanceOf(Answer.Rejected.class);
  }

  @Test
  void anUnusableAnswerIsANegotiationFailure() {
    alice.createOffer(MediaIntent.ACTIVE);
    assertThatThrownBy(() -> alice.acceptAnswer(new Body("application/sdp", "nonsense".getBytes())))
        .isInstanceOf(SessionNegotiator.NegotiationException.class);
  }
}
