package io.parley.sip.auth;

import java.util.List;
import java.util.Locale;
import java.util.Objects;

/**
 * One Digest challenge from a {@code WWW-Authenticate} (401) or {@code Proxy-Authenticate} (407)
 * header (RFC 3261 §22.4, RFC 7616 §3.3).
 *
 * @param proxy {@code true} for a 407 Proxy-Authenticate challenge, answered with
 *     Proxy-Authorization
 * @param realm the protection space; credentials are chosen per realm
 * @param nonce the server nonce
 * @param opaque echoed unchanged, or {@code null}
 * @param algorithmToken the {@code algorithm} parameter as received, or {@code null} for MD5
 * @param qopOptions the {@code qop} options offered ({@code auth}, {@code auth-int}); empty for the
 *     RFC 2069 compatible form without qop
 * @param stale {@code true} if the previous request was refused only because its nonce was stale:
 *     retry with the same credentials and the new nonce, without counting a failure
 */
public record DigestChallenge(
    boolean proxy,
    String realm,
    String nonce,
    String opaque,
    String algorithmToken,
    List<String> qopOptions,
    boolean stale) {

  /** Checks the required parameters (RFC 7616 §3.3: realm and nonce are mandatory). */
  public DigestChallenge {
    Objects.requireNonNull(realm, "a Digest challenge needs a realm");
    Objects.requireNonNull(nonce, "a Digest challenge needs a nonce");
    qopOptions =
        qopOptions == null
            ? List.of()
            : qopOptions.stream().map(q -> q.trim().toLowerCase(Locale.ROOT)).toList();
  }

  /** Whether Parley can answer this challenge (its algorithm is known and qop usable). */
  public boolean isSupported() {
    return DigestAlgorithm.fromToken(algorithmToken).isPresent()
        && (qopOptions.isEmpty() || qopOptions.contains("auth") || qopOptions.contains("auth-int"));
  }
}
