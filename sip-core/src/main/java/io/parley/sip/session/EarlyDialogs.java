package io.parley.sip.session;

import io.parley.sip.dialog.Dialog;
import io.parley.sip.header.HeaderName;
import io.parley.sip.header.Headers;
import io.parley.sip.message.SipRequest;
import io.parley.sip.message.SipResponse;
import io.parley.sip.syntax.SipParseException;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalLong;

/**
 * The early dialogs of one outgoing INVITE, one per fork that answered with a To tag (RFC 3261
 * §12.1.2, §13.2.2.4), and the reliable provisional responses each has PRACKed (RFC 3262 §4).
 */
final class EarlyDialogs {

  private final ClientInviteSession session;
  private final UserAgentCore core;
  private final Map<String, Dialog> byTag = new LinkedHashMap<>();
  private final Map<String, Long> lastRseq = new HashMap<>();

  EarlyDialogs(ClientInviteSession session) {
    this.session = session;
    this.core = session.core;
  }

  /**
   * The early dialog of a 101-199 with a To tag, created and registered on its first response.
   *
   * @return empty if the response cannot create a dialog (no Contact, malformed Record-Route)
   */
  Optional<Dialog> onProvisional(SipRequest invite, SipResponse response) {
    String tag = response.to().tag().orElseThrow();
    Dialog d = byTag.get(tag);
    if (d == null) {
      try {
        d = Dialog.asUac(invite, response);
      } catch (SipParseException e) {
        return Optional.empty();
      }
      byTag.put(tag, d);
      session.register(d.id());
    }
    return Optional.of(d);
  }

  /**
   * PRACKs a reliable provisional response once (RFC 3262 §4).
   *
   * @return false if it is a retransmission of one already PRACKed, which the session ignores
   */
  boolean prackIfReliable(Dialog d, SipResponse response) {
    OptionalLong rseq = reliableSequence(response);
    if (rseq.isEmpty()) {
      return true;
    }
    String tag = response.to().tag().orElseThrow();
    Long last = lastRseq.get(tag);
    if (last != null && rseq.getAsLong() <= last) {
      return false;
    }
    lastRseq.put(tag, rseq.getAsLong());
    prack(d, rseq.getAsLong(), response.cSeq().sequence());
    return true;
  }

  /** The RSeq of a reliable provisional response (RFC 3262 §4), or empty if it is unreliable. */
  private OptionalLong reliableSequence(SipResponse response) {
    if (core.config().rel100() == Rel100.NEVER) {
      return OptionalLong.empty();
    }
    try {
      boolean required =
          response.all(Headers.REQUIRE).stream().anyMatch("100rel"::equalsIgnoreCase);
      Optional<Long> rseq = response.first(Headers.RSEQ);
      return required && rseq.isPresent() ? OptionalLong.of(rseq.get()) : OptionalLong.empty();
    } catch (SipParseException e) {
      return OptionalLong.empty();
    }
  }

  /** Sends PRACK in the early dialog with RAck: RSeq, CSeq number, method (RFC 3262 §7.2). */
  private void prack(Dialog d, long rseq, long inviteSeq) {
    core.resolve(
        d.nextHop(),
        target ->
            core.layer()
                .sendRequest(
                    d.newRequest("PRACK", core.via(target))
                        .add(HeaderName.RACK, rseq + " " + inviteSeq + " INVITE")
                        .build(),
                    target,
                    UserAgentCore.IGNORE),
        reason -> session.end(503, "cannot send PRACK: " + reason, SessionEvent.Party.LOCAL));
  }

  /** Takes the early dialog a 2xx confirms, if its fork sent a 1xx first. */
  Dialog take(String tag) {
    lastRseq.remove(tag);
    return byTag.remove(tag);
  }

  /** Ends every remaining early dialog: another fork won, or the INVITE failed (§13.2.2.4). */
  void endAll() {
    for (Dialog d : byTag.values()) {
      session.unregister(d.id());
      d.terminate();
    }
    byTag.clear();
    lastRseq.clear();
  }
}
