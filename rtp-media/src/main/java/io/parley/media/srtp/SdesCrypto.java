package io.parley.media.srtp;

import io.parley.media.MalformedPacketException;
import java.util.Arrays;
import java.util.Base64;
import java.util.List;
import java.util.random.RandomGenerator;

/**
 * One SDP {@code a=crypto} attribute (RFC 4568 §4 and §6.1): a tag, a suite and an inline master
 * key with salt, optionally a lifetime and an MKI.
 *
 * <pre>
 * a=crypto:1 AES_CM_128_HMAC_SHA1_80 inline:WVNfX19zZW1jdGwgKCkgewkyMjA7fQp9CnVubGVz|2^20|1:4
 *          tag suite                  base64(key || salt)                          life MKI:len
 * </pre>
 *
 * @param tag the decimal tag that pairs an answer with the offered line, 0..999999999
 * @param suite the crypto suite
 * @param masterKey the master key
 * @param masterSalt the master salt
 * @param lifetime the master key lifetime in packets, or 0 when not given
 * @param mki the master key identifier value, or 0 when absent
 * @param mkiLength the MKI length in bytes on the wire, or 0 when absent
 */
public record SdesCrypto(
    int tag,
    SrtpSuite suite,
    byte[] masterKey,
    byte[] masterSalt,
    long lifetime,
    long mki,
    int mkiLength) {

  /**
   * Validates lengths against the suite.
   *
   * @throws IllegalArgumentException if the tag is out of range or key or salt have the wrong size
   */
  public SdesCrypto {
    if (tag < 0 || tag > 999_999_999) {
      throw new IllegalArgumentException("crypto tag must be 0..999999999, got " + tag);
    }
    if (masterKey.length != suite.keyLength() || masterSalt.length != suite.saltLength()) {
      throw new IllegalArgumentException(suite + " needs other key and salt lengths");
    }
    masterKey = masterKey.clone();
    masterSalt = masterSalt.clone();
  }

  /**
   * Creates a fresh key for an offer or answer.
   *
   * @param tag the attribute tag
   * @param suite the suite
   * @param random a cryptographically strong generator, such as {@link java.security.SecureRandom}
   */
  public static SdesCrypto generate(int tag, SrtpSuite suite, RandomGenerator random) {
    byte[] key = new byte[suite.keyLength()];
    byte[] salt = new byte[suite.saltLength()];
    for (int i = 0; i < key.length; i++) {
      key[i] = (byte) random.nextInt(256);
    }
    for (int i = 0; i < salt.length; i++) {
      salt[i] = (byte) random.nextInt(256);
    }
    return new SdesCrypto(tag, suite, key, salt, 0, 0, 0);
  }

  /**
   * Parses the attribute value, the text after {@code a=crypto:}.
   *
   * @throws MalformedPacketException naming the character offset, for a missing field, an unknown
   *     suite, a key method other than inline, bad base64 or a key of the wrong length
   */
  public static SdesCrypto parse(String value) throws MalformedPacketException {
    List<String> fields = Arrays.asList(value.trim().split("\\s+"));
    if (fields.size() < 3) {
      throw new MalformedPacketException(0, "crypto needs a tag, a suite and key params");
    }
    int tag = parseNumber(fields.get(0), 0, "tag");
    String suiteName = fields.get(1);
    SrtpSuite suite =
        SrtpSuite.byName(suiteName)
            .orElseThrow(
                () ->
                    new MalformedPacketException(
                        value.indexOf(suiteName), "unsupported crypto-suite " + suiteName));
    String keyParams = fields.get(2);
    int at = value.indexOf(keyParams);
    if (!keyParams.startsWith("inline:")) {
      throw new MalformedPacketException(at, "only the inline key method is defined");
    }
    String[] parts = keyParams.substring(7).split("\\|", -1);
    byte[] material = keyMaterial(suite, parts[0], at + 7);
    long lifetime = 0;
    long mki = 0;
    int mkiLength = 0;
    for (int i = 1; i < parts.length; i++) {
      String part = parts[i];
      int colon = part.indexOf(':');
      if (colon >= 0) {
        mki = parseNumber(part.substring(0, colon), at, "MKI");
        mkiLength = parseNumber(part.substring(colon + 1), at, "MKI length");
        if (mkiLength < 1 || mkiLength > 128) {
          throw new MalformedPacketException(at, "MKI length must be 1..128, got " + mkiLength);
        }
      } else {
        lifetime = lifetime(part, at);
      }
    }
    int keyLength = suite.keyLength();
    return new SdesCrypto(
        tag,
        suite,
        Arrays.copyOf(material, keyLength),
        Arrays.copyOfRange(material, keyLength, material.length),
        lifetime,
        mki,
        mkiLength);
  }

  private static byte[] keyMaterial(SrtpSuite suite, String base64, int at)
      throws MalformedPacketException {
    byte[] material;
    try {
      material = Base64.getDecoder().decode(base64);
    } catch (IllegalArgumentException e) {
      throw new MalformedPacketException(at, "key is not base64: " + e.getMessage());
    }
    int wanted = suite.keyLength() + suite.saltLength();
    if (material.length != wanted) {
      throw new MalformedPacketException(
          at, suite + " needs " + wanted + " key bytes, got " + material.length);
    }
    return material;
  }

  private static long lifetime(String part, int at) throws MalformedPacketException {
    if (part.startsWith("2^")) {
      int exponent = parseNumber(part.substring(2), at, "lifetime exponent");
      return exponent >= 63 ? Long.MAX_VALUE : 1L << exponent;
    }
    return parseNumber(part, at, "lifetime");
  }

  /** Formats the attribute value (without {@code a=crypto:}); lifetime and MKI only if set. */
  public String format() {
    byte[] material = Arrays.copyOf(masterKey, masterKey.length + masterSalt.length);
    System.arraycopy(masterSalt, 0, material, masterKey.length, masterSalt.length);
    StringBuilder out =
        new StringBuilder()
            .append(tag)
            .append(' ')
            .append(suite.name())
            .append(" inline:")
            .append(Base64.getEncoder().encodeToString(material));
    if (lifetime > 0) {
      out.append('|').append(lifetime);
    }
    if (mkiLength > 0) {
      out.append('|').append(mki).append(':').append(mkiLength);
    }
    return out.toString();
  }

  /** Returns a context that protects or unprotects with this key, carrying its MKI if any. */
  public SrtpContext newContext() {
    byte[] mkiBytes = new byte[mkiLength];
    for (int i = 0; i < mkiLength; i++) {
      int shift = 8 * (mkiLength - 1 - i);
      mkiBytes[i] = shift >= 64 ? 0 : (byte) (mki >>> shift);
    }
    return SrtpContext.create(suite, masterKey, masterSalt, mkiBytes);
  }

  /** Returns a copy of the master key. */
  @Override
  public byte[] masterKey() {
    return masterKey.clone();
  }

  /** Returns a copy of the master salt. */
  @Override
  public byte[] masterSalt() {
    return masterSalt.clone();
  }

  @Override
  public boolean equals(Object other) {
    return other instanceof SdesCrypto that
        && tag == that.tag
        && suite == that.suite
        && Arrays.equals(masterKey, that.masterKey)
        && Arrays.equals(masterSalt, that.masterSalt)
        && lifetime == that.lifetime
        && mki == that.mki
        && mkiLength == that.mkiLength;
  }

  @Override
  public int hashCode() {
    return tag * 31 + suite.hashCode();
  }

  /** Never prints the key. */
  @Override
  public String toString() {
    return "SdesCrypto[" + tag + " " + suite + " inline:<redacted>]";
  }

  private static int parseNumber(String text, int offset, String what)
      throws MalformedPacketException {
    if (text.isEmpty() || text.length() > 10 || !text.chars().allMatch(Character::isDigit)) {
      throw new MalformedPacketException(
          offset, what + " must be a decimal number, got '" + text + "'");
    }
    long value = Long.parseLong(text);
    if (value > Integer.MAX_VALUE) {
      throw new MalformedPacketException(offset, what + " is too large: " + text);
    }
    return (int) value;
  }
}
