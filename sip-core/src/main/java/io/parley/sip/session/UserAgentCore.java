package io.parley.sip.session;

import io.parley.sip.dialog.Dialog;
import io.parley.sip.dialog.DialogId;
import io.parley.sip.header.HeaderName;
import io.parley.sip.header.Headers;
import io.parley.sip.message.SipRequest;
import io.parley.sip.message.SipResponse;
import io.parley.sip.port.Loop;
import io.parley.sip.port.ResolvedTarget;
import io.parley.sip.port.SessionNegotiator;
import io.parley.sip.port.SipTransport;
import io.parley.sip.port.TargetResolver;
import io.parley.sip.port.TargetUri;
import io.parley.sip.port.Transport;
import io.parley.sip.syntax.SipParseException;
import io.parley.sip.transaction.ClientTransaction;
import io.parley.sip.transaction.InviteServerTransaction;
import io.parley.sip.transaction.ServerTransaction;
import io.parley.sip.transaction.TransactionLayer;
import io.parley.sip.transaction.TransactionUser;
import io.parley.sip.uri.SipUri;
import io.parley.sip.uri.Uri;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.OptionalInt;
import java.util.Set;
import java.util.function.Consumer;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The user agent core of RFC 3261 §8 for INVITE sessions: the {@link TransactionUser} of one loop's
 * {@link TransactionLayer}. It owns that loop's dialogs and routes what arrives: a new INVITE
 * becomes a {@link ServerInviteSession} handed to the {@link IncomingHandler}; requests inside a
 * dialog go to its session, or get 481 if the dialog is unknown (§12.2.2); CANCEL goes to the
 * INVITE it cancels (§9.2); an ACK for a 2xx goes to its UAS session; a stray 2xx is re-ACKed by
 * its session, or ACKed and ended with BYE when no session wants it (§13.2.2.4). OPTIONS outside a
 * dialog is answered 200 (§11.2); other methods 405 or 501 (§8.2.1).
 *
 * <p>Every method must be called on the loop thread.
 */
public final class UserAgentCore implements TransactionUser {

  /** Receives new incoming sessions; it answers, rejects or redirects them. */
  @FunctionalInterface
  public interface IncomingHandler {

    /** A new INVITE arrived; call {@code session.setListener} and then answer it. */
    void onIncoming(ServerInviteSession session);
  }

  /** The methods this core accepts (the Allow header, RFC 3261 §20.5). */
  public static final String ALLOW = "INVITE, ACK, CANCEL, BYE, OPTIONS, UPDATE";

  private static final Set<String> NEED_DIALOG = Set.of("BYE", "UPDATE", "PRACK", "INFO");
  private static final Set<String> KNOWN_ELSEWHERE =
      Set.of("REGISTER", "SUBSCRIBE", "NOTIFY", "REFER", "MESSAGE", "PUBLISH");
  private static final Logger LOG = LoggerFactory.getLogger(UserAgentCore.class);

  static final ClientTransaction.Listener IGNORE =
      new ClientTransaction.Listener() {
        @Override
        public void onResponse(ClientTransaction transaction, SipResponse response) {}

        @Override
        public void onTimeout(ClientTransaction transaction) {}

        @Override
        public void onTransportError(ClientTransaction transaction, String reason) {}
      };

  private final Loop loop;
  private final TransactionLayer layer;
  private final SipTransport transport;
  private final TargetResolver resolver;
  private final UserAgentConfig config;
  private final Map<DialogId, InviteSession> dialogs = new HashMap<>();
  private final Map<InviteServerTransaction, ServerInviteSession> incoming = new HashMap<>();
  private final Map<String, InviteServerTransaction> unanswered = new HashMap<>();
  private IncomingHandler incomingHandler = session -> session.reject(480);

  /**
   * A core for the dialogs of {@code layer}'s loop. Call {@code layer.setUser(core)} to connect it.
   *
   * @param transport where Via sent-by and Contact addresses come from
   * @param resolver turns next-hop URIs into targets (RFC 3263)
   */
  public UserAgentCore(
      Loop loop,
      TransactionLayer layer,
      SipTransport transport,
      TargetResolver resolver,
      UserAgentConfig config) {
    this.loop = Objects.requireNonNull(loop, "loop");
    this.layer = Objects.requireNonNull(layer, "layer");
    this.transport = Objects.requireNonNull(transport, "transport");
    this.resolver = Objects.requireNonNull(resolver, "resolver");
    this.config = Objects.requireNonNull(config, "config");
  }

  /** Sets who hears of new incoming sessions; until then, they are rejected with 480. */
  public void setIncomingHandler(IncomingHandler handler) {
    this.incomingHandler = Objects.requireNonNull(handler, "handler");
  }

  /**
   * Starts a call: resolves the target, sends the INVITE with the negotiator's offer, and reports
   * progress to {@code listener}. Failures (timeout, rejection, no route) arrive as {@link
   * SessionEvent.Ended}, never as exceptions.
   */
  public ClientInviteSession invite(
      OutgoingCall call, SessionNegotiator negotiator, SessionListener listener) {
    ClientInviteSession session = new ClientInviteSession(this, call, negotiator, listener);
    session.start();
    return session;
  }

  /** Dialogs (early or confirmed) this core routes requests to. */
  public int dialogCount() {
    return dialogs.size();
  }

  @Override
  public void onRequest(ServerTransaction transaction, SipRequest request) {
    String method = request.method();
    if (method.equals("CANCEL")) {
      onCancel(transaction, request);
      return;
    }
    if (request.to().tag().isPresent()) {
      InviteSession session = dialogs.get(DialogId.ofIncoming(request));
      if (session == null) {
        respond(transaction, request, 481); // §12.2.2
      } else {
        session.onInDialogRequest(transaction, request);
      }
      return;
    }
    if (method.equals("INVITE")) {
      newInvite((InviteServerTransaction) transaction, request);
    } else if (method.equals("OPTIONS")) {
      transaction.respond(
          SipResponse.builder(request, 200)
              .toTag(newTag())
              .add(HeaderName.ALLOW, ALLOW)
              .add(HeaderName.ACCEPT, "application/sdp")
              .build());
    } else if (NEED_DIALOG.contains(method)) {
      respond(transaction, request, 481);
    } else if (KNOWN_ELSEWHERE.contains(method)) {
      transaction.respond(
          SipResponse.builder(request, 405).toTag(newTag()).add(HeaderName.ALLOW, ALLOW).build());
    } else {
      respond(transaction, request, 501);
    }
  }

  private void newInvite(InviteServerTransaction transaction, SipRequest request) {
    String merge = mergeKey(request);
    if (unanswered.containsKey(merge)) {
      // §8.2.2.2: the same request reached us twice through a forking proxy
      transaction.respond(SipResponse.builder(request, 482).toTag(newTag()).build());
      return;
    }
    List<String> required;
    try {
      required = request.all(Headers.REQUIRE);
    } catch (SipParseException e) {
      badRequest(transaction, request, e);
      return;
    }
    List<String> unsupported =
        required.stream()
            .filter(tag -> !(tag.equalsIgnoreCase("100rel") && config.rel100() != Rel100.NEVER))
            .toList();
    if (!unsupported.isEmpty()) {
      transaction.respond( // §8.2.2.3
          SipResponse.builder(request, 420)
              .toTag(newTag())
              .add(HeaderName.UNSUPPORTED, String.join(", ", unsupported))
              .build());
      return;
    }
    if (config.rel100() == Rel100.REQUIRED && !offers100rel(request)) {
      transaction.respond( // RFC 3262 §3: we insist on reliable provisional responses
          SipResponse.builder(request, 421)
              .toTag(newTag())
              .add(HeaderName.REQUIRE, "100rel")
              .build());
      return;
    }
    SessionTimerConfig timers = config.sessionTimer();
    var asked = SessionTimer.sessionExpires(request);
    if (timers.enabled()
        && asked.isPresent()
        && asked.get().seconds() < timers.minSe().getSeconds()) {
      transaction.respond( // RFC 4028 §8.1: Session Interval Too Small
          SipResponse.builder(request, 422)
              .toTag(newTag())
              .add(HeaderName.MIN_SE, Long.toString(timers.minSe().getSeconds()))
              .build());
      return;
    }
    ServerInviteSession session;
    try {
      session = new ServerInviteSession(this, transaction, request);
    } catch (SipParseException e) {
      badRequest(transaction, request, e);
      return;
    }
    incoming.put(transaction, session);
    unanswered.put(merge, transaction);
    incomingHandler.onIncoming(session);
  }

  /** From tag, Call-ID and CSeq: what a merged request shares with the original (§8.2.2.2). */
  private static String mergeKey(SipRequest request) {
    return request.callId() + '|' + request.from().tag().orElse("") + '|' + request.cSeq();
  }

  /** Whether the INVITE supports or requires {@code 100rel} (RFC 3262 §3). */
  static boolean offers100rel(SipRequest request) {
    try {
      return request.all(Headers.SUPPORTED).stream().anyMatch("100rel"::equalsIgnoreCase)
          || request.all(Headers.REQUIRE).stream().anyMatch("100rel"::equalsIgnoreCase);
    } catch (SipParseException e) {
      return false;
    }
  }

  private void badRequest(ServerTransaction transaction, SipRequest request, SipParseException e) {
    transaction.respond(
        SipResponse.builder(request, 400)
            .status(400, "Bad Request")
            .toTag(newTag())
            .add(HeaderName.WARNING, "399 parley \"" + e.getMessage().replace('"', '\'') + "\"")
            .build());
  }

  private void onCancel(ServerTransaction transaction, SipRequest cancel) {
    var invite = layer.findInviteToCancel(cancel);
    if (invite.isEmpty()) {
      respond(transaction, cancel, 481); // §9.2: no matching transaction
      return;
    }
    ServerInviteSession session = incoming.get(invite.get());
    // §9.2: 200 to the CANCEL whatever the INVITE's fate, with the To tag of the INVITE's answer
    String tag = session == null ? newTag() : session.dialog.id().localTag();
    transaction.respond(SipResponse.builder(cancel, 200).toTag(tag).build());
    if (session != null) {
      session.onCancel();
    }
  }

  @Override
  public void onAck(SipRequest ack, ResolvedTarget source) {
    InviteSession session = dialogs.get(DialogId.ofIncoming(ack));
    if (session != null) {
      session.onAck(ack);
    } else {
      LOG.debug("ACK for no known dialog {}", DialogId.ofIncoming(ack));
    }
  }

  @Override
  public void onStrayResponse(SipResponse response, ResolvedTarget source) {
    int code = response.statusCode();
    if (!response.cSeq().method().equals("INVITE") || code < 200 || code >= 300) {
      return;
    }
    InviteSession session = dialogs.get(DialogId.ofResponse(response));
    if (session == null || !session.onInvite2xxRetransmission(response)) {
      ackAndBye(response);
    }
  }

  /**
   * ACKs a 2xx nobody wants (a late fork, or one that crossed a CANCEL) and ends its dialog with
   * BYE (RFC 3261 §13.2.2.4, §15).
   */
  void ackAndBye(SipResponse twoHundred) {
    Dialog dialog;
    try {
      dialog = Dialog.asUac(twoHundred);
    } catch (SipParseException e) {
      LOG.debug("cannot end an unwanted 2xx: {}", e.getMessage());
      return;
    }
    resolve(
        dialog.nextHop(),
        target -> {
          layer.sendStateless(
              dialog.newAck(twoHundred.cSeq().sequence(), via(target)).build(), target);
          layer.sendRequest(dialog.newRequest("BYE", via(target)).build(), target, IGNORE);
        },
        reason -> LOG.debug("cannot reach {} to end an unwanted 2xx: {}", dialog, reason));
  }

  // ---- for the sessions

  Loop loop() {
    return loop;
  }

  TransactionLayer layer() {
    return layer;
  }

  UserAgentConfig config() {
    return config;
  }

  void register(DialogId id, InviteSession session) {
    dialogs.put(id, session);
  }

  void unregister(DialogId id, InviteSession session) {
    dialogs.remove(id, session);
  }

  void forgetIncoming(InviteServerTransaction transaction) {
    incoming.remove(transaction);
    unanswered.remove(mergeKey(transaction.request()), transaction);
  }

  String newTag() {
    return Long.toHexString(config.random().nextLong() & Long.MAX_VALUE);
  }

  String newCallId() {
    return newTag() + newTag() + "@parley";
  }

  /** A top Via for a new transaction to {@code target} (RFC 3261 §8.1.1.7, RFC 3581 rport). */
  String via(ResolvedTarget target) {
    return "SIP/2.0/"
        + target.transport()
        + " "
        + transport.sentBy(target.transport())
        + ";rport;branch="
        + layer.newBranch();
  }

  /** This agent's Contact for messages over {@code over} (RFC 3261 §8.1.1.8). */
  String contact(Transport over) {
    String scheme = over == Transport.TLS ? "sips:" : "sip:";
    String params = over == Transport.TCP ? ";transport=tcp" : "";
    return "<" + scheme + config.contactUser() + "@" + transport.sentBy(over) + params + ">";
  }

  void respond(ServerTransaction transaction, SipRequest request, int code) {
    transaction.respond(SipResponse.builder(request, code).toTag(newTag()).build());
  }

  /** Resolves {@code uri} (RFC 3263) and runs one of the callbacks on the loop. */
  void resolveAll(Uri uri, Consumer<List<ResolvedTarget>> found, Consumer<String> failed) {
    if (!(uri instanceof SipUri sip)) {
      failed.accept("cannot route to a " + uri.scheme() + ": URI: " + uri);
      return;
    }
    TargetUri target;
    try {
      target =
          new TargetUri(
              sip.isSecure(),
              sip.parameter("maddr").orElse(sip.host().toString()),
              sip.port() > 0 ? OptionalInt.of(sip.port()) : OptionalInt.empty(),
              sip.parameter("transport").map(Transport::fromParameter));
    } catch (IllegalArgumentException e) {
      failed.accept(e.getMessage());
      return;
    }
    resolver
        .resolve(target)
        .whenComplete(
            (targets, error) ->
                loop.execute(
                    () -> {
                      if (error != null || targets == null || targets.isEmpty()) {
                        failed.accept(
                            "cannot resolve " + target + ": " + (error == null ? "none" : error));
                      } else {
                        found.accept(targets);
                      }
                    }));
  }

  void resolve(Uri uri, Consumer<ResolvedTarget> found, Consumer<String> failed) {
    resolveAll(uri, targets -> found.accept(targets.get(0)), failed);
  }
}
