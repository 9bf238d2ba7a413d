package io.parley.media.srtp;

import java.security.MessageDigest;
import java.util.Arrays;

/**
 * Places the optional master key identifier (RFC 3711 §3.1, RFC 4568 §6.1): before the
 * authentication tag for AES-CM, and after everything else for AEAD suites, whose tag belongs to
 * the ciphertext (RFC 7714 §8.2 and §9.2). The MKI is not authenticated.
 */
final class MkiFraming {

  private final byte[] mki;
  private final SrtpSuite suite;

  MkiFraming(SrtpSuite suite, byte[] mki) {
    this.suite = suite;
    this.mki = mki.clone();
  }

  /** Returns {@code secured} with the MKI inserted, or itself when there is no MKI. */
  byte[] add(byte[] secured, boolean rtcp) {
    if (mki.length == 0) {
      return secured;
    }
    int at = secured.length - tagAfterMki(rtcp);
    byte[] out = new byte[secured.length + mki.length];
    System.arraycopy(secured, 0, out, 0, at);
    System.arraycopy(mki, 0, out, at, mki.length);
    System.arraycopy(secured, at, out, at + mki.length, secured.length - at);
    return out;
  }

  /**
   * Returns a copy of the packet without its MKI, or {@code null} if the packet is too short or
   * carries another MKI (a key this context does not hold).
   */
  byte[] strip(byte[] packet, int length, boolean rtcp) {
    if (length > packet.length || length < 0) {
      return null;
    }
    if (mki.length == 0) {
      return Arrays.copyOf(packet, length);
    }
    int tag = tagAfterMki(rtcp);
    int at = length - tag - mki.length;
    if (at < 8 || !MessageDigest.isEqual(mki, Arrays.copyOfRange(packet, at, at + mki.length))) {
      return null;
    }
    byte[] out = new byte[length - mki.length];
    System.arraycopy(packet, 0, out, 0, at);
    System.arraycopy(packet, at + mki.length, out, at, tag);
    return out;
  }

  private int tagAfterMki(boolean rtcp) {
    if (suite.aead()) {
      return 0;
    }
    return rtcp ? suite.rtcpTagLength() : suite.rtpTagLength();
  }
}
