package io.parley.api;

import io.parley.sip.message.SipMessage;
import io.parley.sip.port.Loop;
import io.parley.sip.port.LoopFactory;
import io.parley.sip.port.ResolvedTarget;
import io.parley.sip.port.SipTransport;
import io.parley.sip.port.SipTransportFactory;
import io.parley.sip.port.TargetResolver;
import io.parley.sip.session.Rel100;
import io.parley.sip.session.SessionTimerConfig;
import io.parley.sip.session.UserAgentConfig;
import io.parley.sip.session.UserAgentCore;
import io.parley.sip.transaction.TransactionLayer;
import io.parley.sip.transaction.TransactionTimers;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.security.SecureRandom;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.ServiceLoader;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

/**
 * A SIP phone: its transports, its accounts and its calls. Build one with {@link #builder()};
 * {@link #close()} unregisters every account and frees every socket and thread.
 *
 * <p>Every public method is thread-safe and may be called from event listeners. The SIP work runs
 * on the phone's loops (one per core by default, sharded by Call-ID); events reach listeners in
 * order on the phone's event thread (see {@link #events()}).
 */
public final class Phone implements AutoCloseable {

  private final PhoneBuilderSettings settings;
  private final EventDispatcher events = new EventDispatcher("parley-events");
  private final List<Shard> shards = new ArrayList<>();
  private final List<LoopFactory.RunningLoop> ownedLoops = new ArrayList<>();
  private final LoggingTransport transport;
  private final TargetResolver resolver;
  private final CopyOnWriteArrayList<Account> accounts = new CopyOnWriteArrayList<>();
  private final SecureRandom random = new SecureRandom();
  private final Calls calls;
  private volatile Account main;
  private volatile boolean closed;

  Phone(PhoneBuilderSettings settings) {
    this.settings = settings;
    this.resolver = settings.resolver != null ? settings.resolver : load(TargetResolver.class);
    SipTransportFactory factory =
        settings.transportFactory != null
            ? settings.transportFactory
            : load(SipTransportFactory.class);
    try {
      this.transport =
          new LoggingTransport(factory.open(settings.listenPoints()), events::publish, this::now);
    } catch (IOException e) {
      events.close();
      throw new UncheckedIOException("cannot open the SIP transport: " + e.getMessage(), e);
    }
    transport.publishEvents(settings.logMessages);
    String address = CallMedia.host(transport.sentBy(settings.listenPoints().get(0).transport()));
    try {
      this.calls = new Calls(this, new CallMedia(settings.codecs, address), settings.maxLines);
    } catch (IllegalArgumentException badCodec) {
      transport.close();
      events.close();
      throw badCodec;
    }
    startShards();
    transport.listen(new ShardingListener());
  }

  /** Starts a phone builder. */
  public static PhoneBuilder builder() {
    return new PhoneBuilder();
  }

  private void startShards() {
    TransactionTimers timers = settings.timers;
    if (settings.loop != null) {
      shards.add(newShard(0, settings.loop, timers));
      return;
    }
    LoopFactory factory =
        settings.loopFactory != null ? settings.loopFactory : load(LoopFactory.class);
    for (int i = 0; i < settings.loops; i++) {
      LoopFactory.RunningLoop loop = factory.start("parley-sip-" + i);
      ownedLoops.add(loop);
      shards.add(newShard(i, loop, timers));
    }
  }

  private Shard newShard(int index, Loop loop, TransactionTimers timers) {
    SecureRandom random = new SecureRandom();
    TransactionLayer layer = new TransactionLayer(loop, transport, timers, random);
    UserAgentConfig config =
        new UserAgentConfig(
            "parley", timers, 3, random, Rel100.SUPPORTED, SessionTimerConfig.DISABLED);
    UserAgentCore core = new UserAgentCore(loop, layer, transport, resolver, config);
    layer.setUser(core);
    Shard shard = new Shard(index, loop, layer, core);
    core.setIncomingHandler(session -> calls.incoming(shard, session));
    return shard;
  }

  private static <T> T load(Class<T> port) {
    return ServiceLoader.load(port)
        .findFirst()
        .orElseThrow(
            () ->
                new IllegalStateException(
                    "no "
                        + port.getSimpleName()
                        + " adapter found: add io.parley:transport to the class path or pass one"
                        + " to Phone.builder()"));
  }

  /** Subscriptions to this phone's events. */
  public PhoneEvents events() {
    return events;
  }

  /**
   * Adds an account and registers it.
   *
   * @return completes with the account once registered; see {@link Account#register()}
   * @throws IllegalArgumentException if a URI in {@code config} is malformed (named in the message)
   * @throws IllegalStateException if the phone is closed
   */
  public CompletableFuture<Account> register(AccountConfig config) {
    return addAccount(config).register();
  }

  /**
   * Adds an account without registering it (for peer-to-peer calls to {@code sip:user@host:port},
   * or to register later). The first account added becomes the main one.
   *
   * @throws IllegalArgumentException if a URI in {@code config} is malformed
   * @throws IllegalStateException if the phone is closed
   */
  public Account addAccount(AccountConfig config) {
    Objects.requireNonNull(config, "config");
    if (closed) {
      throw new IllegalStateException("the phone is closed");
    }
    String callId = Long.toHexString(random.nextLong() & Long.MAX_VALUE) + "@parley";
    Account account = new Account(this, config, shardFor(callId), callId);
    accounts.add(account);
    synchronized (this) {
      if (main == null) {
        main = account;
      }
    }
    return account;
  }

  /** The accounts, in the order they were added. */
  public List<Account> accounts() {
    return List.copyOf(accounts);
  }

  /** The account outgoing calls use by default: the first added, unless changed. */
  public Optional<Account> mainAccount() {
    return Optional.ofNullable(main);
  }

  /**
   * Makes {@code account} the main account.
   *
   * @throws IllegalArgumentException if the account belongs to another phone or was removed
   */
  public void setMainAccount(Account account) {
    if (!accounts.contains(account)) {
      throw new IllegalArgumentException(account + " is not an account of this phone");
    }
    main = account;
  }

  /**
   * Calls {@code target} from the main account (see {@link #call(String, CallOptions)}).
   *
   * @throws IllegalArgumentException if {@code target} is not a SIP URI
   * @throws IllegalStateException if the phone is closed, has no account, or every line is busy
   */
  public CompletableFuture<Call> call(String target) {
    return call(target, CallOptions.DEFAULT);
  }

  /**
   * Calls {@code target} ({@code sip:bob@example.com}) from the main account, on the first free
   * line. Progress arrives as {@link CallStateChanged} events; every call ends with a {@link
   * CallDetailRecord}. No audio is carried yet: the SDP is negotiated, but no RTP is sent.
   *
   * @return completes with the call once it is connected, or fails with a {@link
   *     SipFailureException} carrying the final status (486, 487, 408 on timeout, 503 when the
   *     target cannot be reached)
   * @throws IllegalArgumentException if {@code target} is not a SIP URI or a header in {@code
   *     options} is malformed or owned by the session
   * @throws IllegalStateException if the phone is closed, has no account, or every line is busy
   *     (the message names the limit)
   */
  public CompletableFuture<Call> call(String target, CallOptions options) {
    Objects.requireNonNull(target, "target");
    Objects.requireNonNull(options, "options");
    if (closed) {
      throw new IllegalStateException("the phone is closed");
    }
    Account from =
        mainAccount()
            .orElseThrow(() -> new IllegalStateException("call() needs an account: add one first"));
    return calls.place(target, options, from);
  }

  /** The calls in progress, by line. */
  public List<Call> calls() {
    return calls.active();
  }

  /** Hangs up every call in progress (see {@link Call#hangup()}). */
  public void hangupAll() {
    calls.active().forEach(Call::hangup);
  }

  /** Switches the {@link SignalingLogged} events for every SIP message on or off. */
  public void logMessages(boolean on) {
    transport.publishEvents(on);
  }

  /**
   * Hangs up every call, unregisters every registered account (waiting up to three seconds for the
   * registrars), then closes the transports, the loops it started and the event thread. Idempotent.
   */
  @Override
  public void close() {
    if (closed) {
      return;
    }
    closed = true;
    hangupAll();
    List<CompletableFuture<Void>> pending = new ArrayList<>();
    for (Account account : accounts) {
      if (account.state() == RegistrationState.REGISTERED) {
        pending.add(account.unregister());
      }
    }
    try {
      CompletableFuture.allOf(pending.toArray(CompletableFuture[]::new)).get(3, TimeUnit.SECONDS);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    } catch (ExecutionException | TimeoutException e) {
      // Bindings that were not removed lapse at their expiry.
    }
    transport.close();
    ownedLoops.forEach(LoopFactory.RunningLoop::close);
    events.close();
  }

  String userAgent() {
    return settings.userAgent;
  }

  SipTransport transport() {
    return transport;
  }

  TargetResolver resolver() {
    return resolver;
  }

  void publish(PhoneEvent event) {
    events.publish(event);
  }

  private java.time.Instant now() {
    return shards.isEmpty() ? java.time.Instant.EPOCH : shards.get(0).loop().wallTime();
  }

  Shard shardFor(String callId) {
    return shards.get(Math.floorMod(callId.hashCode(), shards.size()));
  }

  /** Hands each arriving message to the loop that owns its Call-ID. */
  private final class ShardingListener implements SipTransport.Listener {
    @Override
    public void onMessage(SipMessage message, ResolvedTarget source) {
      Shard shard = calls.shardOf(message.callId()).orElseGet(() -> shardFor(message.callId()));
      shard.loop().execute(() -> shard.layer().receive(message, source));
    }

    @Override
    public void onSendFailed(SipMessage message, ResolvedTarget target, String reason) {
      Shard shard = calls.shardOf(message.callId()).orElseGet(() -> shardFor(message.callId()));
      shard.loop().execute(() -> shard.layer().sendFailed(message, target, reason));
    }

    @Override
    public void onFlowFailed(ResolvedTarget peer, String reason) {
      for (Account account : accounts) {
        account.flowFailed(peer);
      }
    }
  }
}
