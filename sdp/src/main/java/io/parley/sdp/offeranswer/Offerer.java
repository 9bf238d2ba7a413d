package io.parley.sdp.offeranswer;

import io.parley.sdp.MediaDescription;
import io.parley.sdp.SessionDescription;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/** Builds offers (RFC 3264 §5) and later offers that keep the m-line layout (§8). */
final class Offerer {

  private Offerer() {}

  /**
   * The media of an offer and, per m-line, the capability behind it ({@code null} for a slot
   * offered as rejected).
   */
  record Plan(List<MediaDescription> media, List<MediaCapability> slots) {}

  /**
   * Plans an offer. A later offer keeps every earlier m-line in its place (RFC 3264 §8): a slot is
   * reused by the first remaining capability of the same media type, else offered with port 0;
   * capabilities left over are appended.
   */
  static Plan offer(LocalMedia local, SessionDescription previous, PayloadTypes payloadTypes) {
    List<MediaCapability> remaining = new ArrayList<>(local.streams());
    List<MediaDescription> media = new ArrayList<>();
    List<MediaCapability> slots = new ArrayList<>();
    if (previous != null) {
      for (MediaDescription earlier : previous.media()) {
        MediaCapability cap = takeFirst(remaining, earlier.media());
        media.add(cap == null ? StreamWriter.rejected(earlier) : stream(cap, payloadTypes));
        slots.add(cap);
      }
    }
    for (MediaCapability cap : remaining) {
      media.add(stream(cap, payloadTypes));
      slots.add(cap);
    }
    return new Plan(media, slots);
  }

  private static MediaCapability takeFirst(List<MediaCapability> caps, String media) {
    for (int i = 0; i < caps.size(); i++) {
      if (caps.get(i).media().equals(media)) {
        return caps.remove(i);
      }
    }
    return null;
  }

  private static MediaDescription stream(MediaCapability cap, PayloadTypes payloadTypes) {
    List<Codec> codecs = new ArrayList<>(cap.codecs());
    if (!cap.telephoneEvents().isEmpty()) {
      Set<Integer> rates = new LinkedHashSet<>();
      cap.codecs().forEach(c -> rates.add(c.clockRate()));
      for (int rate : rates) {
        codecs.add(
            Codec.telephoneEvent(rate, rate == 8000 ? 101 : Codec.DYNAMIC, cap.telephoneEvents()));
      }
    }
    return StreamWriter.write(
        cap,
        cap.proto(),
        payloadTypes.assign(codecs),
        cap.rtcpMux(),
        cap.cryptos(),
        cap.direction());
  }
}
