package io.parley.codecs.opus;

import io.github.jaredmdobson.concentus.OpusBandwidth;
import io.parley.media.codec.CodecException;
import io.parley.media.codec.FormatParameters;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The encoder settings that follow from local {@link OpusSettings} and the peer's fmtp (RFC 7587
 * §6.1): the peer's parameters describe what it can receive, so they bound what we send.
 */
record OpusNegotiation(
    OpusSettings settings,
    int bitrate,
    OpusBandwidth maxBandwidth,
    boolean fec,
    boolean dtx,
    boolean cbr,
    boolean remoteStereo) {

  static OpusNegotiation of(OpusSettings local, FormatParameters remote) throws CodecException {
    int bitrate = local.bitrate();
    var cap = remote.getInt("maxaveragebitrate");
    if (cap.isPresent()) {
      if (cap.getAsInt() < 6000 || cap.getAsInt() > 510000) {
        throw new CodecException(
            "opus: maxaveragebitrate=" + cap.getAsInt() + " outside 6000..510000 (RFC 7587 §6.1)");
      }
      bitrate = Math.min(bitrate, cap.getAsInt());
    }
    int playback = remote.getInt("maxplaybackrate").orElse(48000);
    if (playback <= 0) {
      throw new CodecException("opus: maxplaybackrate=" + playback + " must be positive");
    }
    int limit = Math.min(playback, local.sampleRate());
    return new OpusNegotiation(
        local,
        bitrate,
        bandwidthFor(limit),
        local.fec() && remote.getFlag("useinbandfec", false),
        local.dtx() || remote.getFlag("usedtx", false),
        remote.getFlag("cbr", false),
        remote.getFlag("stereo", false));
  }

  // RFC 7587 §6.1: maxplaybackrate maps onto the Opus audio bandwidths of RFC 6716 §2.
  static OpusBandwidth bandwidthFor(int rate) {
    if (rate <= 8000) {
      return OpusBandwidth.OPUS_BANDWIDTH_NARROWBAND;
    } else if (rate <= 12000) {
      return OpusBandwidth.OPUS_BANDWIDTH_MEDIUMBAND;
    } else if (rate <= 16000) {
      return OpusBandwidth.OPUS_BANDWIDTH_WIDEBAND;
    } else if (rate <= 24000) {
      return OpusBandwidth.OPUS_BANDWIDTH_SUPERWIDEBAND;
    }
    return OpusBandwidth.OPUS_BANDWIDTH_FULLBAND;
  }

  /** What we ask the peer for: our playback and capture rates, channels, FEC use and DTX wish. */
  static FormatParameters receiveParameters(OpusSettings settings) {
    Map<String, String> p = new LinkedHashMap<>();
    p.put("maxplaybackrate", Integer.toString(settings.sampleRate()));
    p.put("sprop-maxcapturerate", Integer.toString(settings.sampleRate()));
    p.put("stereo", settings.stereo() ? "1" : "0");
    p.put("sprop-stereo", settings.stereo() ? "1" : "0");
    p.put("useinbandfec", "1");
    if (settings.dtx()) {
      p.put("usedtx", "1");
    }
    return FormatParameters.of(p);
  }
}
