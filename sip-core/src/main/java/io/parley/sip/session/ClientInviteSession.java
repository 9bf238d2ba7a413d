package io.parley.sip.session;

import io.parley.sip.auth.DigestChallenges;
import io.parley.sip.auth.DigestClient;
import io.parley.sip.auth.DigestResponse;
import io.parley.sip.dialog.Dialog;
import io.parley.sip.header.Contact;
import io.parley.sip.header.HeaderName;
import io.parley.sip.header.Headers;
import io.parley.sip.message.RequestBuilder;
import io.parley.sip.message.SipRequest;
import io.parley.sip.message.SipResponse;
import io.parley.sip.port.Loop;
import io.parley.sip.port.SessionNegotiator;
import io.parley.sip.port.SessionNegotiator.Body;
import io.parley.sip.port.TargetFailover;
import io.parley.sip.syntax.SipParseException;
import io.parley.sip.transaction.ClientTransaction;
import io.parley.sip.uri.SipUri;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * The UAC side of an INVITE session (RFC 3261 §13.2): sends the INVITE with the negotiator's offer,
 * follows provisional responses and the early dialogs of each fork, confirms the first 2xx and
 * sends its ACK, ends later 2xx from other forks with ACK and BYE, cancels (§9.1), answers 401/407
 * with Digest credentials (§22.2), follows 3xx redirects up to a bound (§8.1.3.4) and fails over to
 * the next RFC 3263 target on timeout, transport error or 503.
 *
 * <p>Created by {@link UserAgentCore#invite}; runs on its loop.
 */
public final class ClientInviteSession extends InviteSession {

  private final OutgoingCall call;
  private final String callId;
  private final String localTag;
  private final EarlyDialogs forks = new EarlyDialogs(this);
  private final Set<String> tried = new HashSet<>();
  private final ClientTransaction.Listener inviteListener = new InviteListener();
  private Body offer;
  private SipUri requestUri;
  private long cseq;
  private int redirects;
  private TargetFailover failover;
  private SipRequest invite;
  private ClientTransaction inviteTransaction;
  private boolean provisionalSeen;
  private boolean cancelRequested;
  private Body earlyAnswer;
  private Loop.Timer cancelTimer;
  private long sessionExpires;
  private long minSe;
  private int tooSmall;

  ClientInviteSession(
      UserAgentCore core,
      OutgoingCall call,
      SessionNegotiator negotiator,
      SessionListener listener) {
    super(core, negotiator, listener, SessionState.CALLING);
    this.call = call;
    this.callId = core.newCallId();
    this.localTag = core.newTag();
  }

  @Override
  public String callId() {
    return callId;
  }

  /** The Request-URI of the INVITE now in flight (it changes when a redirect is followed). */
  public SipUri requestUri() {
    return requestUri;
  }

  @Override
  boolean ownsCallId() {
    return true;
  }

  void start() {
    requestUri = call.target();
    tried.add(requestUri.toString());
    offer = negotiator.createOffer(SessionNegotiator.MediaIntent.ACTIVE);
    SessionTimerConfig timers = core.config().sessionTimer();
    sessionExpires = timers.enabled() ? timers.sessionExpires().getSeconds() : 0;
    minSe = timers.minSe().getSeconds();
    resolveAndSend();
  }

  private void resolveAndSend() {
    core.resolveAll(
        requestUri,
        targets -> {
          if (state == SessionState.TERMINATED) {
            return;
          }
          if (cancelRequested) {
            end(487, "cancelled before the INVITE was sent", SessionEvent.Party.LOCAL);
            return;
          }
          failover = new TargetFailover(targets);
          sendInvite(List.of());
        },
        reason -> end(503, reason, SessionEvent.Party.LOCAL));
  }

  private void sendInvite(List<DigestResponse> credentials) {
    var target = failover.current();
    RequestBuilder b = SipRequest.builder("INVITE", requestUri);
    b.add(HeaderName.VIA, core.via(target));
    b.add(HeaderName.MAX_FORWARDS, "70");
    b.add(HeaderName.FROM, call.from() + ";tag=" + localTag);
    b.add(HeaderName.TO, "<" + call.target() + ">");
    b.add(HeaderName.CALL_ID, callId);
    b.add(HeaderName.CSEQ, ++cseq + " INVITE"); // §22.2: a retry is a new request
    b.add(HeaderName.CONTACT, core.contact(target.transport()));
    b.add(HeaderName.ALLOW, UserAgentCore.ALLOW);
    Rel100 rel100 = core.config().rel100();
    if (rel100 != Rel100.NEVER) {
      b.add(HeaderName.SUPPORTED, "100rel");
    }
    if (rel100 == Rel100.REQUIRED) {
      b.add(HeaderName.REQUIRE, "100rel");
    }
    if (sessionExpires > 0) {
      b.add(HeaderName.SUPPORTED, "timer"); // RFC 4028 §7.1
      b.add(HeaderName.SESSION_EXPIRES, Long.toString(sessionExpires));
      b.add(HeaderName.MIN_SE, Long.toString(minSe));
    }
    for (Map.Entry<String, String> h : call.headers()) {
      b.add(h.getKey(), h.getValue());
    }
    for (DigestResponse c : credentials) {
      b.add(c.headerName(), c.toHeaderValue());
    }
    b.body(offer.contentType(), offer.bytes());
    invite = b.build();
    inviteTransaction = core.layer().sendRequest(invite, target, inviteListener);
  }

  @Override
  public void hangup() {
    switch (state) {
      case CALLING -> {
        cancelRequested = true; // §9.1: CANCEL waits for a provisional response
        state = SessionState.TERMINATING;
      }
      case PROCEEDING, EARLY -> {
        cancelRequested = true;
        state = SessionState.TERMINATING;
        sendCancel();
      }
      case CONFIRMED -> {
        bye();
        end(200, "hung up", SessionEvent.Party.LOCAL);
      }
      default -> {
        // TERMINATING or TERMINATED: already on the way out
      }
    }
  }

  /** The CANCEL of §9.1: the INVITE's Request-URI, top Via, Route, From, To, Call-ID, CSeq. */
  private void sendCancel() {
    RequestBuilder b = SipRequest.builder("CANCEL", invite.requestUri());
    b.add(HeaderName.VIA, invite.topVia().toString());
    b.add(HeaderName.MAX_FORWARDS, "70");
    for (String route : invite.headerValues(HeaderName.ROUTE)) {
      b.add(HeaderName.ROUTE, route);
    }
    b.add(HeaderName.FROM, invite.header(HeaderName.FROM).orElseThrow());
    b.add(HeaderName.TO, invite.header(HeaderName.TO).orElseThrow());
    b.add(HeaderName.CALL_ID, callId);
    b.add(HeaderName.CSEQ, invite.cSeq().sequence() + " CANCEL");
    core.layer().sendRequest(b.build(), inviteTransaction.peer(), UserAgentCore.IGNORE);
    // §9.1: without a final response 64*T1 after the CANCEL, the INVITE is given up.
    cancelTimer =
        core.loop()
            .schedule(
                core.config().timers().sixtyFourT1(),
                () -> end(487, "no final response after CANCEL", SessionEvent.Party.LOCAL));
  }

  private final class InviteListener implements ClientTransaction.Listener {

    @Override
    public void onResponse(ClientTransaction transaction, SipResponse response) {
      int code = response.statusCode();
      if (code >= 200 && code < 300) {
        on2xx(response); // from any attempt: a 2xx always needs its ACK
      } else if (transaction == inviteTransaction && state != SessionState.TERMINATED) {
        if (code < 200) {
          onProvisional(response);
        } else {
          onFailure(response);
        }
      }
    }

    @Override
    public void onTimeout(ClientTransaction transaction) {
      if (transaction == inviteTransaction && state != SessionState.TERMINATED) {
        if (!cancelRequested && failover.onTimeout() instanceof TargetFailover.Decision.TryNext) {
          sendInvite(List.of());
        } else {
          end(408, "no final response to the INVITE", SessionEvent.Party.LOCAL);
        }
      }
    }

    @Override
    public void onTransportError(ClientTransaction transaction, String reason) {
      if (transaction == inviteTransaction && state != SessionState.TERMINATED) {
        if (!cancelRequested
            && failover.onTransportError() instanceof TargetFailover.Decision.TryNext) {
          sendInvite(List.of());
        } else {
          end(503, reason, SessionEvent.Party.LOCAL);
        }
      }
    }
  }

  private void onProvisional(SipResponse response) {
    int code = response.statusCode();
    provisionalSeen = true;
    failover.onResponse(code);
    if (cancelRequested && cancelTimer == null) {
      sendCancel();
    }
    Optional<String> tag = response.to().tag();
    if (code == 100 || tag.isEmpty()) {
      if (state == SessionState.CALLING) {
        state = SessionState.PROCEEDING;
      }
      emit(
          new SessionEvent.Progress(
              code, response.reasonPhrase(), Optional.empty(), body(response)));
      return;
    }
    Optional<Dialog> early = forks.onProvisional(invite, response);
    if (early.isEmpty()) {
      emit(
          new SessionEvent.Progress(
              code, response.reasonPhrase(), Optional.empty(), body(response)));
      return;
    }
    Dialog d = early.get();
    if (!forks.prackIfReliable(d, response)) {
      return; // RFC 3262 §4: a retransmission, already PRACKed
    }
    if (state != SessionState.TERMINATING) {
      state = SessionState.EARLY;
    }
    Optional<Body> media = body(response);
    if (media.isPresent() && earlyAnswer == null) {
      earlyAnswer = media.get();
      try {
        negotiator.acceptAnswer(media.get()); // early media, RFC 3261 §13.2.1
      } catch (SessionNegotiator.NegotiationException e) {
        earlyAnswer = null;
      }
    }
    emit(new SessionEvent.Progress(code, response.reasonPhrase(), Optional.of(d.id()), media));
  }

  private static Optional<Body> body(SipResponse response) {
    return response.bodyLength() == 0 ? Optional.empty() : Optional.of(bodyOf(response));
  }

  private void on2xx(SipResponse response) {
    if (dialog != null || state == SessionState.TERMINATED) {
      if (!onInvite2xxRetransmission(response)) {
        core.ackAndBye(response); // a second fork answered: §13.2.2.4
      }
      return;
    }
    Dialog d = forks.take(response.to().tag().orElse(""));
    try {
      if (d == null) {
        d = Dialog.asUac(invite, response);
      } else {
        d.confirm(response);
      }
    } catch (SipParseException e) {
      core.ackAndBye(response);
      end(502, "malformed 2xx: " + e.getMessage(), SessionEvent.Party.LOCAL);
      return;
    }
    dialog = d;
    register(d.id());
    forks.endAll();
    if (cancelTimer != null) {
      cancelTimer.cancel();
    }
    call.auth().ifPresent(DigestClient::succeeded);
    state = SessionState.CONFIRMED;
    Dialog confirmed = d;
    core.resolve(
        confirmed.nextHop(),
        target -> {
          sendAck(response, target, null);
          afterAck(response);
        },
        reason -> end(503, "cannot send the ACK: " + reason, SessionEvent.Party.LOCAL));
  }

  private void afterAck(SipResponse response) {
    if (cancelRequested) {
      bye(); // the 2xx crossed our CANCEL (§9.1): the call was wanted no more
      end(487, "cancelled; the 2xx crossed the CANCEL, so ACK and BYE", SessionEvent.Party.LOCAL);
      return;
    }
    // the 2xx repeats the early answer of the same fork: it was taken already
    boolean sameAsEarly = earlyAnswer != null && earlyAnswer.equals(bodyOf(response));
    if (!sameAsEarly && !takeAnswer(response)) {
      return;
    }
    peerAllowsUpdate =
        response.headerValues(HeaderName.ALLOW).stream()
            .anyMatch(a -> a.toUpperCase(java.util.Locale.ROOT).contains("UPDATE"));
    var se = SessionTimer.sessionExpires(response);
    if (sessionExpires > 0 && se.isPresent()) {
      // RFC 4028 §7.2: the 2xx decides; refresher=uac means this side
      startSessionTimer(
          java.time.Duration.ofSeconds(se.get().seconds()),
          !"uas".equals(se.get().parameter("refresher")));
    }
    confirmedReported = true;
    emit(new SessionEvent.Confirmed(dialog.id()));
  }

  private void onFailure(SipResponse response) {
    int code = response.statusCode();
    if (cancelTimer != null) {
      cancelTimer.cancel();
    }
    forks.endAll();
    if (cancelRequested) {
      end(code, response.reasonPhrase(), SessionEvent.Party.LOCAL);
    } else if (code == 422 && sessionExpires > 0 && tooSmall++ < 2 && raiseInterval(response)) {
      sendInvite(List.of());
    } else if ((code == 401 || code == 407) && call.auth().isPresent()) {
      challenged(response, call.auth().get());
    } else if (code < 400 && redirects < core.config().maxRedirects() && redirect(response)) {
      redirects++;
    } else if (code == 503
        && failover.onResponse(code) instanceof TargetFailover.Decision.TryNext) {
      sendInvite(List.of());
    } else {
      end(code, response.reasonPhrase(), SessionEvent.Party.REMOTE);
    }
  }

  /** RFC 4028 §7.4: retry with the Min-SE the 422 asks for; false if it asks for nothing more. */
  private boolean raiseInterval(SipResponse response) {
    var asked = SessionTimer.read(response, Headers.MIN_SE);
    if (asked.isEmpty() || asked.get().seconds() <= sessionExpires) {
      return false;
    }
    minSe = asked.get().seconds();
    sessionExpires = minSe;
    return true;
  }

  private void challenged(SipResponse response, DigestClient auth) {
    DigestClient.Outcome outcome;
    try {
      outcome =
          auth.answer(
              DigestChallenges.of(response), "INVITE", requestUri.toString(), offer.bytes());
    } catch (SipParseException e) {
      end(
          response.statusCode(),
          "malformed challenge: " + e.getMessage(),
          SessionEvent.Party.REMOTE);
      return;
    }
    if (outcome instanceof DigestClient.Outcome.Answered answered) {
      sendInvite(answered.responses());
    } else {
      end(
          response.statusCode(),
          ((DigestClient.Outcome.Failed) outcome).reason(),
          SessionEvent.Party.REMOTE);
    }
  }

  /** Retries at the best untried Contact of a 3xx (highest q first); false if there is none. */
  private boolean redirect(SipResponse response) {
    Optional<SipUri> next =
        response.contacts().stream()
            .filter(c -> !c.isWildcard())
            .sorted(Comparator.comparingDouble((Contact c) -> -c.q().orElse(1.0)))
            .map(c -> c.address().uri())
            .filter(u -> u instanceof SipUri sip && !sip.hasHeaders())
            .map(SipUri.class::cast)
            .filter(u -> !tried.contains(u.toString()))
            .findFirst();
    if (next.isEmpty()) {
      return false;
    }
    requestUri = next.get();
    tried.add(requestUri.toString());
    state = SessionState.CALLING;
    resolveAndSend();
    return true;
  }

  @Override
  void onEnding(SessionState before) {
    if (cancelTimer != null) {
      cancelTimer.cancel();
    }
    forks.endAll();
  }
}
