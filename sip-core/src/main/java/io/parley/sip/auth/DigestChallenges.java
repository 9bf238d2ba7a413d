package io.parley.sip.auth;

import io.parley.sip.header.Challenge;
import io.parley.sip.header.Headers;
import io.parley.sip.message.SipResponse;
import io.parley.sip.syntax.SipParseException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/** Reads the Digest challenges of a 401 or 407 (RFC 3261 §20.27, §20.44; RFC 7616 §3.3). */
public final class DigestChallenges {

  private DigestChallenges() {}

  /**
   * Every Digest challenge in the response's WWW-Authenticate and Proxy-Authenticate headers, in
   * order. Challenges of other schemes, and Digest challenges without realm or nonce, are skipped:
   * they cannot be answered.
   *
   * @throws SipParseException if an authenticate header breaks its grammar
   */
  public static List<DigestChallenge> of(SipResponse response) throws SipParseException {
    List<DigestChallenge> out = new ArrayList<>();
    add(out, response.all(Headers.WWW_AUTHENTICATE), false);
    add(out, response.all(Headers.PROXY_AUTHENTICATE), true);
    return out;
  }

  private static void add(List<DigestChallenge> out, List<Challenge> challenges, boolean proxy) {
    for (Challenge challenge : challenges) {
      if (!challenge.scheme().equalsIgnoreCase("Digest")) {
        continue;
      }
      String realm = challenge.parameter("realm").orElse(null);
      String nonce = challenge.parameter("nonce").orElse(null);
      if (realm == null || nonce == null) {
        continue;
      }
      List<String> qop =
          challenge
              .parameter("qop")
              .map(q -> Arrays.stream(q.split(",")).map(String::trim).toList())
              .orElse(List.of());
      out.add(
          new DigestChallenge(
              proxy,
              realm,
              nonce,
              challenge.parameter("opaque").orElse(null),
              challenge.parameter("algorithm").orElse(null),
              qop,
              challenge.parameter("stale").map(s -> s.equalsIgnoreCase("true")).orElse(false)));
    }
  }
}
