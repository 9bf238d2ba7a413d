package io.parley.sip.transaction;

import io.parley.sip.header.Via;
import io.parley.sip.message.SipMessage;
import io.parley.sip.message.SipRequest;
import io.parley.sip.message.SipResponse;
import io.parley.sip.port.Loop;
import io.parley.sip.port.ResolvedTarget;
import io.parley.sip.port.SipTransport;
import io.parley.sip.port.Transport;
import java.util.HashMap;
import java.util.Map;
import java.util.Objects;
import java.util.random.RandomGenerator;
import java.util.stream.Collectors;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Creates the transactions of RFC 3261 §17, matches incoming messages to them (§17.1.3, §17.2.3)
 * and hands the rest to the {@link TransactionUser}.
 *
 * <p>Runs on one {@link Loop}: {@link #receive}, {@link #sendFailed} and every method here must be
 * called on that loop's thread ({@link #transportListener()} gives a transport listener that hops
 * there). It holds no locks.
 */
public final class TransactionLayer {

  private static final Logger LOG = LoggerFactory.getLogger(TransactionLayer.class);

  /** RFC 3261 §18.1.1: larger requests avoid UDP when a stream transport is available. */
  static final int UDP_SIZE_LIMIT = 1300;

  private final Loop loop;
  private final SipTransport transport;
  private final TransactionTimers timers;
  private final RandomGenerator random;
  private final Map<String, ClientTransaction> clients = new HashMap<>();
  private final Map<String, ServerTransaction> servers = new HashMap<>();
  private TransactionUser user;

  /**
   * @param loop the loop every transaction of this layer runs on
   * @param transport where messages go
   * @param timers T1, T2 and T4
   * @param random the source of branch parameters (a SecureRandom-backed generator in production,
   *     so branches are unguessable)
   */
  public TransactionLayer(
      Loop loop, SipTransport transport, TransactionTimers timers, RandomGenerator random) {
    this.loop = Objects.requireNonNull(loop, "loop");
    this.transport = Objects.requireNonNull(transport, "transport");
    this.timers = Objects.requireNonNull(timers, "timers");
    this.random = Objects.requireNonNull(random, "random");
  }

  /** Sets the transaction user that receives new requests, 2xx ACKs and stray responses. */
  public void setUser(TransactionUser user) {
    this.user = Objects.requireNonNull(user, "user");
  }

  /** A transport listener that runs {@link #receive} and {@link #sendFailed} on the loop. */
  public SipTransport.Listener transportListener() {
    return new SipTransport.Listener() {
      @Override
      public void onMessage(SipMessage message, ResolvedTarget source) {
        loop.execute(() -> receive(message, source));
      }

      @Override
      public void onSendFailed(SipMessage message, ResolvedTarget target, String reason) {
        loop.execute(() -> sendFailed(message, target, reason));
      }
    };
  }

  /** A fresh RFC 3261 branch: the magic cookie followed by 64 random bits. */
  public String newBranch() {
    return Via.MAGIC_COOKIE + Long.toHexString(random.nextLong() & Long.MAX_VALUE);
  }

  /**
   * Starts a client transaction for {@code request} and sends it to {@code target}. A request of
   * more than 1300 bytes bound for UDP goes over TCP to the same address and port when the
   * transport listens on TCP, with its top Via rewritten (§18.1.1); {@link
   * ClientTransaction#request()} then returns the request as sent.
   *
   * @throws IllegalArgumentException if the request is an ACK (never a transaction of its own here:
   *     send it with {@link #sendStateless}), or its top Via has no RFC 3261 branch, or a
   *     transaction with that branch and method is still running
   */
  public ClientTransaction sendRequest(
      SipRequest request, ResolvedTarget target, ClientTransaction.Listener listener) {
    Objects.requireNonNull(target, "target");
    Objects.requireNonNull(listener, "listener");
    if (request.method().equals("ACK")) {
      throw new IllegalArgumentException("ACK is sent with sendStateless, not as a transaction");
    }
    Via via = request.topVia();
    if (!via.hasRfc3261Branch()) {
      throw new IllegalArgumentException(
          "the top Via needs a branch starting with z9hG4bK (RFC 3261 §8.1.1.7): " + via);
    }
    String key = clientKey(via.branch().orElseThrow(), request.cSeq().method());
    if (clients.containsKey(key)) {
      throw new IllegalArgumentException("a transaction with branch " + key + " is running");
    }
    if (target.transport() == Transport.UDP && request.encodedLength() > UDP_SIZE_LIMIT) {
      String streamSentBy = tcpSentBy();
      if (streamSentBy != null) {
        // §18.1.1: a request larger than 1300 bytes goes over a congestion-controlled transport.
        request = ViaStamp.withTransport(request, Transport.TCP, streamSentBy);
        target = new ResolvedTarget(Transport.TCP, target.address(), target.port());
      }
    }
    ClientTransaction transaction =
        request.method().equals("INVITE")
            ? new InviteClientTransaction(this, key, request, target, listener)
            : new NonInviteClientTransaction(this, key, request, target, listener);
    clients.put(key, transaction);
    transaction.start();
    return transaction;
  }

  private String tcpSentBy() {
    try {
      return transport.sentBy(Transport.TCP);
    } catch (IllegalArgumentException notListening) {
      return null;
    }
  }

  /** Sends a message outside any transaction: the ACK for a 2xx, or a 2xx retransmission. */
  public void sendStateless(SipMessage message, ResolvedTarget target) {
    transport.send(message, target);
  }

  /**
   * The INVITE server transaction a CANCEL refers to (RFC 3261 §9.2: the same key but for the
   * method), if it is still running.
   */
  public java.util.Optional<InviteServerTransaction> findInviteToCancel(SipRequest cancel) {
    ServerTransaction match = servers.get(serverKey(cancel, "INVITE"));
    return match instanceof InviteServerTransaction invite
        ? java.util.Optional.of(invite)
        : java.util.Optional.empty();
  }

  /** Takes one message from the transport (on the loop thread). */
  public void receive(SipMessage message, ResolvedTarget source) {
    if (message instanceof SipResponse response) {
      receiveResponse(response, source);
    } else {
      receiveRequest((SipRequest) message, source);
    }
  }

  /** The transport could not send {@code message}: tell the transaction that sent it. */
  public void sendFailed(SipMessage message, ResolvedTarget target, String reason) {
    Transaction owner;
    if (message instanceof SipRequest request) {
      owner = clients.get(clientKey(request.topVia().branch().orElse(""), request.cSeq().method()));
    } else {
      owner = servers.get(serverKey((SipResponse) message));
    }
    if (owner != null) {
      owner.onTransportError(reason);
    } else {
      LOG.debug("send to {} failed outside a transaction: {}", target, reason);
    }
  }

  private void receiveResponse(SipResponse response, ResolvedTarget source) {
    if (response.vias().size() != 1) {
      // §18.1.2: more than one Via means the response was meant for someone else.
      LOG.debug("dropped a response with {} Via values from {}", response.vias().size(), source);
      return;
    }
    String branch = response.topVia().branch().orElse("");
    ClientTransaction transaction = clients.get(clientKey(branch, response.cSeq().method()));
    if (transaction != null) {
      transaction.onResponse(response);
    } else if (user != null) {
      user.onStrayResponse(response, source);
    }
  }

  private void receiveRequest(SipRequest request, ResolvedTarget source) {
    String method = request.method();
    String key = serverKey(request, method.equals("ACK") ? "INVITE" : method);
    ServerTransaction existing = servers.get(key);
    if (method.equals("ACK")) {
      boolean forUser = !(existing instanceof InviteServerTransaction invite) || invite.onAck();
      if (forUser && user != null) {
        user.onAck(request, source);
      }
      return;
    }
    if (existing != null) {
      existing.onRetransmission(request);
      return;
    }
    SipRequest stamped = ViaStamp.received(request, source);
    ServerTransaction transaction =
        method.equals("INVITE")
            ? new InviteServerTransaction(this, key, stamped, source)
            : new NonInviteServerTransaction(this, key, stamped, source);
    servers.put(key, transaction);
    if (transaction instanceof InviteServerTransaction invite) {
      invite.start();
    }
    if (user != null) {
      user.onRequest(transaction, stamped);
    } else {
      transaction.respond(SipResponse.builder(stamped, 503).build());
    }
  }

  static String clientKey(String branch, String method) {
    return branch + '|' + method;
  }

  /** §17.2.3: branch, sent-by and method; or the RFC 2543 fallback when there is no cookie. */
  static String serverKey(SipRequest request, String method) {
    Via via = request.topVia();
    if (via.hasRfc3261Branch()) {
      return via.branch().orElseThrow() + '|' + via.host() + ':' + via.port() + '|' + method;
    }
    return "2543|"
        + request.requestUri()
        + '|'
        + request.from().tag().orElse("")
        + '|'
        + request.callId()
        + '|'
        + request.cSeq().sequence()
        + '|'
        + via
        + '|'
        + method;
  }

  private String serverKey(SipResponse response) {
    Via via = response.topVia();
    String method = response.cSeq().method();
    for (ServerTransaction candidate : servers.values()) {
      if (candidate.request.cSeq().method().equals(method)
          && candidate.request.topVia().branch().equals(via.branch())) {
        return candidate.key;
      }
    }
    return "";
  }

  void remove(Transaction transaction) {
    if (transaction instanceof ClientTransaction) {
      clients.remove(transaction.key, transaction);
    } else {
      servers.remove(transaction.key, transaction);
    }
  }

  /** Client transactions not yet terminated. */
  public int clientTransactionCount() {
    return clients.size();
  }

  /** Server transactions not yet terminated. */
  public int serverTransactionCount() {
    return servers.size();
  }

  Loop loop() {
    return loop;
  }

  SipTransport transport() {
    return transport;
  }

  TransactionTimers timers() {
    return timers;
  }

  @Override
  public String toString() {
    return "TransactionLayer[clients="
        + clients.values().stream().map(Object::toString).collect(Collectors.joining(","))
        + ", servers="
        + servers.size()
        + "]";
  }
}
