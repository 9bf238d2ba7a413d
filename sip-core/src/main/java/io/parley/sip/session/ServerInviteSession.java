package io.parley.sip.session;

import io.parley.sip.dialog.Dialog;
import io.parley.sip.header.HeaderName;
import io.parley.sip.header.Headers;
import io.parley.sip.header.RAck;
import io.parley.sip.message.ResponseBuilder;
import io.parley.sip.message.SipRequest;
import io.parley.sip.message.SipResponse;
import io.parley.sip.port.SessionNegotiator;
import io.parley.sip.port.SessionNegotiator.Body;
import io.parley.sip.syntax.SipParseException;
import io.parley.sip.transaction.InviteServerTransaction;
import io.parley.sip.transaction.ServerTransaction;
import io.parley.sip.uri.SipUri;
import java.time.Duration;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;

/**
 * The UAS side of an INVITE session (RFC 3261 §13.3): rings, answers through the negotiator (488
 * with a Warning for an offer it cannot accept), rejects or redirects; re-sends its 2xx until the
 * ACK arrives and sends BYE if none comes within 64*T1 (§13.3.1.4); answers a CANCEL before the
 * final response with 487 (§9.2), while a CANCEL after the 2xx changes nothing.
 *
 * <p>Handed to the application by {@link UserAgentCore.IncomingHandler}; runs on the core's loop.
 */
public final class ServerInviteSession extends InviteSession {

  private static final SessionListener NOBODY = (session, event) -> {};

  private final InviteServerTransaction transaction;
  private final SipRequest invite;
  private ReliableProvisional reliable;
  private Body earlyAnswer;
  private long nextRseq;

  ServerInviteSession(UserAgentCore core, InviteServerTransaction transaction, SipRequest invite)
      throws SipParseException {
    super(core, null, NOBODY, SessionState.INCOMING);
    this.transaction = transaction;
    this.invite = invite;
    this.dialog = Dialog.asUas(invite, core.newTag());
    this.nextRseq = 1 + core.config().random().nextInt(1 << 16); // RFC 3262 §3: any start
    register(dialog.id());
  }

  @Override
  public String callId() {
    return invite.callId();
  }

  /** The INVITE that started the session (custom headers, Answer-Mode, Call-Info, ...). */
  public SipRequest request() {
    return invite;
  }

  /** The caller's offer, if the INVITE carried one (otherwise the 2xx will carry an offer). */
  public Optional<Body> offer() {
    return invite.bodyLength() == 0 ? Optional.empty() : Optional.of(bodyOf(invite));
  }

  @Override
  boolean ownsCallId() {
    return false;
  }

  /** Sends 180 Ringing (see {@link #progress}). */
  public void ring() {
    progress(180);
  }

  /**
   * Sends a provisional response with this side's To tag, creating the early dialog (§13.3.1.1).
   *
   * @throws IllegalArgumentException if {@code code} is not 101 to 199
   * @throws IllegalStateException if the INVITE was already answered
   */
  public void progress(int code) {
    if (code <= 100 || code >= 200) {
      throw new IllegalArgumentException("a provisional status must be 101..199, not " + code);
    }
    requireUnanswered("progress(" + code + ")");
    sendProvisional(code, null);
  }

  private void sendProvisional(int code, Body body) {
    if (reliable != null) {
      throw new IllegalStateException(
          "call " + callId() + " has a reliable provisional response awaiting PRACK (RFC 3262 §3)");
    }
    if (sendsReliably()) {
      long rseq = nextRseq++;
      var b =
          reply(code).add(HeaderName.REQUIRE, "100rel").add(HeaderName.RSEQ, Long.toString(rseq));
      SipResponse response = withBody(b, body).build();
      reliable = new ReliableProvisional(core, transaction, response, rseq, this::onNoPrack);
      reliable.start();
    } else {
      transaction.respond(withBody(reply(code), body).build());
    }
    state = SessionState.EARLY;
  }

  /**
   * RFC 4028 §9: the interval is the smaller of the caller's and ours (never below either Min-SE);
   * the caller's refresher choice stands, else it refreshes if it supports timers.
   */
  private void negotiateSessionTimer() {
    SessionTimerConfig ours = core.config().sessionTimer();
    if (!ours.enabled()) {
      return;
    }
    var asked = SessionTimer.sessionExpires(invite);
    long seconds = ours.sessionExpires().getSeconds();
    if (asked.isPresent()) {
      seconds = Math.min(seconds, asked.get().seconds());
    }
    long floor = ours.minSe().getSeconds();
    var theirMin = SessionTimer.read(invite, Headers.MIN_SE);
    if (theirMin.isPresent()) {
      floor = Math.max(floor, theirMin.get().seconds());
    }
    boolean uacSupports = SessionTimer.supportsTimer(invite);
    String refresher = asked.map(a -> a.parameter("refresher")).orElse(null);
    if (refresher == null || !uacSupports) {
      refresher = uacSupports ? "uac" : "uas";
    }
    startSessionTimer(Duration.ofSeconds(Math.max(seconds, floor)), refresher.equals("uas"));
  }

  private boolean sendsReliably() {
    return switch (core.config().rel100()) {
      case NEVER -> false;
      case REQUIRED -> true; // the core let the INVITE in only if it offers 100rel
      case SUPPORTED -> requires100rel(invite);
    };
  }

  private static boolean requires100rel(SipRequest request) {
    try {
      return request.all(Headers.REQUIRE).stream().anyMatch("100rel"::equalsIgnoreCase);
    } catch (SipParseException e) {
      return false;
    }
  }

  private void onNoPrack() {
    reliable = null;
    if (state == SessionState.INCOMING || state == SessionState.EARLY) {
      transaction.respond(reply(504).build()); // RFC 3262 §3: 5xx when no PRACK comes
      end(504, "no PRACK for the reliable provisional response", SessionEvent.Party.LOCAL);
    }
  }

  @Override
  void onPrack(ServerTransaction prack, SipRequest request) {
    RAck rack;
    try {
      rack = request.first(Headers.RACK).orElse(null);
    } catch (SipParseException e) {
      rack = null;
    }
    if (reliable == null || rack == null || !reliable.matches(rack)) {
      prack.respond(SipResponse.builder(request, 481).build()); // RFC 3262 §3
      return;
    }
    reliable.stop();
    reliable = null;
    prack.respond(SipResponse.builder(request, 200).build());
  }

  private void stopReliable() {
    if (reliable != null) {
      reliable.stop();
      reliable = null;
    }
  }

  /**
   * Sends 183 Session Progress carrying the negotiator's answer to the caller's offer, so media
   * flows before the call is answered (early media, RFC 3261 §13.3.1.1, RFC 3960); the later 200
   * carries the same answer. A rejected offer is answered 488 and the session ends.
   *
   * @throws IllegalStateException if the INVITE was already answered, carried no offer, or early
   *     media was already sent
   */
  public void earlyMedia(SessionNegotiator sessionNegotiator) {
    requireUnanswered("earlyMedia()");
    if (invite.bodyLength() == 0 || earlyAnswer != null) {
      throw new IllegalStateException(
          "earlyMedia() needs an INVITE with an offer, answered once; call " + callId());
    }
    this.negotiator = Objects.requireNonNull(sessionNegotiator, "negotiator");
    Optional<Body> answer = answerOffer(transaction, invite);
    if (answer.isEmpty()) {
      end(488, "the offer was not acceptable", SessionEvent.Party.LOCAL);
      return;
    }
    earlyAnswer = answer.get();
    sendProvisional(183, earlyAnswer);
  }

  /**
   * Answers the call: the negotiator answers the caller's offer (or makes one, if the INVITE had
   * none, to be answered in the ACK), the 200 OK goes out and is re-sent until the ACK arrives;
   * then {@link SessionEvent.Confirmed}. An unacceptable offer is answered 488 with a Warning and
   * the session ends.
   *
   * @throws IllegalStateException if the INVITE was already answered or cancelled
   */
  public void accept(SessionNegotiator sessionNegotiator) {
    requireUnanswered("accept()");
    this.negotiator = Objects.requireNonNull(sessionNegotiator, "negotiator");
    stopReliable();
    negotiateSessionTimer();
    peerAllowsUpdate =
        invite.headerValues(HeaderName.ALLOW).stream()
            .anyMatch(a -> a.toUpperCase(Locale.ROOT).contains("UPDATE"));
    Optional<SipResponse> ok = answer(transaction, invite, true, earlyAnswer);
    if (ok.isEmpty()) {
      end(488, "the offer was not acceptable", SessionEvent.Party.LOCAL);
      return;
    }
    dialog.confirm();
    state = SessionState.CONFIRMED;
    core.forgetIncoming(transaction);
    startRetransmission(ok.get(), transaction);
  }

  /**
   * Rejects the call with a final error response, ending the session.
   *
   * @throws IllegalArgumentException if {@code code} is not 300 to 699
   * @throws IllegalStateException if the INVITE was already answered
   */
  public void reject(int code) {
    if (code < 300 || code > 699) {
      throw new IllegalArgumentException("a rejection status must be 300..699, not " + code);
    }
    requireUnanswered("reject(" + code + ")");
    stopReliable();
    transaction.respond(reply(code).build());
    end(code, "rejected with " + code, SessionEvent.Party.LOCAL);
  }

  /**
   * Redirects the caller to {@code target} with 302 Moved Temporarily (§21.3.3), ending the
   * session.
   *
   * @throws IllegalStateException if the INVITE was already answered
   */
  public void redirect(SipUri target) {
    requireUnanswered("redirect()");
    stopReliable();
    transaction.respond(reply(302).add(HeaderName.CONTACT, "<" + target + ">").build());
    end(302, "redirected to " + target, SessionEvent.Party.LOCAL);
  }

  @Override
  public void hangup() {
    switch (state) {
      case INCOMING, EARLY -> reject(603);
      case CONFIRMED -> {
        bye();
        end(200, "hung up", SessionEvent.Party.LOCAL);
      }
      default -> {
        // already ending
      }
    }
  }

  /** A CANCEL for this INVITE arrived and was answered 200 (§9.2). */
  void onCancel() {
    if (state == SessionState.INCOMING || state == SessionState.EARLY) {
      transaction.respond(reply(487).build());
      end(487, "the caller cancelled", SessionEvent.Party.REMOTE);
    }
    // after the 2xx a CANCEL has no effect: the caller will ACK and BYE
  }

  @Override
  void onEnding(SessionState before) {
    stopReliable();
    if ((before == SessionState.INCOMING || before == SessionState.EARLY)
        && transaction.lastStatus() < 200) {
      transaction.respond(reply(487).build()); // BYE in an early dialog, §15.1.2
    }
    core.forgetIncoming(transaction);
  }

  private static ResponseBuilder withBody(ResponseBuilder b, Body body) {
    return body == null ? b : b.body(body.contentType(), body.bytes());
  }

  private ResponseBuilder reply(int code) {
    ResponseBuilder b = SipResponse.builder(invite, code).toTag(dialog.id().localTag());
    if (code < 300) {
      for (String rr : invite.headerValues(HeaderName.RECORD_ROUTE)) {
        b.add(HeaderName.RECORD_ROUTE, rr);
      }
      b.add(HeaderName.CONTACT, core.contact(transaction.peer().transport()));
    }
    return b;
  }

  private void requireUnanswered(String what) {
    if (state != SessionState.INCOMING && state != SessionState.EARLY) {
      throw new IllegalStateException(
          what + " needs an unanswered call; call " + callId() + " is " + state);
    }
  }
}
