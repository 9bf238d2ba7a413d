package io.parley.media.srtp;

import java.util.Optional;

/** The SRTP crypto suites Parley supports, named as in the RFC 4568 and RFC 7714 registries. */
public enum SrtpSuite {
  /** AES-128 counter mode, HMAC-SHA1 with an 80-bit tag (RFC 4568 §6.2.1). */
  AES_CM_128_HMAC_SHA1_80(14, 10, 10, false),
  /** AES-128 counter mode, HMAC-SHA1 with a 32-bit SRTP tag; SRTCP keeps 80 bits (§6.2.2). */
  AES_CM_128_HMAC_SHA1_32(14, 4, 10, false),
  /** AES-128 in Galois/counter mode with a 128-bit tag (RFC 7714 §14.2). */
  AEAD_AES_128_GCM(12, 16, 16, true);

  private final int saltLength;
  private final int rtpTagLength;
  private final int rtcpTagLength;
  private final boolean aead;

  SrtpSuite(int saltLength, int rtpTagLength, int rtcpTagLength, boolean aead) {
    this.saltLength = saltLength;
    this.rtpTagLength = rtpTagLength;
    this.rtcpTagLength = rtcpTagLength;
    this.aead = aead;
  }

  /** Returns the master and session key length in bytes (16 for every supported suite). */
  public int keyLength() {
    return 16;
  }

  /** Returns the master and session salt length in bytes. */
  public int saltLength() {
    return saltLength;
  }

  /** Returns the authentication tag length SRTP appends, in bytes. */
  public int rtpTagLength() {
    return rtpTagLength;
  }

  /** Returns the authentication tag length SRTCP appends, in bytes. */
  public int rtcpTagLength() {
    return rtcpTagLength;
  }

  /** Returns true for authenticated encryption (GCM), false for AES-CM with HMAC-SHA1. */
  public boolean aead() {
    return aead;
  }

  /**
   * Finds a suite by its SDP name.
   *
   * @return the suite, or empty for a name Parley does not support (RFC 4568 says to skip it)
   */
  public static Optional<SrtpSuite> byName(String name) {
    for (SrtpSuite suite : values()) {
      if (suite.name().equals(name)) {
        return Optional.of(suite);
      }
    }
    return Optional.empty();
  }
}
