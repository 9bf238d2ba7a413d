package io.parley.sip.session;

import io.parley.sip.auth.DigestClient;
import io.parley.sip.header.Address;
import io.parley.sip.syntax.Lexer;
import io.parley.sip.uri.SipUri;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * What a UAC session asks for (RFC 3261 §8.1.1).
 *
 * @param target the callee, the Request-URI and To (must be sip or sips; URI headers are refused)
 * @param from the caller's address with optional display name (a tag is added)
 * @param headers extra headers, in order (P-Asserted-Identity, X-...); names must be tokens
 * @param auth answers 401/407 challenges (RFC 3261 §22.2), or empty to fail on a challenge
 */
public record OutgoingCall(
    SipUri target,
    Address from,
    List<Map.Entry<String, String>> headers,
    Optional<DigestClient> auth) {

  /**
   * Checks the values.
   *
   * @throws IllegalArgumentException if the target has URI headers or a header name is not a token
   */
  public OutgoingCall {
    Objects.requireNonNull(target, "target");
    Objects.requireNonNull(from, "from");
    Objects.requireNonNull(auth, "auth");
    headers = List.copyOf(headers);
    if (target.hasHeaders()) {
      throw new IllegalArgumentException("a Request-URI may not carry headers: " + target);
    }
    for (Map.Entry<String, String> h : headers) {
      if (!Lexer.isToken(h.getKey())) {
        throw new IllegalArgumentException("header name must be a token: '" + h.getKey() + "'");
      }
    }
  }

  /** A call to {@code target} from {@code from} with no extra headers and no credentials. */
  public static OutgoingCall to(SipUri target, Address from) {
    return new OutgoingCall(target, from, List.of(), Optional.empty());
  }

  /** This call with {@code auth} answering challenges. */
  public OutgoingCall withAuth(DigestClient client) {
    return new OutgoingCall(target, from, headers, Optional.of(client));
  }
}
