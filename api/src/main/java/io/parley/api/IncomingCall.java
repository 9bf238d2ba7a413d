package io.parley.api;

import java.time.Instant;
import java.util.Objects;

/**
 * A call arrived (PortSIP's onInviteIncoming): this phone already sent 180 Ringing. Answer it with
 * {@link Call#answer()}, or {@link Call#reject(int)} or {@link Call#redirect(String)} it.
 *
 * @param at when the INVITE arrived
 * @param call the call, on its line, in state {@link CallState#RINGING}
 * @param caller the From URI, e.g. {@code sip:alice@example.com}
 * @param callee the To URI
 */
public record IncomingCall(Instant at, Call call, String caller, String callee)
    implements PhoneEvent {

  /** Checks that nothing is null. */
  public IncomingCall {
    Objects.requireNonNull(at, "at");
    Objects.requireNonNull(call, "call");
    Objects.requireNonNull(caller, "caller");
    Objects.requireNonNull(callee, "callee");
  }
}
