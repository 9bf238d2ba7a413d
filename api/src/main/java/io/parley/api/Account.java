package io.parley.api;

import io.parley.sip.auth.DigestClient;
import io.parley.sip.auth.DigestCredentials;
import io.parley.sip.port.CredentialStore;
import io.parley.sip.port.ResolvedTarget;
import io.parley.sip.registration.Registration;
import io.parley.sip.registration.RegistrationConfig;
import io.parley.sip.registration.RegistrationStatus;
import io.parley.sip.syntax.SipParseException;
import io.parley.sip.uri.SipUri;
import java.security.SecureRandom;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;

/**
 * One SIP account of a {@link Phone}: its address of record, credentials and registration.
 *
 * <p>Thread-safe. State changes also arrive as {@link RegistrationChanged} events.
 */
public final class Account {

  private final Phone phone;
  private final AccountConfig config;
  private final Shard shard;
  private final Registration registration;
  private final CredentialStore credentials;
  private volatile RegistrationState state = RegistrationState.UNREGISTERED;
  private CompletableFuture<Account> registering; // guarded by the shard's loop
  private CompletableFuture<Void> unregistering; // guarded by the shard's loop

  Account(Phone phone, AccountConfig config, Shard shard, String callId) {
    this.phone = phone;
    this.config = config;
    this.shard = shard;
    SipUri aor = parse("aor", config.aor());
    SipUri registrar =
        config
            .registrar()
            .map(r -> parse("registrar", r))
            .orElseGet(
                () -> parse("aor", "sip:" + aor.host() + (aor.port() > 0 ? ":" + aor.port() : "")));
    RegistrationConfig domain =
        new RegistrationConfig(
            aor,
            registrar,
            config.outboundProxy().map(p -> parse("outboundProxy", p)),
            config.transport().map(Transport::toSip),
            config.displayName(),
            config.expires(),
            config.instanceId(),
            config.regId(),
            Optional.of(phone.userAgent()));
    String authUser = config.authUser().orElse(aor.user().orElse(""));
    DigestCredentials secret =
        config.password() != null
            ? DigestCredentials.ofPassword(authUser, config.password())
            : config.md5Ha1().map(h -> DigestCredentials.ofMd5Ha1(authUser, h)).orElse(null);
    CredentialStore store =
        secret == null
            ? realm -> Optional.empty()
            : config
                .realm()
                .map(r -> CredentialStore.pinnedTo(r, secret))
                .orElse(CredentialStore.anyRealm(secret));
    this.credentials = store;
    SecureRandom random = new SecureRandom();
    this.registration =
        new Registration(
            callId,
            domain,
            shard.layer(),
            phone.transport(),
            shard.loop(),
            phone.resolver(),
            new DigestClient(store::credentialsFor, random, 2),
            random,
            this::onRegistrationChanged);
  }

  private static SipUri parse(String what, String uri) {
    try {
      return SipUri.parse(uri);
    } catch (SipParseException e) {
      throw new IllegalArgumentException(
          what + " is not a SIP URI: '" + uri + "' (" + e.getMessage() + ")", e);
    }
  }

  /**
   * A Digest client over this account's credentials, for one call's INVITE and its 401/407
   * challenges (RFC 3261 §22.2).
   */
  DigestClient newDigestClient() {
    return new DigestClient(credentials::credentialsFor, new SecureRandom(), 2);
  }

  /** The address of record, as configured. */
  public String aor() {
    return config.aor();
  }

  /** The configuration (its secret stays hidden). */
  public AccountConfig config() {
    return config;
  }

  /** The registration state. */
  public RegistrationState state() {
    return state;
  }

  /** Whether outgoing calls use this account when none is named. */
  public boolean isMain() {
    return phone.mainAccount().orElse(null) == this;
  }

  /**
   * Registers (or re-registers) now.
   *
   * @return completes with this account when the registrar accepts the binding, or exceptionally
   *     with a {@link SipFailureException} when the attempt fails (Parley keeps retrying in the
   *     background unless the credentials were refused)
   */
  public CompletableFuture<Account> register() {
    CompletableFuture<Account> result = new CompletableFuture<>();
    shard
        .loop()
        .execute(
            () -> {
              if (registering != null) {
                registering.completeExceptionally(
                    new SipFailureException(487, "superseded by a new register()"));
              }
              registering = result;
              registration.register();
            });
    return result;
  }

  /**
   * Removes this account's binding (REGISTER with expires 0).
   *
   * @return completes when the registrar confirmed, or when the attempt ended without an answer
   *     (the binding then lapses at its expiry)
   */
  public CompletableFuture<Void> unregister() {
    return startUnregister(false);
  }

  /** Removes every binding of the address of record ({@code Contact: *}). */
  public CompletableFuture<Void> unregisterAll() {
    return startUnregister(true);
  }

  private CompletableFuture<Void> startUnregister(boolean all) {
    CompletableFuture<Void> result = new CompletableFuture<>();
    shard
        .loop()
        .execute(
            () -> {
              if (registration.state() == io.parley.sip.registration.RegistrationState.UNREGISTERED
                  && !all) {
                result.complete(null);
                return;
              }
              unregistering = result;
              if (all) {
                registration.unregisterAll();
              } else {
                registration.unregister();
              }
            });
    return result;
  }

  /** The connection to {@code peer} died: re-register if this account's binding used it. */
  void flowFailed(ResolvedTarget peer) {
    shard
        .loop()
        .execute(
            () -> {
              if (registration.target().filter(peer::equals).isPresent()) {
                registration.flowFailed();
              }
            });
  }

  private void onRegistrationChanged(Registration source, RegistrationStatus status) {
    state = RegistrationState.valueOf(status.state().name());
    phone.publish(
        new RegistrationChanged(
            shard.loop().wallTime(),
            config.aor(),
            state,
            status.statusCode(),
            status.reason(),
            status.expires(),
            status.retryIn()));
    switch (status.state()) {
      case REGISTERED -> {
        if (registering != null) {
          registering.complete(this);
          registering = null;
        }
      }
      case FAILED -> {
        if (registering != null) {
          registering.completeExceptionally(failure(status));
          registering = null;
        }
      }
      case UNREGISTERED -> {
        if (unregistering != null) {
          unregistering.complete(null);
          unregistering = null;
        }
        if (registering != null) {
          registering.completeExceptionally(failure(status));
          registering = null;
        }
      }
      default -> {}
    }
  }

  private static SipFailureException failure(RegistrationStatus status) {
    int code = status.statusCode() >= 300 ? status.statusCode() : 500;
    return new SipFailureException(code, status.reason());
  }

  @Override
  public String toString() {
    return "Account[" + config.aor() + ", " + state + "]";
  }
}
