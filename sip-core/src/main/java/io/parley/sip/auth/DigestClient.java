package io.parley.sip.auth;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Function;
import java.util.random.RandomGenerator;

/**
 * The client side of Digest authentication for one account (RFC 3261 §22.2, §22.3): answers the
 * challenges of a 401 or 407, remembers each realm's nonce so later requests can reuse it with a
 * growing nonce count, and stops a challenge loop.
 *
 * <p>Rules: for each realm challenged, the strongest algorithm the credentials can answer is chosen
 * (RFC 8760 §2.4); a {@code stale=true} challenge is retried with the new nonce without counting as
 * a failure (RFC 7616 §3.3); a fresh challenge for a realm already answered means the credentials
 * were refused, and after {@code maxAttempts} refusals in a row the client gives up with a {@link
 * Outcome.Failed} naming the realm.
 *
 * <p>Single-threaded: use it from the account's loop only.
 */
public final class DigestClient {

  private final Function<String, Optional<DigestCredentials>> credentials;
  private final RandomGenerator random;
  private final int maxAttempts;
  private final Map<String, RealmState> realms = new HashMap<>();

  /**
   * @param credentials where secrets come from, per realm (typically {@code
   *     CredentialStore::credentialsFor})
   * @param random the source of client nonces (a SecureRandom in production)
   * @param maxAttempts how many refused answers per realm end the loop (at least 1)
   */
  public DigestClient(
      Function<String, Optional<DigestCredentials>> credentials,
      RandomGenerator random,
      int maxAttempts) {
    this.credentials = Objects.requireNonNull(credentials, "credentials");
    this.random = Objects.requireNonNull(random, "random");
    if (maxAttempts < 1) {
      throw new IllegalArgumentException("maxAttempts must be at least 1, got " + maxAttempts);
    }
    this.maxAttempts = maxAttempts;
  }

  /** What answering a set of challenges gave. */
  public sealed interface Outcome {

    /** Headers to add to the retried request (one per realm answered). */
    record Answered(List<DigestResponse> responses) implements Outcome {}

    /** The request cannot be authenticated; {@code reason} says why, naming the realm. */
    record Failed(String reason) implements Outcome {}
  }

  /**
   * Answers the challenges of a 401/407 for a request to be retried.
   *
   * @param challenges every Digest challenge of the response (WWW- and Proxy-Authenticate)
   * @param method the method of the request being retried
   * @param digestUri its Request-URI as it will be sent
   * @param body its body (for qop=auth-int), may be empty
   */
  public Outcome answer(
      List<DigestChallenge> challenges, String method, String digestUri, byte[] body) {
    Map<String, List<DigestChallenge>> byRealm = new LinkedHashMap<>();
    for (DigestChallenge challenge : challenges) {
      byRealm.computeIfAbsent(key(challenge), k -> new ArrayList<>()).add(challenge);
    }
    if (byRealm.isEmpty()) {
      return new Outcome.Failed("the response carries no Digest challenge");
    }
    List<DigestResponse> responses = new ArrayList<>();
    List<String> problems = new ArrayList<>();
    for (List<DigestChallenge> offered : byRealm.values()) {
      String realm = offered.get(0).realm();
      Optional<DigestCredentials> secret = credentials.apply(realm);
      if (secret.isEmpty()) {
        problems.add("no credentials for realm \"" + realm + "\"");
        continue;
      }
      Optional<DigestChallenge> best = strongestAnswerable(offered, secret.get());
      if (best.isEmpty()) {
        problems.add("no supported Digest algorithm offered for realm \"" + realm + "\"");
        continue;
      }
      DigestChallenge challenge = best.get();
      RealmState state = realms.computeIfAbsent(key(challenge), k -> new RealmState());
      if (state.answered && !challenge.stale()) {
        state.refusals++;
        if (state.refusals >= maxAttempts) {
          return new Outcome.Failed(
              "credentials for realm \""
                  + realm
                  + "\" were refused "
                  + state.refusals
                  + " time(s) (wrong user name or password?)");
        }
      }
      state.use(challenge, secret.get());
      responses.add(state.respond(method, digestUri, body, cnonce()));
    }
    if (responses.isEmpty()) {
      return new Outcome.Failed(String.join("; ", problems));
    }
    return new Outcome.Answered(List.copyOf(responses));
  }

  /**
   * Authorization headers for a new request, reusing each known realm's nonce with the next nonce
   * count (RFC 7616 §3.4: saves a 401 round trip). Empty before the first challenge.
   */
  public List<DigestResponse> preemptive(String method, String digestUri, byte[] body) {
    List<DigestResponse> responses = new ArrayList<>();
    for (RealmState state : realms.values()) {
      if (state.answered) {
        responses.add(state.respond(method, digestUri, body, cnonce()));
      }
    }
    return responses;
  }

  /** The request succeeded: refusal counts start again from zero. */
  public void succeeded() {
    for (RealmState state : realms.values()) {
      state.refusals = 0;
    }
  }

  /** Forgets every nonce (for example after the account's credentials change). */
  public void reset() {
    realms.clear();
  }

  private static String key(DigestChallenge challenge) {
    return (challenge.proxy() ? "proxy:" : "www:") + challenge.realm();
  }

  private static Optional<DigestChallenge> strongestAnswerable(
      List<DigestChallenge> offered, DigestCredentials secret) {
    return offered.stream()
        .filter(DigestChallenge::isSupported)
        .filter(c -> secret.canAnswer(DigestAlgorithm.fromToken(c.algorithmToken()).orElseThrow()))
        .max(
            Comparator.comparingInt(
                c -> DigestAlgorithm.fromToken(c.algorithmToken()).orElseThrow().strength()));
  }

  private String cnonce() {
    return String.format("%016x", random.nextLong());
  }

  private static final class RealmState {
    private DigestChallenge challenge;
    private DigestCredentials secret;
    private String cnonce;
    private int nonceCount;
    private int refusals;
    private boolean answered;

    void use(DigestChallenge fresh, DigestCredentials credentials) {
      challenge = fresh;
      secret = credentials;
      nonceCount = 0;
      cnonce = null;
      answered = true;
    }

    DigestResponse respond(String method, String uri, byte[] body, String freshCnonce) {
      if (cnonce == null || challenge.qopOptions().isEmpty()) {
        cnonce = freshCnonce;
      }
      nonceCount++;
      return DigestCalculator.respond(challenge, secret, method, uri, body, cnonce, nonceCount);
    }
  }
}
