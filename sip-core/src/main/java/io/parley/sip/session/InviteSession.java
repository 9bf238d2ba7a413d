package io.parley.sip.session;

import io.parley.sip.dialog.Dialog;
import io.parley.sip.dialog.DialogId;
import io.parley.sip.header.HeaderName;
import io.parley.sip.message.SipMessage;
import io.parley.sip.message.SipRequest;
import io.parley.sip.message.SipResponse;
import io.parley.sip.port.ResolvedTarget;
import io.parley.sip.port.SessionNegotiator;
import io.parley.sip.port.SessionNegotiator.Body;
import io.parley.sip.port.SessionNegotiator.MediaIntent;
import io.parley.sip.transaction.ServerTransaction;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * One INVITE session (RFC 3261 §13-15) over its dialog: what the UAC and UAS share once the dialog
 * exists. It sends and answers re-INVITEs (hold and resume, §14) with 491 glare handling and the
 * randomised retry of §14.1, answers UPDATE (RFC 3311), ends with BYE (§15), re-sends its 2xx until
 * the ACK comes (§13.3.1.4) and re-sends its ACK for each retransmitted 2xx (§13.2.2.4).
 *
 * <p>Runs on its {@link UserAgentCore}'s loop; every public method must be called there. Misuse
 * (hold before the call is confirmed, two re-INVITEs at once) throws {@link IllegalStateException};
 * protocol failures arrive as {@link SessionEvent}s.
 */
public abstract sealed class InviteSession permits ClientInviteSession, ServerInviteSession {

  private static final Logger LOG = LoggerFactory.getLogger(InviteSession.class);

  private record SentAck(SipRequest ack, ResolvedTarget target) {}

  final UserAgentCore core;
  SessionNegotiator negotiator;
  Dialog dialog;
  SessionState state;
  boolean confirmedReported;
  private SessionListener listener;
  private final List<DialogId> registered = new ArrayList<>(2);
  private MediaIntent intent = MediaIntent.ACTIVE;
  private ReInviteClient reInvites;
  private ServerTransaction remoteReInvite;
  private AnswerRetransmission retransmission;
  private boolean answerInAck;
  private SentAck lastAck;
  private SessionTimer sessionTimer;
  boolean peerAllowsUpdate;

  InviteSession(
      UserAgentCore core,
      SessionNegotiator negotiator,
      SessionListener listener,
      SessionState initial) {
    this.core = core;
    this.negotiator = negotiator;
    this.listener = listener;
    this.state = initial;
  }

  /** The current state. */
  public final SessionState state() {
    return state;
  }

  /** The confirmed dialog (for a UAS: the dialog it answers in), if there is one yet. */
  public final Optional<Dialog> dialog() {
    return Optional.ofNullable(dialog);
  }

  /** The Call-ID of the session. */
  public abstract String callId();

  /** What this side last asked of the media: active, or holding the peer. */
  public final MediaIntent mediaIntent() {
    return intent;
  }

  /** Sets who hears of this session's events. */
  public final void setListener(SessionListener newListener) {
    this.listener = Objects.requireNonNull(newListener, "listener");
  }

  /**
   * Puts the peer on hold with a re-INVITE whose offer the negotiator makes for {@link
   * MediaIntent#HOLD} (RFC 3264 §8.4). The outcome arrives as {@link SessionEvent.Modified} or
   * {@link SessionEvent.ModifyFailed}; a 491 is retried after the §14.1 delay.
   *
   * @throws IllegalStateException if the session is not confirmed or a re-INVITE is in progress
   */
  public final void hold() {
    modify(MediaIntent.HOLD);
  }

  /**
   * Takes the peer off hold with a re-INVITE (see {@link #hold()}).
   *
   * @throws IllegalStateException if the session is not confirmed or a re-INVITE is in progress
   */
  public final void resume() {
    modify(MediaIntent.ACTIVE);
  }

  /**
   * Changes the media with an UPDATE carrying the negotiator's offer for {@code wanted} (RFC 3311
   * §5.1) instead of a re-INVITE: no ACK, and the peer must answer at once. Outcomes arrive as for
   * {@link #hold()}.
   *
   * @throws IllegalStateException if the session is not confirmed, an offer is in progress, or the
   *     peer's Allow did not list UPDATE
   */
  public final void update(MediaIntent wanted) {
    if (!peerAllowsUpdate) {
      throw new IllegalStateException("the peer of call " + callId() + " does not allow UPDATE");
    }
    checkModifiable();
    reInvites().send("UPDATE", wanted, false);
  }

  /**
   * Ends the session whatever its state: CANCEL or BYE for a UAC (§9.1, §15), reject or BYE for a
   * UAS. Does nothing once the session is terminated.
   */
  public abstract void hangup();

  // ---- re-INVITE as UAC (§14.1)

  private void modify(MediaIntent wanted) {
    checkModifiable();
    reInvites().send(wanted, false);
  }

  private void checkModifiable() {
    if (state != SessionState.CONFIRMED || !confirmedReported) {
      throw new IllegalStateException(
          "a re-INVITE needs a confirmed call; call " + callId() + " is " + state);
    }
    if (busy()) {
      throw new IllegalStateException(
          "a re-INVITE is already in progress on call " + callId() + "; wait for its outcome");
    }
  }

  final ReInviteClient reInvites() {
    if (reInvites == null) {
      reInvites = new ReInviteClient(this);
    }
    return reInvites;
  }

  final void intent(MediaIntent now) {
    intent = now;
  }

  /** Whether this side is answering an INVITE whose 2xx is not yet ACKed. */
  final boolean answering() {
    return remoteReInvite != null || retransmission != null;
  }

  final Optional<SessionTimer> sessionTimer() {
    return Optional.ofNullable(sessionTimer);
  }

  // ---- session timers (RFC 4028)

  /** Runs the session timer with {@code interval}; {@code weRefresh} if this side refreshes. */
  final void startSessionTimer(Duration interval, boolean weRefresh) {
    if (sessionTimer == null) {
      sessionTimer = new SessionTimer(this);
    }
    sessionTimer.start(interval, weRefresh);
  }

  /** Whether a session timer runs; its Session-Expires for a response is then added. */
  final Optional<String> sessionExpiresForResponse() {
    return sessionTimer == null
        ? Optional.empty()
        : Optional.of(sessionTimer.header(!sessionTimer.weRefresh()));
  }

  final void refreshed(SipResponse response) {
    if (sessionTimer != null) {
      sessionTimer.refreshed(response);
    }
  }

  /** Whether an offer or a 2xx is in flight, so a refresh must wait (RFC 4028 §10). */
  final boolean busy() {
    return (reInvites != null && reInvites.pending()) || answering();
  }

  /** Marks an UPDATE refresh in flight: re-INVITEs wait, and a crossing one gets 491. */
  final void refreshing(boolean inFlight) {
    reInvites().pending(inFlight);
  }

  /** Whether this side chose the Call-ID (the dialog's UAC), which decides the §14.1 delay. */
  abstract boolean ownsCallId();

  // ---- requests inside the dialog (§12.2.2, §14.2, §15.1.2)

  void onInDialogRequest(ServerTransaction transaction, SipRequest request) {
    if (dialog == null || !dialog.id().equals(DialogId.ofIncoming(request))) {
      core.respond(transaction, request, 481);
      return;
    }
    if (dialog.acceptRemoteCSeq(request) == 500) {
      transaction.respond(
          SipResponse.builder(request, 500).status(500, "CSeq Out Of Order").build());
      return;
    }
    switch (request.method()) {
      case "BYE" -> {
        transaction.respond(SipResponse.builder(request, 200).build());
        end(200, "the peer hung up (BYE)", SessionEvent.Party.REMOTE);
      }
      case "INVITE" -> onReInvite(transaction, request);
      case "UPDATE" -> onUpdate(transaction, request);
      case "OPTIONS" ->
          transaction.respond(
              SipResponse.builder(request, 200).add(HeaderName.ALLOW, UserAgentCore.ALLOW).build());
      case "PRACK" -> onPrack(transaction, request);
      case "REGISTER", "SUBSCRIBE", "NOTIFY", "REFER", "MESSAGE", "PUBLISH", "INFO" ->
          transaction.respond(
              SipResponse.builder(request, 405).add(HeaderName.ALLOW, UserAgentCore.ALLOW).build());
      default -> transaction.respond(SipResponse.builder(request, 501).build());
    }
  }

  /** A PRACK (RFC 3262 §3); only a UAS with a reliable provisional response pending wants one. */
  void onPrack(ServerTransaction transaction, SipRequest request) {
    transaction.respond(SipResponse.builder(request, 481).build());
  }

  private void onReInvite(ServerTransaction transaction, SipRequest request) {
    if (reInvites != null && reInvites.pending()) {
      transaction.respond(SipResponse.builder(request, 491).build()); // §14.2 glare
      return;
    }
    if (remoteReInvite != null || retransmission != null || state != SessionState.CONFIRMED) {
      transaction.respond( // §14.2: the previous INVITE is not finished
          SipResponse.builder(request, 500)
              .add(HeaderName.RETRY_AFTER, Integer.toString(core.config().random().nextInt(11)))
              .build());
      return;
    }
    dialog.refreshTarget(request);
    Optional<SipResponse> ok = answer(transaction, request, true);
    if (ok.isPresent()) {
      if (sessionTimer != null) {
        sessionTimer.restart();
      }
      remoteReInvite = transaction;
      startRetransmission(ok.get(), transaction);
      emit(new SessionEvent.RemoteModified());
    }
  }

  private void onUpdate(ServerTransaction transaction, SipRequest request) {
    if (reInvites != null && reInvites.pending() && request.bodyLength() > 0) {
      transaction.respond(SipResponse.builder(request, 491).build()); // RFC 3311 §5.2
      return;
    }
    dialog.refreshTarget(request);
    if (sessionTimer != null) {
      sessionTimer.restart(); // an UPDATE is a session refresh (RFC 4028 §9)
    }
    if (request.bodyLength() == 0) {
      var ok =
          SipResponse.builder(request, 200)
              .add(HeaderName.CONTACT, core.contact(transaction.peer().transport()));
      sessionExpiresForResponse().ifPresent(se -> ok.add(HeaderName.SESSION_EXPIRES, se));
      transaction.respond(ok.build());
      return;
    }
    if (answer(transaction, request, false).isPresent()) {
      emit(new SessionEvent.RemoteModified());
    }
  }

  /**
   * Answers an offer (or, for an INVITE without one, makes an offer in the 2xx, §14.2) and sends
   * 200 or 488 with a Warning. Returns the 200 if one was sent.
   */
  Optional<SipResponse> answer(
      ServerTransaction transaction, SipRequest request, boolean offerlessAllowed) {
    return answer(transaction, request, offerlessAllowed, null);
  }

  /** As {@link #answer(ServerTransaction, SipRequest, boolean)}, with an answer already made. */
  Optional<SipResponse> answer(
      ServerTransaction transaction, SipRequest request, boolean offerlessAllowed, Body preset) {
    var ok = SipResponse.builder(request, 200);
    for (String rr : request.headerValues(HeaderName.RECORD_ROUTE)) {
      ok.add(HeaderName.RECORD_ROUTE, rr); // §12.1.1 (harmless on a re-INVITE)
    }
    ok.add(HeaderName.CONTACT, core.contact(transaction.peer().transport()));
    ok.add(HeaderName.ALLOW, UserAgentCore.ALLOW);
    if (dialog != null) {
      ok.toTag(dialog.id().localTag());
    }
    sessionExpiresForResponse()
        .ifPresent(
            se -> {
              ok.add(HeaderName.SESSION_EXPIRES, se);
              if (SessionTimer.supportsTimer(request)) {
                ok.add(HeaderName.REQUIRE, "timer"); // RFC 4028 §9
              }
            });
    Body answer = preset;
    if (answer == null && request.bodyLength() > 0) {
      Optional<Body> made = answerOffer(transaction, request);
      if (made.isEmpty()) {
        return Optional.empty();
      }
      answer = made.get();
    }
    if (answer != null) {
      ok.body(answer.contentType(), answer.bytes());
      answerInAck = false;
    } else if (offerlessAllowed) {
      Body offer = negotiator.createOffer(intent);
      ok.body(offer.contentType(), offer.bytes());
      answerInAck = true;
    }
    SipResponse response = ok.build();
    transaction.respond(response);
    return Optional.of(response);
  }

  /**
   * The negotiator's answer to the offer in {@code request}; a rejected offer is answered 488 with
   * a Warning (RFC 3261 §13.3.1.1, RFC 3264 §6) and gives empty.
   */
  final Optional<Body> answerOffer(ServerTransaction transaction, SipRequest request) {
    var result = negotiator.answerOffer(bodyOf(request));
    if (result instanceof SessionNegotiator.Answer.Rejected rejected) {
      transaction.respond(
          SipResponse.builder(request, 488)
              .toTag(dialog == null ? core.newTag() : dialog.id().localTag())
              .add(
                  HeaderName.WARNING,
                  rejected.warnCode() + " parley \"" + rejected.text().replace('"', '\'') + "\"")
              .build());
      return Optional.empty();
    }
    return Optional.of(((SessionNegotiator.Answer.Accepted) result).body());
  }

  /** Re-sends {@code ok} until its ACK (§13.3.1.4); without one after 64*T1, BYE. */
  final void startRetransmission(SipResponse ok, ServerTransaction transaction) {
    retransmission =
        new AnswerRetransmission(core, ok, transaction.responseTarget(), this::onNoAck);
    retransmission.start();
  }

  private void onNoAck() {
    retransmission = null;
    remoteReInvite = null;
    bye();
    end(408, "no ACK for the 2xx within 64*T1 (RFC 3261 §13.3.1.4)", SessionEvent.Party.LOCAL);
  }

  void onAck(SipRequest ack) {
    if (retransmission == null || ack.cSeq().sequence() != retransmission.sequence()) {
      return; // a retransmitted ACK, or one for a 2xx already acknowledged
    }
    retransmission.stop();
    retransmission = null;
    remoteReInvite = null;
    if (answerInAck) {
      answerInAck = false;
      if (!takeAnswer(ack)) {
        return;
      }
    }
    if (!confirmedReported && state == SessionState.CONFIRMED) {
      confirmedReported = true;
      emit(new SessionEvent.Confirmed(dialog.id()));
    }
  }

  /**
   * A 2xx to an INVITE of this dialog arrived again: re-send its ACK (§13.2.2.4).
   *
   * @return whether the 2xx belongs to this session's confirmed dialog
   */
  boolean onInvite2xxRetransmission(SipResponse response) {
    if (dialog == null || !dialog.id().equals(DialogId.ofResponse(response))) {
      return false;
    }
    if (lastAck != null && lastAck.ack().cSeq().sequence() == response.cSeq().sequence()) {
      core.layer().sendStateless(lastAck.ack(), lastAck.target());
    }
    return true;
  }

  /** Sends the ACK for a 2xx (§13.2.2.4) and keeps it for retransmitted 2xx. */
  final void sendAck(SipResponse ok, ResolvedTarget target, Body body) {
    var b = dialog.newAck(ok.cSeq().sequence(), core.via(target));
    if (body != null) {
      b.body(body.contentType(), body.bytes());
    }
    SipRequest ack = b.build();
    lastAck = new SentAck(ack, target);
    core.layer().sendStateless(ack, target);
  }

  /**
   * Hands the answer in {@code message} to the negotiator; an unusable one ends the call with BYE
   * (§13.2.2.4). Returns whether the session goes on.
   */
  final boolean takeAnswer(SipMessage message) {
    if (message.bodyLength() == 0) {
      return true;
    }
    try {
      negotiator.acceptAnswer(bodyOf(message));
      return true;
    } catch (SessionNegotiator.NegotiationException e) {
      bye();
      end(488, "unusable answer: " + e.getMessage(), SessionEvent.Party.LOCAL);
      return false;
    }
  }

  static Body bodyOf(SipMessage message) {
    return new Body(
        message.header(HeaderName.CONTENT_TYPE).orElse("application/sdp"), message.body());
  }

  /** Sends BYE in the dialog (§15.1.1); its outcome does not matter to the session. */
  final void bye() {
    Dialog d = dialog;
    if (d == null) {
      return;
    }
    core.resolve(
        d.nextHop(),
        target ->
            core.layer()
                .sendRequest(
                    d.newRequest("BYE", core.via(target)).build(), target, UserAgentCore.IGNORE),
        reason -> LOG.debug("cannot send BYE for {}: {}", d, reason));
  }

  // ---- bookkeeping

  final void register(DialogId id) {
    core.register(id, this);
    registered.add(id);
  }

  final void unregister(DialogId id) {
    core.unregister(id, this);
    registered.remove(id);
  }

  /** Called once as the session ends, before listeners hear of it; {@code before} was its state. */
  void onEnding(SessionState before) {}

  /** Ends the session once: timers stop, dialogs leave the core, the listener hears why. */
  final void end(int status, String reason, SessionEvent.Party by) {
    if (state == SessionState.TERMINATED) {
      return;
    }
    SessionState before = state;
    state = SessionState.TERMINATED;
    if (reInvites != null) {
      reInvites.stop();
    }
    if (sessionTimer != null) {
      sessionTimer.stop();
    }
    if (retransmission != null) {
      retransmission.stop();
      retransmission = null;
    }
    onEnding(before);
    for (DialogId id : registered) {
      core.unregister(id, this);
    }
    registered.clear();
    if (dialog != null) {
      dialog.terminate();
    }
    emit(new SessionEvent.Ended(status, reason, by));
  }

  final void emit(SessionEvent event) {
    try {
      listener.onEvent(this, event);
    } catch (RuntimeException e) {
      LOG.warn("session listener failed on {} for call {}", event, callId(), e);
    }
  }

  @Override
  public String toString() {
    return getClass().getSimpleName() + "[" + callId() + " " + state + "]";
  }
}
