package io.parley.sip.auth;

import java.nio.charset.StandardCharsets;
import java.util.Objects;

/**
 * Computes Digest responses (RFC 2617 §3.2.2, RFC 7616 §3.4.1 to §3.4.3). Stateless; the client
 * nonce and nonce count come in as arguments, so results are reproducible.
 */
public final class DigestCalculator {

  private DigestCalculator() {}

  /**
   * Answers {@code challenge} for a request.
   *
   * @param method the request method (for SIP, ACK and CANCEL reuse the INVITE's credentials, RFC
   *     3261 §22.1)
   * @param digestUri the Request-URI exactly as it will be sent
   * @param body the message body, hashed when {@code qop=auth-int} is chosen; may be empty
   * @param cnonce the client nonce (ignored when the challenge offers no qop)
   * @param nonceCount how many times this nonce has been used, starting at 1
   * @throws IllegalArgumentException if the challenge's algorithm is unsupported or the credentials
   *     cannot answer it (an MD5 HA1 against a SHA challenge)
   */
  public static DigestResponse respond(
      DigestChallenge challenge,
      DigestCredentials credentials,
      String method,
      String digestUri,
      byte[] body,
      String cnonce,
      int nonceCount) {
    Objects.requireNonNull(method, "method");
    Objects.requireNonNull(digestUri, "digestUri");
    DigestAlgorithm algorithm =
        DigestAlgorithm.fromToken(challenge.algorithmToken())
            .orElseThrow(
                () ->
                    new IllegalArgumentException(
                        "unsupported Digest algorithm '" + challenge.algorithmToken() + "'"));
    if (!credentials.canAnswer(algorithm)) {
      throw new IllegalArgumentException(
          "credentials of "
              + credentials.username()
              + " hold only an MD5 HA1 and cannot answer "
              + algorithm.token());
    }
    String qop = chooseQop(challenge);
    if (nonceCount < 1 && qop != null) {
      throw new IllegalArgumentException("nonce count starts at 1, got " + nonceCount);
    }
    String ha1 = credentials.ha1(algorithm, challenge.realm());
    if (algorithm.isSession()) {
      ha1 = algorithm.hash(ha1 + ":" + challenge.nonce() + ":" + cnonce);
    }
    String a2 = method + ":" + digestUri;
    if ("auth-int".equals(qop)) {
      a2 += ":" + algorithm.hash(body == null ? new byte[0] : body);
    }
    String ha2 = algorithm.hash(a2);
    String response;
    if (qop == null) {
      response = algorithm.hash(ha1 + ":" + challenge.nonce() + ":" + ha2);
    } else {
      String nc = String.format("%08x", nonceCount);
      response =
          algorithm.hash(
              ha1 + ":" + challenge.nonce() + ":" + nc + ":" + cnonce + ":" + qop + ":" + ha2);
    }
    return new DigestResponse(
        challenge.proxy(),
        credentials.username(),
        challenge.realm(),
        challenge.nonce(),
        digestUri,
        response,
        algorithm,
        challenge.opaque(),
        qop,
        qop == null ? null : cnonce,
        qop == null ? 0 : nonceCount);
  }

  /** {@code auth} when offered (it survives proxies that touch bodies), else {@code auth-int}. */
  static String chooseQop(DigestChallenge challenge) {
    if (challenge.qopOptions().contains("auth")) {
      return "auth";
    }
    if (challenge.qopOptions().contains("auth-int")) {
      return "auth-int";
    }
    return null;
  }

  /** HA1 as an MD5 hex string, for users who store {@code md5} hashes instead of passwords. */
  public static String md5Ha1(String username, String realm, String password) {
    return DigestAlgorithm.MD5.hash(
        (username + ":" + realm + ":" + password).getBytes(StandardCharsets.UTF_8));
  }
}
