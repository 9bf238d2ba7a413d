package io.parley.api;

import io.parley.sip.header.Address;
import io.parley.sip.header.HeaderName;
import io.parley.sip.message.SipRequest;
import io.parley.sip.session.ClientInviteSession;
import io.parley.sip.session.OutgoingCall;
import io.parley.sip.session.ServerInviteSession;
import io.parley.sip.syntax.SipParseException;
import io.parley.sip.uri.SipUri;
import java.security.SecureRandom;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;

/**
 * The calls of one phone: their lines (1 to the configured maximum), the shard each Call-ID lives
 * on, and the two ways a call starts (RFC 3261 §13.2.1 for ours, §13.3.1 for the peer's).
 */
final class Calls {

  private final Phone phone;
  private final CallMedia media;
  private final Call[] lines;
  private final Map<String, Shard> ownedCallIds = new ConcurrentHashMap<>();
  private final AtomicLong ids = new AtomicLong();
  private final SecureRandom random = new SecureRandom();

  Calls(Phone phone, CallMedia media, int maxLines) {
    this.phone = phone;
    this.media = media;
    this.lines = new Call[maxLines];
  }

  static SipUri parseTarget(String target) {
    try {
      SipUri uri = SipUri.parse(target);
      if (uri.hasHeaders()) {
        throw new IllegalArgumentException(
            "call target '" + target + "': URI headers (?name=value) are not supported yet");
      }
      return uri;
    } catch (SipParseException e) {
      throw new IllegalArgumentException(
          "call target is not a SIP URI: '" + target + "' (" + e.getMessage() + ")", e);
    }
  }

  CompletableFuture<Call> place(String target, CallOptions options, Account account) {
    SipUri uri = parseTarget(target);
    SipUri from = parseTarget(account.aor());
    String displayName = options.displayName().or(account.config()::displayName).orElse(null);
    OutgoingCall request =
        new OutgoingCall(
            uri,
            Address.of(displayName, from),
            options.headers(),
            Optional.of(account.newDigestClient()));
    Shard shard = phone.shardFor(Long.toString(random.nextLong()));
    Call call =
        occupy(
            line ->
                new Call(
                    this,
                    shard,
                    new Call.CallSetup(
                        ids.incrementAndGet(),
                        line,
                        false,
                        from.toString(),
                        uri.toString(),
                        media.negotiator(random))));
    shard
        .loop()
        .execute(
            () -> {
              ClientInviteSession session =
                  shard.core().invite(request, call.negotiator(), call::onSessionEvent);
              // The INVITE leaves in a later loop task (after the target is resolved), so the
              // Call-ID is pinned before any answer can arrive.
              ownedCallIds.put(session.callId(), shard);
              call.attach(session);
              if (session.state() != io.parley.sip.session.SessionState.TERMINATED) {
                call.announce(CallState.TRYING, 0, "INVITE sent");
              }
            });
    return call.connected();
  }

  void incoming(Shard shard, ServerInviteSession session) {
    SipRequest invite = session.request();
    String caller = uriOf(invite, HeaderName.FROM);
    String callee = uriOf(invite, HeaderName.TO);
    Call call;
    try {
      call =
          occupy(
              line ->
                  new Call(
                      this,
                      shard,
                      new Call.CallSetup(
                          ids.incrementAndGet(),
                          line,
                          true,
                          caller,
                          callee,
                          media.negotiator(random))));
    } catch (IllegalStateException allLinesBusy) {
      session.reject(486);
      return;
    }
    call.attach(session);
    session.setListener(call::onSessionEvent);
    phone.publish(new IncomingCall(shard.loop().wallTime(), call, caller, callee));
    session.ring();
    call.announce(CallState.RINGING, 180, "Ringing");
  }

  private static String uriOf(SipRequest request, HeaderName header) {
    String value = request.header(header).orElse("");
    try {
      return Address.parse(value).uri().toString();
    } catch (SipParseException e) {
      return value; // the transaction layer checked From and To; keep the text as it came
    }
  }

  private synchronized Call occupy(java.util.function.IntFunction<Call> factory) {
    for (int i = 0; i < lines.length; i++) {
      if (lines[i] == null) {
        Call call = factory.apply(i + 1);
        lines[i] = call;
        return call;
      }
    }
    throw new IllegalStateException(
        "all " + lines.length + " lines are busy (the limit set by PhoneBuilder.maxLines)");
  }

  synchronized void release(Call call) {
    if (lines[call.line() - 1] == call) {
      lines[call.line() - 1] = null;
    }
    ownedCallIds.remove(call.callId());
  }

  synchronized List<Call> active() {
    return java.util.Arrays.stream(lines).filter(java.util.Objects::nonNull).toList();
  }

  /** The shard of a call this phone placed, whose Call-ID its session chose. */
  Optional<Shard> shardOf(String callId) {
    return Optional.ofNullable(ownedCallIds.get(callId));
  }

  void publish(PhoneEvent event) {
    phone.publish(event);
  }
}
