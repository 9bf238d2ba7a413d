package io.parley.sdp.offeranswer;

import io.parley.sdp.Connection;
import io.parley.sdp.Direction;
import io.parley.sdp.Fmtp;
import io.parley.sdp.MediaDescription;
import io.parley.sdp.RtpMap;
import io.parley.sdp.SessionDescription;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/** Reads what a remote media description says, the way RFC 3264 §5.1 and §8.4 define it. */
final class RemoteFormats {

  private RemoteFormats() {}

  /**
   * The codecs of the formats in order, from rtpmap lines, else from {@code fallback}'s rtpmap (an
   * answer may omit what the offer defined), else from the RFC 3551 static table. Formats that none
   * of these define are skipped: we cannot use what we cannot name.
   */
  static List<Codec> codecs(MediaDescription m, MediaDescription fallback) {
    List<Codec> out = new ArrayList<>();
    for (int pt : m.mediaLine().payloadTypes()) {
      codec(m, fallback, pt).ifPresent(out::add);
    }
    return out;
  }

  /** The codec of one payload type of {@code m}, resolved as {@link #codecs} does. */
  static Optional<Codec> codec(MediaDescription m, MediaDescription fallback, int pt) {
    Optional<RtpMap> map = m.attributes().rtpMap(pt);
    if (map.isEmpty() && fallback != null) {
      map = fallback.attributes().rtpMap(pt);
    }
    String fmtp = m.attributes().fmtp(pt).map(Fmtp::parameters).orElse("");
    if (map.isPresent()) {
      return Optional.of(Codec.of(map.get(), fmtp));
    }
    return Codec.staticType(pt).map(c -> c.withFmtp(fmtp));
  }

  /**
   * The direction the remote wrote for {@code m}, with the RFC 2543 hold form {@code c=0.0.0.0}
   * read as "does not receive" (RFC 3264 §8.4).
   */
  static Direction direction(SessionDescription sdp, MediaDescription m) {
    Direction written = sdp.directionOf(m);
    boolean oldHold = sdp.connectionOf(m).map(Connection::isHoldAddress).orElse(false);
    return oldHold ? Direction.of(written.sends(), false) : written;
  }

  /** Our direction given what we want and what the remote wrote (RFC 3264 §6.1). */
  static Direction local(Direction wanted, Direction remote) {
    return Direction.of(wanted.sends() && remote.receives(), wanted.receives() && remote.sends());
  }

  /** The telephone-event at this clock rate (RFC 4733 §7), else at 8000, else any. */
  static Optional<Codec> telephoneEvent(List<Codec> codecs, int clockRate) {
    List<Codec> events = codecs.stream().filter(Codec::isTelephoneEvent).toList();
    return events.stream()
        .filter(c -> c.clockRate() == clockRate)
        .findFirst()
        .or(() -> events.stream().filter(c -> c.clockRate() == 8000).findFirst())
        .or(() -> events.stream().findFirst());
  }

  /** Whether every format is telephone-event: a separate DTMF stream (RFC 4317 §2.4). */
  static boolean isEventsOnly(List<Codec> codecs) {
    return !codecs.isEmpty() && codecs.stream().allMatch(Codec::isTelephoneEvent);
  }

  /** Whether a proto is plain RTP that needs no keys. */
  static boolean isPlainRtp(String proto) {
    return proto.equalsIgnoreCase("RTP/AVP") || proto.equalsIgnoreCase("RTP/AVPF");
  }

  /** Whether a proto is SDES-keyed SRTP (RFC 4568). */
  static boolean isSdesSrtp(String proto) {
    return proto.equalsIgnoreCase("RTP/SAVP") || proto.equalsIgnoreCase("RTP/SAVPF");
  }
}
