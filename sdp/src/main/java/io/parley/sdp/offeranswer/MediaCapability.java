package io.parley.sdp.offeranswer;

import io.parley.sdp.Crypto;
import io.parley.sdp.Direction;
import java.util.ArrayList;
import java.util.List;

/**
 * What we can do for one media stream: the codecs in our preference order and the stream options an
 * offer or answer carries (RFC 3264 §5).
 *
 * @param media the media type, e.g. {@code audio}
 * @param port our RTP port
 * @param rtcpPort our RTCP port for {@code a=rtcp} (RFC 3605), or 0 to write none
 * @param codecs the codecs in our preference order, at least one, no telephone-event
 * @param telephoneEvents the RFC 4733 events we take, e.g. {@code 0-16}, or empty for none
 * @param ptime the packet time we want to receive in ms, or 0 for none
 * @param maxptime the largest packet time we take in ms, or 0 for none
 * @param direction what we want to do: {@link Direction#SENDONLY} puts the remote on hold
 * @param rtcpMux whether we offer or accept RTP/RTCP multiplexing (RFC 5761)
 * @param cryptos SDES crypto lines (RFC 4568) in preference order; when present the stream is
 *     offered as RTP/SAVP and only secure offers are accepted
 */
public record MediaCapability(
    String media,
    int port,
    int rtcpPort,
    List<Codec> codecs,
    String telephoneEvents,
    int ptime,
    int maxptime,
    Direction direction,
    boolean rtcpMux,
    List<Crypto> cryptos) {

  /**
   * Checks the fields.
   *
   * @throws IllegalArgumentException if the port is outside 1-65535, there are no codecs, a codec
   *     is telephone-event, a time is negative, or two crypto lines share a tag (RFC 4568 §9.1)
   */
  public MediaCapability {
    codecs = List.copyOf(codecs);
    cryptos = List.copyOf(cryptos);
    if (port < 1 || port > 65535 || rtcpPort < 0 || rtcpPort > 65535) {
      throw new IllegalArgumentException("ports must be 1-65535: " + port + ", rtcp " + rtcpPort);
    }
    if (codecs.isEmpty() || codecs.stream().anyMatch(Codec::isTelephoneEvent)) {
      throw new IllegalArgumentException(
          "a media capability needs codecs; telephone-event is set with telephoneEvents()");
    }
    if (cryptos.stream().map(Crypto::tag).distinct().count() != cryptos.size()) {
      throw new IllegalArgumentException("crypto tags must differ within a stream: " + cryptos);
    }
    if (ptime < 0
        || maxptime < 0
        || media.isEmpty()
        || media.chars().anyMatch(c -> c <= ' ')
        || telephoneEvents.chars().anyMatch(c -> c < ' ')) {
      throw new IllegalArgumentException(
          "bad media capability: media '" + media + "', ptime " + ptime + ", maxptime " + maxptime);
    }
  }

  /** Starts an audio capability on this RTP port: sendrecv, no telephone-event, no crypto. */
  public static Builder audio(int port) {
    return new Builder("audio", port);
  }

  /** Starts a capability for any media type. */
  public static Builder builder(String media, int port) {
    return new Builder(media, port);
  }

  /** This capability with another direction, as hold and resume need. */
  public MediaCapability withDirection(Direction newDirection) {
    return new MediaCapability(
        media,
        port,
        rtcpPort,
        codecs,
        telephoneEvents,
        ptime,
        maxptime,
        newDirection,
        rtcpMux,
        cryptos);
  }

  /** Whether the stream is secured with SDES (RTP/SAVP). */
  public boolean secure() {
    return !cryptos.isEmpty();
  }

  /** The proto this capability offers: RTP/SAVP with crypto, else RTP/AVP. */
  public String proto() {
    return secure() ? "RTP/SAVP" : "RTP/AVP";
  }

  /** Assembles a {@link MediaCapability}. */
  public static final class Builder {
    private final String media;
    private final int port;
    private final List<Codec> codecs = new ArrayList<>();
    private final List<Crypto> cryptos = new ArrayList<>();
    private int rtcpPort;
    private String telephoneEvents = "";
    private int ptime;
    private int maxptime;
    private Direction direction = Direction.SENDRECV;
    private boolean rtcpMux;

    private Builder(String media, int port) {
      this.media = media;
      this.port = port;
    }

    /** Adds codecs, most preferred first. */
    public Builder codecs(Codec... more) {
      codecs.addAll(List.of(more));
      return this;
    }

    /** Takes RFC 4733 telephone-event with these events, e.g. {@code 0-16}. */
    public Builder telephoneEvents(String events) {
      telephoneEvents = events;
      return this;
    }

    /** Sets {@code a=ptime} in ms. */
    public Builder ptime(int ms) {
      ptime = ms;
      return this;
    }

    /** Sets {@code a=maxptime} in ms. */
    public Builder maxptime(int ms) {
      maxptime = ms;
      return this;
    }

    /** Sets the direction; default sendrecv. */
    public Builder direction(Direction value) {
      direction = value;
      return this;
    }

    /** Offers or accepts {@code a=rtcp-mux}. */
    public Builder rtcpMux(boolean value) {
      rtcpMux = value;
      return this;
    }

    /** Writes {@code a=rtcp} with this port. */
    public Builder rtcpPort(int value) {
      rtcpPort = value;
      return this;
    }

    /** Adds an SDES crypto line; any crypto makes the stream RTP/SAVP. */
    public Builder crypto(Crypto crypto) {
      cryptos.add(crypto);
      return this;
    }

    /**
     * Builds the capability.
     *
     * @throws IllegalArgumentException as the record constructor does
     */
    public MediaCapability build() {
      return new MediaCapability(
          media,
          port,
          rtcpPort,
          codecs,
          telephoneEvents,
          ptime,
          maxptime,
          direction,
          rtcpMux,
          cryptos);
    }
  }
}
