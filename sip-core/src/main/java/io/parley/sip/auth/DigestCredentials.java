package io.parley.sip.auth;

import java.util.Objects;

/**
 * A user's secret for one account: the password, or the precomputed MD5 {@code HA1} hash (JVoIP's
 * {@code md5} parameter) so that the password itself need not be stored.
 *
 * <p>{@link #toString()} never shows the secret.
 */
public final class DigestCredentials {

  private final String username;
  private final char[] password;
  private final String md5Ha1;

  private DigestCredentials(String username, char[] password, String md5Ha1) {
    this.username = Objects.requireNonNull(username, "username");
    this.password = password;
    this.md5Ha1 = md5Ha1;
  }

  /** Credentials with a password; the array is copied. */
  public static DigestCredentials ofPassword(String username, char[] password) {
    Objects.requireNonNull(password, "password");
    return new DigestCredentials(username, password.clone(), null);
  }

  /**
   * Credentials given as {@code HA1 = MD5(username ":" realm ":" password)} (RFC 2617 §3.2.2.2).
   * Such credentials only answer MD5 and MD5-sess challenges for the realm the hash was made for.
   *
   * @throws IllegalArgumentException if {@code ha1} is not 32 hex digits
   */
  public static DigestCredentials ofMd5Ha1(String username, String ha1) {
    Objects.requireNonNull(ha1, "ha1");
    if (!ha1.matches("[0-9a-fA-F]{32}")) {
      throw new IllegalArgumentException(
          "an MD5 HA1 must be 32 hex digits, got " + ha1.length() + " characters");
    }
    return new DigestCredentials(username, null, ha1.toLowerCase(java.util.Locale.ROOT));
  }

  /** The user name sent in the {@code username} parameter. */
  public String username() {
    return username;
  }

  /** Whether these credentials can answer a challenge with {@code algorithm}. */
  public boolean canAnswer(DigestAlgorithm algorithm) {
    return password != null
        || algorithm == DigestAlgorithm.MD5
        || algorithm == DigestAlgorithm.MD5_SESS;
  }

  /**
   * {@code H(username ":" realm ":" password)} for the algorithm.
   *
   * @throws IllegalStateException if only an MD5 HA1 is known and {@code algorithm} is not MD5
   */
  String ha1(DigestAlgorithm algorithm, String realm) {
    if (password != null) {
      return algorithm.hash(username + ":" + realm + ":" + new String(password));
    }
    if (!canAnswer(algorithm)) {
      throw new IllegalStateException(
          "credentials for "
              + username
              + " hold only an MD5 HA1 and cannot answer "
              + algorithm.token());
    }
    return md5Ha1;
  }

  @Override
  public String toString() {
    return "DigestCredentials[username="
        + username
        + ", secret="
        + (password != null ? "password" : "md5-ha1")
        + " (hidden)]";
  }
}
