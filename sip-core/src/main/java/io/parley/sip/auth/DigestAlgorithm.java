package io.parley.sip.auth;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Locale;
import java.util.Optional;

/**
 * The digest algorithms of RFC 7616 §3.2 and RFC 8760 §2, each with its {@code -sess} variant. The
 * strength order decides which challenge to answer when a server offers several (RFC 7616 §3.7, RFC
 * 8760 §2.4: the client uses the first one it supports, and servers list the preferred one first;
 * Parley answers the strongest it supports).
 */
public enum DigestAlgorithm {
  MD5("MD5", "MD5", false, 0),
  MD5_SESS("MD5-sess", "MD5", true, 0),
  SHA_256("SHA-256", "SHA-256", false, 1),
  SHA_256_SESS("SHA-256-sess", "SHA-256", true, 1),
  SHA_512_256("SHA-512-256", "SHA-512/256", false, 2),
  SHA_512_256_SESS("SHA-512-256-sess", "SHA-512/256", true, 2);

  private static final char[] HEX = "0123456789abcdef".toCharArray();

  private final String token;
  private final String jcaName;
  private final boolean session;
  private final int strength;

  DigestAlgorithm(String token, String jcaName, boolean session, int strength) {
    this.token = token;
    this.jcaName = jcaName;
    this.session = session;
    this.strength = strength;
  }

  /** The token as written in the {@code algorithm} parameter. */
  public String token() {
    return token;
  }

  /** Whether this is a {@code -sess} variant, whose HA1 includes the nonces (RFC 7616 §3.4.2). */
  public boolean isSession() {
    return session;
  }

  /** Higher is stronger; the -sess variant has its hash's strength. */
  public int strength() {
    return strength;
  }

  /**
   * The algorithm named by a challenge's {@code algorithm} parameter, compared without regard to
   * case (RFC 7616 §3.3); a missing parameter means MD5 (RFC 2617 §3.2.1).
   *
   * @return empty if the token names an algorithm Parley does not support
   */
  public static Optional<DigestAlgorithm> fromToken(String token) {
    if (token == null || token.isEmpty()) {
      return Optional.of(MD5);
    }
    for (DigestAlgorithm algorithm : values()) {
      if (algorithm.token.equalsIgnoreCase(token)) {
        return Optional.of(algorithm);
      }
    }
    return Optional.empty();
  }

  /** The lowercase hex digest of {@code text} encoded as UTF-8. */
  public String hash(String text) {
    return hash(text.getBytes(StandardCharsets.UTF_8));
  }

  /** The lowercase hex digest of {@code data}. */
  public String hash(byte[] data) {
    byte[] digest = newDigest().digest(data);
    char[] out = new char[digest.length * 2];
    for (int i = 0; i < digest.length; i++) {
      out[2 * i] = HEX[(digest[i] >> 4) & 0xF];
      out[2 * i + 1] = HEX[digest[i] & 0xF];
    }
    return new String(out);
  }

  /** Length in hex characters of this algorithm's digests (32 for MD5, 64 for the others). */
  public int hexLength() {
    return newDigest().getDigestLength() * 2;
  }

  private MessageDigest newDigest() {
    try {
      return MessageDigest.getInstance(jcaName);
    } catch (NoSuchAlgorithmException e) {
      // Every Java 17 runtime must provide MD5, SHA-256 and SHA-512/256.
      throw new IllegalStateException(
          "this Java runtime lacks " + jcaName.toLowerCase(Locale.ROOT), e);
    }
  }
}
