package io.parley.sdp.offeranswer;

import io.parley.sdp.Attribute;
import io.parley.sdp.Crypto;
import io.parley.sdp.Direction;
import io.parley.sdp.Fmtp;
import io.parley.sdp.MediaDescription;
import io.parley.sdp.MediaLine;
import java.util.List;

/** Writes the media description of an offer or answer from agreed codecs and options. */
final class StreamWriter {

  private StreamWriter() {}

  /**
   * The media description for {@code codecs} (telephone-event included, payload types chosen) on
   * our port, with rtpmap and fmtp for each, then ptime, maxptime, rtcp, rtcp-mux, crypto and the
   * direction, which is always written so nobody relies on defaults.
   */
  static MediaDescription write(
      MediaCapability cap,
      String proto,
      List<Codec> codecs,
      boolean rtcpMux,
      List<Crypto> cryptos,
      Direction direction) {
    List<String> formats = codecs.stream().map(c -> Integer.toString(c.payloadType())).toList();
    MediaDescription.Builder b =
        MediaDescription.builder(MediaLine.of(cap.media(), cap.port(), proto, formats));
    for (Codec codec : codecs) {
      b.attribute("rtpmap", codec.rtpMap());
      if (!codec.fmtp().isEmpty()) {
        b.attribute("fmtp", new Fmtp(Integer.toString(codec.payloadType()), codec.fmtp()));
      }
    }
    if (cap.ptime() > 0) {
      b.attribute("ptime", cap.ptime());
    }
    if (cap.maxptime() > 0) {
      b.attribute("maxptime", cap.maxptime());
    }
    if (cap.rtcpPort() > 0) {
      b.attribute("rtcp", cap.rtcpPort());
    }
    if (rtcpMux) {
      b.attribute(Attribute.property("rtcp-mux"));
    }
    for (Crypto crypto : cryptos) {
      b.attribute("crypto", crypto);
    }
    return b.direction(direction).build();
  }

  /** A rejected copy of {@code m}: same media, proto and formats, port 0 (RFC 3264 §6). */
  static MediaDescription rejected(MediaDescription m) {
    return MediaDescription.builder(m.mediaLine().withPort(0)).build();
  }
}
