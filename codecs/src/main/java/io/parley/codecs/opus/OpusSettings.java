package io.parley.codecs.opus;

import java.util.Set;

/**
 * Local choices for Opus streams. The remote fmtp can only lower them (a peer's {@code
 * maxaveragebitrate} caps {@code bitrate}, its {@code maxplaybackrate} caps the bandwidth).
 *
 * @param sampleRate the PCM rate: 8000, 12000, 16000, 24000 or 48000 Hz
 * @param stereo whether PCM is interleaved stereo
 * @param bitrate the target bitrate in bit/s (6000..510000)
 * @param complexity encoder complexity 0 (fastest) to 10 (best)
 * @param fec whether to send in-band FEC when the peer can use it (RFC 7587 §3.3)
 * @param dtx whether to stop sending during silence even if the peer did not ask (RFC 7587 §3.1.3)
 * @param packetLossPercent the expected loss, which sizes the FEC (0..100)
 */
public record OpusSettings(
    int sampleRate,
    boolean stereo,
    int bitrate,
    int complexity,
    boolean fec,
    boolean dtx,
    int packetLossPercent) {

  private static final Set<Integer> RATES = Set.of(8000, 12000, 16000, 24000, 48000);

  /** Wideband-or-better voice defaults: 48 kHz mono, 32 kbit/s, complexity 5, FEC for 10% loss. */
  public static final OpusSettings VOICE =
      new OpusSettings(48000, false, 32000, 5, true, false, 10);

  /**
   * Checks the values.
   *
   * @throws IllegalArgumentException naming the field and the bad value
   */
  public OpusSettings {
    if (!RATES.contains(sampleRate)) {
      throw new IllegalArgumentException(
          "Opus sampleRate must be one of " + RATES + ": " + sampleRate);
    }
    if (bitrate < 6000 || bitrate > 510000) {
      throw new IllegalArgumentException("Opus bitrate outside 6000..510000: " + bitrate);
    }
    if (complexity < 0 || complexity > 10) {
      throw new IllegalArgumentException("Opus complexity outside 0..10: " + complexity);
    }
    if (packetLossPercent < 0 || packetLossPercent > 100) {
      throw new IllegalArgumentException("packetLossPercent outside 0..100: " + packetLossPercent);
    }
  }
}
