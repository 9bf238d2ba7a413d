package io.parley.sip.registration;

import io.parley.sip.auth.DigestChallenges;
import io.parley.sip.auth.DigestClient;
import io.parley.sip.auth.DigestResponse;
import io.parley.sip.header.Contact;
import io.parley.sip.header.HeaderName;
import io.parley.sip.header.Headers;
import io.parley.sip.message.RequestBuilder;
import io.parley.sip.message.SipRequest;
import io.parley.sip.message.SipResponse;
import io.parley.sip.port.Loop;
import io.parley.sip.port.ResolvedTarget;
import io.parley.sip.port.SipTransport;
import io.parley.sip.port.TargetFailover;
import io.parley.sip.port.TargetResolver;
import io.parley.sip.port.TargetUri;
import io.parley.sip.port.Transport;
import io.parley.sip.syntax.SipParseException;
import io.parley.sip.transaction.ClientTransaction;
import io.parley.sip.transaction.TransactionLayer;
import io.parley.sip.uri.SipUri;
import java.time.Duration;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.random.RandomGenerator;

/**
 * One binding of a contact at a registrar (RFC 3261 §10.2), kept alive until unregistered.
 *
 * <p>Refreshes before the granted expiry; answers 401/407 through the account's {@link
 * DigestClient}; retries 423 with the registrar's Min-Expires; fails over to the next RFC 3263
 * target on timeout, transport error or 503; after a failure, retries with the RFC 5626 §4.5
 * back-off (30 s doubling up to 30 min, with jitter), except when the credentials were refused.
 *
 * <p>Runs on the loop of its {@link TransactionLayer}; every method must be called there.
 */
public final class Registration implements ClientTransaction.Listener {

  /** What a registration tells its owner, on the loop thread. */
  @FunctionalInterface
  public interface Listener {

    /** The registration changed state. */
    void onRegistrationChanged(Registration registration, RegistrationStatus status);
  }

  private static final Duration BASE_RETRY = Duration.ofSeconds(30);
  private static final Duration MAX_RETRY = Duration.ofMinutes(30);

  private final RegistrationConfig config;
  private final TransactionLayer layer;
  private final SipTransport transport;
  private final Loop loop;
  private final TargetResolver resolver;
  private final DigestClient auth;
  private final Listener listener;
  private final RandomGenerator random;
  private final String callId;
  private final String fromTag;

  private RegistrationState state = RegistrationState.UNREGISTERED;
  private long cseq;
  private long generation;
  private long requestedSeconds;
  private boolean wildcard;
  private boolean unregistering;
  private int failures;
  private TargetFailover failover;
  private ClientTransaction inFlight;
  private Loop.Timer refreshTimer;
  private Loop.Timer retryTimer;
  private Loop.Timer keepAliveTimer;
  private Duration granted = Duration.ZERO;

  /**
   * @param callId the Call-ID of every REGISTER of this binding; the caller picks it so that
   *     responses reach the loop this registration runs on
   * @param transport the transport the layer sends through (for the Contact's address)
   * @param random the source of the From tag and retry jitter
   */
  public Registration(
      String callId,
      RegistrationConfig config,
      TransactionLayer layer,
      SipTransport transport,
      Loop loop,
      TargetResolver resolver,
      DigestClient auth,
      RandomGenerator random,
      Listener listener) {
    this.config = Objects.requireNonNull(config, "config");
    this.layer = Objects.requireNonNull(layer, "layer");
    this.transport = Objects.requireNonNull(transport, "transport");
    this.loop = Objects.requireNonNull(loop, "loop");
    this.resolver = Objects.requireNonNull(resolver, "resolver");
    this.auth = Objects.requireNonNull(auth, "auth");
    this.random = Objects.requireNonNull(random, "random");
    this.listener = Objects.requireNonNull(listener, "listener");
    this.callId = Objects.requireNonNull(callId, "callId");
    this.fromTag = hex(random.nextLong());
  }

  /** The current state. */
  public RegistrationState state() {
    return state;
  }

  /** The configuration. */
  public RegistrationConfig config() {
    return config;
  }

  /** The lifetime the registrar granted last (zero when not registered). */
  public Duration grantedExpires() {
    return granted;
  }

  /** The Call-ID every REGISTER of this binding uses (RFC 3261 §10.2.4). */
  public String callId() {
    return callId;
  }

  /** Registers now (or re-registers, if already registered). */
  public void register() {
    cancelTimers();
    unregistering = false;
    wildcard = false;
    requestedSeconds = config.expires().getSeconds();
    change(RegistrationState.REGISTERING, 0, "registering", Duration.ZERO);
    resolveAndSend();
  }

  /** Removes this binding (REGISTER with expires 0, §10.2.2). */
  public void unregister() {
    startUnregister(false);
  }

  /** Removes every binding of the AOR ({@code Contact: *}, {@code Expires: 0}, §10.2.2). */
  public void unregisterAll() {
    startUnregister(true);
  }

  /** Where the last REGISTER went, while a binding exists or is being made. */
  public Optional<ResolvedTarget> target() {
    return failover == null || failover.exhausted()
        ? Optional.empty()
        : Optional.of(failover.current());
  }

  /**
   * The flow the binding was registered over has died (RFC 5626 §4.4: no keep-alive pong, or the
   * connection closed): register again at once over a fresh flow.
   */
  public void flowFailed() {
    if (state == RegistrationState.REGISTERED || state == RegistrationState.REGISTERING) {
      register();
    }
  }

  private void startUnregister(boolean all) {
    cancelTimers();
    if (state == RegistrationState.UNREGISTERED && !all) {
      return;
    }
    unregistering = true;
    wildcard = all;
    requestedSeconds = 0;
    granted = Duration.ZERO;
    change(RegistrationState.UNREGISTERING, 0, "unregistering", Duration.ZERO);
    resolveAndSend();
  }

  private void resolveAndSend() {
    SipUri next = config.outboundProxy().orElse(config.registrar());
    TargetUri uri =
        new TargetUri(
            next.isSecure(),
            next.host().address(),
            next.port() > 0 ? OptionalInt.of(next.port()) : OptionalInt.empty(),
            config.transport().or(() -> next.parameter("transport").map(Transport::fromParameter)));
    long attempt = ++generation; // a later register()/unregister() makes this one stale
    resolver
        .resolve(uri)
        .whenComplete(
            (targets, error) ->
                loop.execute(
                    () -> {
                      if (attempt != generation) {
                        return;
                      }
                      if (error != null || targets == null || targets.isEmpty()) {
                        fail(503, "cannot resolve " + uri + ": " + describe(error), true);
                      } else {
                        failover = new TargetFailover(targets);
                        send(List.of());
                      }
                    }));
  }

  private void send(List<DigestResponse> credentials) {
    ResolvedTarget target = failover.current();
    SipRequest request = buildRegister(target, credentials);
    inFlight = layer.sendRequest(request, target, this);
  }

  private SipRequest buildRegister(ResolvedTarget target, List<DigestResponse> credentials) {
    String sentBy = transport.sentBy(target.transport());
    RequestBuilder b = SipRequest.builder("REGISTER", config.registrar());
    b.add(
        HeaderName.VIA,
        "SIP/2.0/" + target.transport() + " " + sentBy + ";rport;branch=" + layer.newBranch());
    b.add(HeaderName.MAX_FORWARDS, "70");
    config.outboundProxy().ifPresent(p -> b.add(HeaderName.ROUTE, "<" + p + ";lr>"));
    String name = config.displayName().map(n -> "\"" + n.replace("\"", "") + "\" ").orElse("");
    b.add(HeaderName.FROM, name + "<" + config.aor() + ">;tag=" + fromTag);
    b.add(HeaderName.TO, name + "<" + config.aor() + ">");
    b.add(HeaderName.CALL_ID, callId);
    b.add(HeaderName.CSEQ, ++cseq + " REGISTER");
    b.add(HeaderName.CONTACT, wildcard ? "*" : contact(target.transport(), sentBy));
    b.add(HeaderName.EXPIRES, Long.toString(requestedSeconds));
    if (config.instanceId().isPresent()) {
      b.add(HeaderName.SUPPORTED, "outbound, path");
    }
    config.userAgent().ifPresent(ua -> b.add(HeaderName.USER_AGENT, ua));
    List<DigestResponse> auths =
        credentials.isEmpty()
            ? auth.preemptive("REGISTER", config.registrar().toString(), new byte[0])
            : credentials;
    for (DigestResponse response : auths) {
      b.add(response.headerName(), response.toHeaderValue());
    }
    return b.build();
  }

  private String contact(Transport via, String sentBy) {
    StringBuilder c = new StringBuilder("<sip:");
    c.append(config.aor().user().orElseThrow()).append('@').append(sentBy);
    if (via != Transport.UDP) {
      c.append(";transport=").append(via.parameterValue());
    }
    c.append('>');
    config
        .instanceId()
        .ifPresent(
            id -> {
              c.append(";+sip.instance=\"<").append(id).append(">\"");
              if (config.regId() > 0) {
                c.append(";reg-id=").append(config.regId());
              }
            });
    return c.toString();
  }

  @Override
  public void onResponse(ClientTransaction transaction, SipResponse response) {
    if (transaction != inFlight) {
      return;
    }
    int code = response.statusCode();
    if (code < 200) {
      failover.onResponse(code);
      return;
    }
    inFlight = null;
    if (code < 300) {
      succeeded(response);
    } else if (code == 401 || code == 407) {
      challenged(response);
    } else if (code == 423) {
      tooBrief(response);
    } else if (code == 503
        && failover.onResponse(code) instanceof TargetFailover.Decision.TryNext) {
      send(List.of());
    } else {
      fail(code, response.reasonPhrase(), true);
    }
  }

  @Override
  public void onTimeout(ClientTransaction transaction) {
    if (transaction == inFlight) {
      inFlight = null;
      if (failover.onTimeout() instanceof TargetFailover.Decision.TryNext) {
        send(List.of());
      } else {
        fail(408, "no response from " + transaction.peer(), true);
      }
    }
  }

  @Override
  public void onTransportError(ClientTransaction transaction, String reason) {
    if (transaction == inFlight) {
      inFlight = null;
      if (failover.onTransportError() instanceof TargetFailover.Decision.TryNext) {
        send(List.of());
      } else {
        fail(503, reason, true);
      }
    }
  }

  private void succeeded(SipResponse response) {
    auth.succeeded();
    failures = 0;
    if (unregistering) {
      granted = Duration.ZERO;
      change(RegistrationState.UNREGISTERED, response.statusCode(), "unregistered", Duration.ZERO);
      return;
    }
    granted = Duration.ofSeconds(grantedSeconds(response));
    change(
        RegistrationState.REGISTERED,
        response.statusCode(),
        response.reasonPhrase(),
        Duration.ZERO);
    refreshTimer = loop.schedule(refreshDelay(granted), this::refresh);
    if (failover.current().transport().isReliable() && keepAliveTimer == null) {
      scheduleKeepAlive();
    }
  }

  /** RFC 5626 §4.4.1: a CRLF ping every 95 to 120 s on a connection-oriented flow. */
  private void scheduleKeepAlive() {
    Duration next = Duration.ofMillis(95_000 + (long) (random.nextDouble() * 25_000));
    keepAliveTimer =
        loop.schedule(
            next,
            () -> {
              keepAliveTimer = null;
              if (state == RegistrationState.REGISTERED) {
                transport.keepAlive(failover.current());
                scheduleKeepAlive();
              }
            });
  }

  private void refresh() {
    requestedSeconds = config.expires().getSeconds();
    resolveAndSend();
  }

  private void challenged(SipResponse response) {
    DigestClient.Outcome outcome;
    try {
      outcome =
          auth.answer(
              DigestChallenges.of(response),
              "REGISTER",
              config.registrar().toString(),
              new byte[0]);
    } catch (SipParseException e) {
      fail(response.statusCode(), "malformed challenge: " + e.getMessage(), false);
      return;
    }
    if (outcome instanceof DigestClient.Outcome.Answered answered) {
      send(answered.responses());
    } else {
      fail(response.statusCode(), ((DigestClient.Outcome.Failed) outcome).reason(), false);
    }
  }

  private void tooBrief(SipResponse response) {
    Optional<Long> min;
    try {
      min = response.first(Headers.MIN_EXPIRES);
    } catch (SipParseException e) {
      min = Optional.empty();
    }
    if (min.isEmpty() || min.get() <= requestedSeconds) {
      fail(423, "423 without a usable Min-Expires", true);
      return;
    }
    requestedSeconds = min.get(); // §10.2.8
    send(List.of());
  }

  private long grantedSeconds(SipResponse response) {
    String mine = transport.sentBy(failover.current().transport());
    String user = config.aor().user().orElseThrow();
    for (Contact contact : response.contacts()) {
      if (contact.isWildcard() || !(contact.address().uri() instanceof SipUri uri)) {
        continue;
      }
      String hostPort = uri.host() + (uri.port() > 0 ? ":" + uri.port() : "");
      if (uri.user().equals(Optional.of(user)) && hostPort.equalsIgnoreCase(mine)) {
        if (contact.expires().isPresent()) {
          return Math.max(1, contact.expires().getAsLong());
        }
      }
    }
    try {
      return Math.max(1, response.first(Headers.EXPIRES).orElse(requestedSeconds));
    } catch (SipParseException e) {
      return requestedSeconds;
    }
  }

  /** Refresh with a margin: half-way for short bindings, 30 s early for long ones. */
  static Duration refreshDelay(Duration granted) {
    long ms = granted.toMillis();
    return Duration.ofMillis(ms <= 60_000 ? ms / 2 : ms - 30_000);
  }

  private void fail(int code, String reason, boolean retry) {
    granted = Duration.ZERO;
    if (unregistering) {
      change(RegistrationState.UNREGISTERED, code, reason, Duration.ZERO);
      return;
    }
    Duration retryIn = Duration.ZERO;
    if (retry) {
      retryIn = backoff(failures++);
      retryTimer = loop.schedule(retryIn, this::register);
    }
    change(RegistrationState.FAILED, code, reason, retryIn);
  }

  private Duration backoff(int previousFailures) {
    long ceiling =
        Math.min(MAX_RETRY.toMillis(), BASE_RETRY.toMillis() << Math.min(previousFailures, 6));
    return Duration.ofMillis(ceiling / 2 + (long) (random.nextDouble() * (ceiling / 2.0)));
  }

  private void change(RegistrationState next, int code, String reason, Duration retryIn) {
    state = next;
    listener.onRegistrationChanged(
        this, new RegistrationStatus(next, code, reason, granted, retryIn));
  }

  private void cancelTimers() {
    if (refreshTimer != null) {
      refreshTimer.cancel();
      refreshTimer = null;
    }
    if (retryTimer != null) {
      retryTimer.cancel();
      retryTimer = null;
    }
    if (keepAliveTimer != null) {
      keepAliveTimer.cancel();
      keepAliveTimer = null;
    }
    inFlight = null;
  }

  private static String describe(Throwable error) {
    return error == null ? "no targets" : String.valueOf(error.getMessage());
  }

  private static String hex(long value) {
    return Long.toHexString(value & Long.MAX_VALUE);
  }
}
