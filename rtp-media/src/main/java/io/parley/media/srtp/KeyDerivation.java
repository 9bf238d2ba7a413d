package io.parley.media.srtp;

import java.security.GeneralSecurityException;
import javax.crypto.Cipher;
import javax.crypto.spec.IvParameterSpec;
import javax.crypto.spec.SecretKeySpec;

/**
 * The AES-CM pseudo-random function of RFC 3711 §4.3.3 with a key derivation rate of 0: session
 * keys are derived once per master key. RFC 7714 §11 uses the same function with a 96-bit master
 * salt, padded with zero bits on the right.
 */
public final class KeyDerivation {

  /** Label for the SRTP encryption key. */
  public static final int SRTP_ENCRYPTION = 0;

  /** Label for the SRTP authentication key. */
  public static final int SRTP_AUTHENTICATION = 1;

  /** Label for the SRTP salt. */
  public static final int SRTP_SALT = 2;

  /** Label for the SRTCP encryption key. */
  public static final int SRTCP_ENCRYPTION = 3;

  /** Label for the SRTCP authentication key. */
  public static final int SRTCP_AUTHENTICATION = 4;

  /** Label for the SRTCP salt. */
  public static final int SRTCP_SALT = 5;

  private KeyDerivation() {}

  /**
   * Derives one session key: AES-CM keystream under the master key, with IV = (label || r) XOR
   * master salt, shifted left 16 bits (RFC 3711 §4.3.1, r = 0).
   *
   * @param masterKey the 16-byte master key
   * @param masterSalt the 14-byte (AES-CM) or 12-byte (GCM) master salt
   * @param label one of the label constants, 0..5
   * @param length the number of bytes to derive
   * @return the derived key
   * @throws IllegalArgumentException if a length or the label is out of range
   */
  public static byte[] derive(byte[] masterKey, byte[] masterSalt, int label, int length) {
    if (masterKey.length != 16 || masterSalt.length > 14 || label < 0 || label > 255) {
      throw new IllegalArgumentException(
          "need a 16-byte master key, a salt of at most 14 bytes and a label 0..255");
    }
    byte[] iv = new byte[16];
    System.arraycopy(masterSalt, 0, iv, 0, masterSalt.length);
    iv[7] ^= (byte) label;
    try {
      Cipher cipher = Cipher.getInstance("AES/CTR/NoPadding");
      cipher.init(
          Cipher.ENCRYPT_MODE, new SecretKeySpec(masterKey, "AES"), new IvParameterSpec(iv));
      return cipher.doFinal(new byte[length]);
    } catch (GeneralSecurityException e) {
      throw new IllegalStateException("the JDK lacks AES/CTR/NoPadding", e);
    }
  }

  /**
   * Derives the three session keys of one direction.
   *
   * @param suite the crypto suite, for key and salt lengths
   * @param masterKey the master key
   * @param masterSalt the master salt
   * @param rtcp false for SRTP labels 0..2, true for SRTCP labels 3..5
   * @throws IllegalArgumentException if key or salt lengths do not match the suite
   */
  public static SessionKeys sessionKeys(
      SrtpSuite suite, byte[] masterKey, byte[] masterSalt, boolean rtcp) {
    if (masterKey.length != suite.keyLength() || masterSalt.length != suite.saltLength()) {
      throw new IllegalArgumentException(
          suite
              + " needs a "
              + suite.keyLength()
              + "-byte key and a "
              + suite.saltLength()
              + "-byte salt, got "
              + masterKey.length
              + " and "
              + masterSalt.length);
    }
    int base = rtcp ? SRTCP_ENCRYPTION : SRTP_ENCRYPTION;
    return new SessionKeys(
        derive(masterKey, masterSalt, base, suite.keyLength()),
        suite.aead() ? new byte[0] : derive(masterKey, masterSalt, base + 1, 20),
        derive(masterKey, masterSalt, base + 2, suite.saltLength()));
  }

  /**
   * The session keys of one direction of SRTP or SRTCP.
   *
   * @param encryption the session encryption key
   * @param authentication the HMAC-SHA1 key (empty for AEAD suites)
   * @param salt the session salt
   */
  public record SessionKeys(byte[] encryption, byte[] authentication, byte[] salt) {

    /** Copies the keys. */
    public SessionKeys {
      encryption = encryption.clone();
      authentication = authentication.clone();
      salt = salt.clone();
    }

    /** Returns a copy of the encryption key. */
    @Override
    public byte[] encryption() {
      return encryption.clone();
    }

    /** Returns a copy of the authentication key. */
    @Override
    public byte[] authentication() {
      return authentication.clone();
    }

    /** Returns a copy of the salt. */
    @Override
    public byte[] salt() {
      return salt.clone();
    }

    @Override
    public boolean equals(Object other) {
      return other instanceof SessionKeys that
          && java.util.Arrays.equals(encryption, that.encryption)
          && java.util.Arrays.equals(authentication, that.authentication)
          && java.util.Arrays.equals(salt, that.salt);
    }

    @Override
    public int hashCode() {
      return java.util.Arrays.hashCode(salt);
    }

    /** Never prints key material. */
    @Override
    public String toString() {
      return "SessionKeys[redacted]";
    }
  }
}
