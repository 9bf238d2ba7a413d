package io.parley.sip.session;

import io.parley.sip.auth.DigestClient;
import io.parley.sip.header.Address;
import io.parley.sip.header.HeaderName;
import io.parley.sip.syntax.Lexer;
import io.parley.sip.uri.SipUri;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

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
   * @throws IllegalArgumentException if the target has URI headers, a header name is not a token, a
   *     value holds CR or LF, or the header is one the session sets (Via, From, To, Call-ID, CSeq,
   *     Max-Forwards, Contact, Content-Length, Content-Type)
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
      String name = h.getKey();
      if (!Lexer.isToken(name)) {
        throw new IllegalArgumentException("header name must be a token: '" + name + "'");
      }
      if (HeaderName.of(name).filter(OWNED::contains).isPresent()) {
        throw new IllegalArgumentException(
            "header " + name + " is set by the session and cannot be added");
      }
      String value = Objects.requireNonNull(h.getValue(), name);
      if (value.indexOf('\r') >= 0 || value.indexOf('\n') >= 0) {
        throw new IllegalArgumentException(name + " value may not contain CR or LF: " + value);
      }
    }
  }

  private static final Set<HeaderName> OWNED =
      Set.of(
          HeaderName.VIA,
          HeaderName.FROM,
          HeaderName.TO,
          HeaderName.CALL_ID,
          HeaderName.CSEQ,
          HeaderName.MAX_FORWARDS,
          HeaderName.CONTACT,
          HeaderName.CONTENT_LENGTH,
          HeaderName.CONTENT_TYPE);

  /** A call to {@code target} from {@code from} with no extra headers and no credentials. */
  public static OutgoingCall to(SipUri target, Address from) {
    return new OutgoingCall(target, from, List.of(), Optional.empty());
  }

  /** This call with {@code auth} answering challenges. */
  public OutgoingCall withAuth(DigestClient client) {
    return new OutgoingCall(target, from, headers, Optional.of(client));
  }
}
