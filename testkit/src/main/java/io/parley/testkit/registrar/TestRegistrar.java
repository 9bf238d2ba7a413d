package io.parley.testkit.registrar;

import io.parley.sip.auth.DigestAlgorithm;
import io.parley.sip.auth.DigestCalculator;
import io.parley.sip.auth.DigestChallenge;
import io.parley.sip.auth.DigestCredentials;
import io.parley.sip.auth.DigestResponse;
import io.parley.sip.header.Contact;
import io.parley.sip.header.Credentials;
import io.parley.sip.header.HeaderName;
import io.parley.sip.header.Headers;
import io.parley.sip.message.ResponseBuilder;
import io.parley.sip.message.SipRequest;
import io.parley.sip.message.SipResponse;
import io.parley.sip.port.Loop;
import io.parley.sip.port.ResolvedTarget;
import io.parley.sip.syntax.SipParseException;
import io.parley.sip.transaction.ServerTransaction;
import io.parley.sip.transaction.TransactionLayer;
import io.parley.sip.transaction.TransactionUser;
import io.parley.sip.uri.SipUri;
import java.time.Duration;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Queue;

/**
 * A registrar for tests: accepts REGISTER for known users after a Digest challenge (MD5 or SHA-256,
 * qop=auth), keeps bindings in memory until they expire on the loop's clock, answers 423 below its
 * Min-Expires, caps long expiries, and can be told to fail the next requests.
 *
 * <p>Runs on the loop of its transaction layer. Other requests get 405 Method Not Allowed.
 */
public final class TestRegistrar implements TransactionUser {

  private final TransactionLayer layer;
  private final Loop loop;
  private final String realm;
  private final Map<String, String> passwords = new HashMap<>();
  private final Map<String, List<Binding>> bindings = new HashMap<>();
  private final Queue<Integer> injectedFailures = new ArrayDeque<>();
  private final List<SipRequest> received = new ArrayList<>();
  private DigestAlgorithm algorithm = DigestAlgorithm.MD5;
  private long minExpires = 60;
  private long maxExpires = 7200;
  private int nonceCounter;
  private boolean nextNonceStale;

  /** One registered contact. */
  public record Binding(String contact, long expiresAtNanos, String instance) {}

  /** A registrar for {@code realm} on {@code layer}; it becomes the layer's user. */
  public TestRegistrar(TransactionLayer layer, Loop loop, String realm) {
    this.layer = Objects.requireNonNull(layer, "layer");
    this.loop = Objects.requireNonNull(loop, "loop");
    this.realm = Objects.requireNonNull(realm, "realm");
    layer.setUser(this);
  }

  /** Adds a user who may register with {@code password}. */
  public TestRegistrar user(String name, String password) {
    passwords.put(name, password);
    return this;
  }

  /** Challenges with {@code algorithm} instead of MD5. */
  public TestRegistrar algorithm(DigestAlgorithm newAlgorithm) {
    algorithm = Objects.requireNonNull(newAlgorithm, "algorithm");
    return this;
  }

  /** Expiries below this get 423 Interval Too Brief (RFC 3261 §10.3 step 7). */
  public TestRegistrar minExpires(long seconds) {
    minExpires = seconds;
    return this;
  }

  /** Longer expiries are shortened to this. */
  public TestRegistrar maxExpires(long seconds) {
    maxExpires = seconds;
    return this;
  }

  /** The next REGISTERs are answered with these status codes, one each, before normal work. */
  public TestRegistrar failNext(int... statusCodes) {
    for (int code : statusCodes) {
      injectedFailures.add(code);
    }
    return this;
  }

  /** The next challenge says {@code stale=true} (RFC 7616 §3.3). */
  public TestRegistrar staleNextNonce() {
    nextNonceStale = true;
    return this;
  }

  /** Every request received, in order. */
  public List<SipRequest> received() {
    return List.copyOf(received);
  }

  /** The live bindings of {@code user} (expired ones are dropped). */
  public List<Binding> bindings(String user) {
    List<Binding> live = bindings.getOrDefault(user, new ArrayList<>());
    live.removeIf(b -> b.expiresAtNanos <= loop.nanoTime());
    return List.copyOf(live);
  }

  @Override
  public void onRequest(ServerTransaction transaction, SipRequest request) {
    received.add(request);
    if (!request.method().equals("REGISTER")) {
      transaction.respond(
          SipResponse.builder(request, 405).toTag("reg").add(HeaderName.ALLOW, "REGISTER").build());
      return;
    }
    Integer injected = injectedFailures.poll();
    if (injected != null) {
      transaction.respond(SipResponse.builder(request, injected).toTag("reg").build());
      return;
    }
    Optional<String> user = authenticate(request);
    if (user.isEmpty()) {
      transaction.respond(challenge(request));
      return;
    }
    transaction.respond(register(request, user.get()));
  }

  private SipResponse register(SipRequest request, String user) {
    long expires;
    try {
      expires = request.first(Headers.EXPIRES).orElse(3600L);
    } catch (SipParseException e) {
      return SipResponse.builder(request, 400).toTag("reg").build();
    }
    List<Binding> list = bindings.computeIfAbsent(user, u -> new ArrayList<>());
    list.removeIf(b -> b.expiresAtNanos <= loop.nanoTime());
    for (Contact contact : request.contacts()) {
      if (contact.isWildcard()) {
        if (expires != 0 || request.contacts().size() != 1) {
          return SipResponse.builder(request, 400).toTag("reg").build(); // §10.3 step 6
        }
        list.clear();
        continue;
      }
      long e = contact.expires().orElse(expires);
      String uri = contact.address().uri().toString();
      list.removeIf(b -> b.contact.equals(uri));
      if (e == 0) {
        continue;
      }
      if (e < minExpires) {
        return SipResponse.builder(request, 423)
            .toTag("reg")
            .add(HeaderName.MIN_EXPIRES, Long.toString(minExpires))
            .build();
      }
      long granted = Math.min(e, maxExpires);
      list.add(
          new Binding(
              uri,
              loop.nanoTime() + Duration.ofSeconds(granted).toNanos(),
              contact.instance().orElse("")));
    }
    ResponseBuilder ok = SipResponse.builder(request, 200).toTag("reg");
    for (Binding binding : list) {
      long left = Duration.ofNanos(binding.expiresAtNanos - loop.nanoTime()).toSeconds();
      ok.add(HeaderName.CONTACT, "<" + binding.contact + ">;expires=" + left);
    }
    return ok.build();
  }

  private SipResponse challenge(SipRequest request) {
    String nonce = "n" + (++nonceCounter) + "-" + Long.toHexString(loop.nanoTime());
    String value =
        "Digest realm=\""
            + realm
            + "\", nonce=\""
            + nonce
            + "\", qop=\"auth\", algorithm="
            + algorithm.token()
            + (nextNonceStale ? ", stale=true" : "");
    nextNonceStale = false;
    return SipResponse.builder(request, 401)
        .toTag("reg")
        .add(HeaderName.WWW_AUTHENTICATE, value)
        .build();
  }

  /** The user whose Authorization checks out (RFC 7616 §3.4), if any. */
  private Optional<String> authenticate(SipRequest request) {
    List<Credentials> all;
    try {
      all = request.all(Headers.AUTHORIZATION);
    } catch (SipParseException e) {
      return Optional.empty();
    }
    for (Credentials credentials : all) {
      String user = credentials.parameter("username").orElse("");
      String password = passwords.get(user);
      int nc = nonceCount(credentials);
      if (password == null || nc < 1 || !realm.equals(credentials.parameter("realm").orElse(""))) {
        continue;
      }
      DigestChallenge asked =
          new DigestChallenge(
              false,
              realm,
              credentials.parameter("nonce").orElse(""),
              null,
              credentials.parameter("algorithm").orElse(null),
              credentials.parameter("qop").map(List::of).orElse(List.of()),
              false);
      DigestResponse expected =
          DigestCalculator.respond(
              asked,
              DigestCredentials.ofPassword(user, password.toCharArray()),
              request.method(),
              credentials.parameter("uri").orElse(""),
              request.body(),
              credentials.parameter("cnonce").orElse(""),
              nc);
      if (expected.response().equals(credentials.parameter("response").orElse(""))
          && user.equals(userPart(request))) {
        return Optional.of(user);
      }
    }
    return Optional.empty();
  }

  private static int nonceCount(Credentials credentials) {
    try {
      return Integer.parseInt(credentials.parameter("nc").orElse("1"), 16);
    } catch (NumberFormatException e) {
      return -1; // refused like a wrong answer; the registrar keeps serving
    }
  }

  private static String userPart(SipRequest request) {
    return request.to().uri() instanceof SipUri uri ? uri.user().orElse("") : "";
  }

  @Override
  public void onAck(SipRequest ack, ResolvedTarget source) {}

  @Override
  public void onStrayResponse(SipResponse response, ResolvedTarget source) {}

  /** The layer this registrar answers on. */
  public TransactionLayer layer() {
    return layer;
  }
}
