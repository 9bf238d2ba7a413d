package io.parley.sdp;

import java.util.Optional;

/**
 * SRTP crypto suites that SDES can name (RFC 4568 §6.2, RFC 6188 §7.1, RFC 7714 §14.2), with the
 * master key and salt lengths that split an {@code inline:} key-salt value.
 */
public enum CryptoSuite {
  AES_CM_128_HMAC_SHA1_80(16, 14),
  AES_CM_128_HMAC_SHA1_32(16, 14),
  F8_128_HMAC_SHA1_80(16, 14),
  AES_192_CM_HMAC_SHA1_80(24, 14),
  AES_192_CM_HMAC_SHA1_32(24, 14),
  AES_256_CM_HMAC_SHA1_80(32, 14),
  AES_256_CM_HMAC_SHA1_32(32, 14),
  AEAD_AES_128_GCM(16, 12),
  AEAD_AES_256_GCM(32, 12);

  private final int keyLength;
  private final int saltLength;

  CryptoSuite(int keyLength, int saltLength) {
    this.keyLength = keyLength;
    this.saltLength = saltLength;
  }

  /** The master key length in bytes. */
  public int keyLength() {
    return keyLength;
  }

  /** The master salt length in bytes. */
  public int saltLength() {
    return saltLength;
  }

  /** The suite with this exact SDP name, or empty for a suite Parley does not know. */
  public static Optional<CryptoSuite> byName(String name) {
    for (CryptoSuite suite : values()) {
      if (suite.name().equals(name)) {
        return Optional.of(suite);
      }
    }
    return Optional.empty();
  }
}
