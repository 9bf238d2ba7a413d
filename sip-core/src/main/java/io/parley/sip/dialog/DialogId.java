package io.parley.sip.dialog;

import io.parley.sip.message.SipRequest;
import io.parley.sip.message.SipResponse;
import java.util.Objects;

/**
 * A dialog identifier (RFC 3261 §12): Call-ID, local tag and remote tag, seen from this side.
 *
 * @param callId the Call-ID
 * @param localTag this side's tag (From tag of the requests it sends)
 * @param remoteTag the peer's tag; empty while a UAC has no response with a To tag
 */
public record DialogId(String callId, String localTag, String remoteTag) {

  /**
   * Checks the parts.
   *
   * @throws NullPointerException if a part is null
   */
  public DialogId {
    Objects.requireNonNull(callId, "callId");
    Objects.requireNonNull(localTag, "localTag");
    Objects.requireNonNull(remoteTag, "remoteTag");
  }

  /**
   * The dialog a received request belongs to (§12.2.2): local tag from To, remote tag from From.
   */
  public static DialogId ofIncoming(SipRequest request) {
    return new DialogId(
        request.callId(), request.to().tag().orElse(""), request.from().tag().orElse(""));
  }

  /** The dialog a response to this side's request belongs to (§12.1.2): From tag, then To tag. */
  public static DialogId ofResponse(SipResponse response) {
    return new DialogId(
        response.callId(), response.from().tag().orElse(""), response.to().tag().orElse(""));
  }

  @Override
  public String toString() {
    return callId + ";local=" + localTag + ";remote=" + remoteTag;
  }
}
