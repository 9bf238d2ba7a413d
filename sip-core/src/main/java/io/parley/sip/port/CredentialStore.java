package io.parley.sip.port;

import io.parley.sip.auth.DigestCredentials;
import java.util.Optional;

/**
 * Where the SIP domain finds the secret to answer a Digest challenge (RFC 3261 §22).
 *
 * <p>Looked up per realm, so one account can hold credentials for its registrar and its outbound
 * proxy, and realm pinning is simply a store that answers one realm only. Called on the loop
 * thread: implementations must not block.
 */
@FunctionalInterface
public interface CredentialStore {

  /**
   * The credentials for {@code realm}, or empty if this account has none for it (the challenge then
   * goes unanswered and the request fails with the challenge's status).
   */
  Optional<DigestCredentials> credentialsFor(String realm);

  /** A store that answers every realm with the same credentials. */
  static CredentialStore anyRealm(DigestCredentials credentials) {
    Optional<DigestCredentials> answer = Optional.of(credentials);
    return realm -> answer;
  }

  /** A store that answers only {@code realm} (compared exactly, as RFC 7616 §3.3 says). */
  static CredentialStore pinnedTo(String realm, DigestCredentials credentials) {
    Optional<DigestCredentials> answer = Optional.of(credentials);
    return asked -> realm.equals(asked) ? answer : Optional.empty();
  }
}
