package io.parley.api;

import io.parley.api.media.SdpSessionNegotiator;
import io.parley.sdp.Origin;
import io.parley.sdp.offeranswer.Codec;
import io.parley.sdp.offeranswer.LocalMedia;
import io.parley.sdp.offeranswer.MediaCapability;
import io.parley.sdp.offeranswer.OfferAnswerSession;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.random.RandomGenerator;

/**
 * The local side of each call's SDP (RFC 3264 §5): the phone's codecs in preference order, its
 * signalling address and an RTP port per call. No RTP is sent yet: the media engine is wired to
 * these ports in a later release, so the ports are numbers from a counter, not bound sockets.
 */
final class CallMedia {

  /** RTP ports are even (RFC 3550 §11); the range is the usual one of softphones. */
  private static final int FIRST_PORT = 40000;

  private static final int PORT_SPAN = 20000;

  private final List<Codec> codecs;
  private final boolean telephoneEvent;
  private final String address;
  private final AtomicInteger nextPort = new AtomicInteger();

  /**
   * @param codecNames PCMU, PCMA, G722, opus and telephone-event, case-insensitive
   * @param address the literal address to put in {@code c=} and {@code o=}
   * @throws IllegalArgumentException naming a codec Parley does not know, or if none is left
   */
  CallMedia(List<String> codecNames, String address) {
    List<Codec> known = new ArrayList<>();
    boolean events = false;
    for (String name : codecNames) {
      switch (name.toUpperCase(Locale.ROOT)) {
        case "PCMU" -> known.add(Codec.ofStatic(0));
        case "PCMA" -> known.add(Codec.ofStatic(8));
        case "G722" -> known.add(Codec.ofStatic(9));
        case "OPUS" -> known.add(Codec.dynamic("opus", 48000, 2));
        case "TELEPHONE-EVENT" -> events = true;
        default ->
            throw new IllegalArgumentException(
                "unknown codec '" + name + "': use PCMU, PCMA, G722, opus or telephone-event");
      }
    }
    if (known.isEmpty()) {
      throw new IllegalArgumentException("codecs " + codecNames + " name no audio codec");
    }
    this.codecs = List.copyOf(known);
    this.telephoneEvent = events;
    this.address = address;
  }

  /** A negotiator for one new call, with its own RTP port and SDP origin. */
  SdpSessionNegotiator negotiator(RandomGenerator random) {
    int port = FIRST_PORT + Math.floorMod(nextPort.getAndAdd(2), PORT_SPAN);
    MediaCapability.Builder audio =
        MediaCapability.audio(port).codecs(codecs.toArray(Codec[]::new));
    if (telephoneEvent) {
      audio.telephoneEvents("0-16");
    }
    LocalMedia local = LocalMedia.of(address, audio.build());
    String sessionId = Long.toString(random.nextLong() & Long.MAX_VALUE);
    return new SdpSessionNegotiator(
        new OfferAnswerSession(Origin.of("parley", sessionId, 1, address), "-"),
        () -> local,
        negotiation -> {});
  }

  /** The host part of a {@code host:port} sent-by, without IPv6 brackets. */
  static String host(String sentBy) {
    if (sentBy.startsWith("[")) {
      int close = sentBy.indexOf(']');
      return close > 0 ? sentBy.substring(1, close) : sentBy;
    }
    int colon = sentBy.lastIndexOf(':');
    return colon > 0 ? sentBy.substring(0, colon) : sentBy;
  }
}
