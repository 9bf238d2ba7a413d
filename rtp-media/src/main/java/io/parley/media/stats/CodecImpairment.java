package io.parley.media.stats;

import java.util.Locale;

/**
 * A codec's E-model impairment: its equipment impairment factor Ie and packet-loss robustness Bpl
 * (ITU-T G.107 §7.4, values from ITU-T G.113 Appendix I where listed there).
 *
 * @param ie the equipment impairment factor with no loss, 0..95
 * @param bpl the packet-loss robustness factor, positive
 */
public record CodecImpairment(double ie, double bpl) {

  /** G.711 with packet loss concealment (G.113 Appendix I: Ie 0, Bpl 25.1). */
  public static final CodecImpairment G711 = new CodecImpairment(0, 25.1);

  /** G.729A with VAD (G.113 Appendix I: Ie 11, Bpl 19). */
  public static final CodecImpairment G729 = new CodecImpairment(11, 19);

  /**
   * Validates the factors.
   *
   * @throws IllegalArgumentException if Ie is outside 0..95 or Bpl is not positive
   */
  public CodecImpairment {
    if (ie < 0 || ie > 95 || !(bpl > 0)) {
      throw new IllegalArgumentException("need 0 <= Ie <= 95 and Bpl > 0, got " + ie + "/" + bpl);
    }
  }

  /**
   * Returns the impairment for an SDP encoding name. G.711 and G.729 use G.113 values; for G.722,
   * Opus, GSM, iLBC and Speex, which G.113 Appendix I does not list in narrowband terms, the values
   * are conservative estimates; unknown names get G.711's.
   */
  public static CodecImpairment forEncoding(String encodingName) {
    return switch (encodingName.toUpperCase(Locale.ROOT)) {
      case "G729" -> G729;
      case "GSM" -> new CodecImpairment(20, 10);
      case "ILBC" -> new CodecImpairment(10, 32);
      case "SPEEX" -> new CodecImpairment(10, 20);
      case "G722", "OPUS" -> new CodecImpairment(0, 30);
      default -> G711;
    };
  }
}
