package io.parley.sip.dialog;

import io.parley.sip.header.Address;
import io.parley.sip.header.CSeq;
import io.parley.sip.header.Contact;
import io.parley.sip.header.HeaderName;
import io.parley.sip.header.Headers;
import io.parley.sip.message.RequestBuilder;
import io.parley.sip.message.SipMessage;
import io.parley.sip.message.SipRequest;
import io.parley.sip.message.SipResponse;
import io.parley.sip.syntax.SipParseException;
import io.parley.sip.uri.SipUri;
import io.parley.sip.uri.Uri;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Objects;

/**
 * One dialog (RFC 3261 §12): its identifier, the local and remote parties, the remote target, the
 * route set, both CSeq spaces and the secure flag; builds the requests sent inside it (§12.2.1.1)
 * and checks the ones received (§12.2.2).
 *
 * <p>Runs on one loop; not thread-safe.
 */
public final class Dialog {

  private final String callId;
  private final String localTag;
  private String remoteTag;
  private final String localParty;
  private String remoteParty;
  private final boolean secure;
  private Uri remoteTarget;
  private List<Address> routeSet;
  private long localSeq;
  private long remoteSeq;
  private DialogState state = DialogState.EARLY;

  private Dialog(
      String callId,
      String localTag,
      String remoteTag,
      String localParty,
      String remoteParty,
      boolean secure) {
    this.callId = callId;
    this.localTag = localTag;
    this.remoteTag = remoteTag;
    this.localParty = localParty;
    this.remoteParty = remoteParty;
    this.secure = secure;
  }

  /**
   * The UAC's dialog, created by a response with a To tag to {@code request} (RFC 3261 §12.1.2):
   * route set from Record-Route reversed, remote target from Contact, local CSeq from the request.
   * A 1xx makes it early, a 2xx confirmed.
   *
   * @throws SipParseException if Record-Route or Contact is malformed, or the response has no To
   *     tag or no Contact
   */
  public static Dialog asUac(SipRequest request, SipResponse response) throws SipParseException {
    return asUac(response, isSips(request.requestUri()));
  }

  /**
   * The UAC's dialog rebuilt from a response alone, for a 2xx whose request is no longer known (a
   * late 2xx from a fork): enough to send its ACK and a BYE (RFC 3261 §13.2.2.4). The secure flag
   * follows the Contact's scheme.
   *
   * @throws SipParseException if Record-Route or Contact is malformed, or To tag or Contact is
   *     missing
   */
  public static Dialog asUac(SipResponse response) throws SipParseException {
    return asUac(response, isSips(target(response)));
  }

  private static Dialog asUac(SipResponse response, boolean secure) throws SipParseException {
    String remoteTag = response.to().tag().orElse("");
    if (remoteTag.isEmpty()) {
      throw new SipParseException(0, "To", "a To tag in the response creating a dialog (§12.1.2)");
    }
    Dialog d =
        new Dialog(
            response.callId(),
            response.from().tag().orElse(""),
            remoteTag,
            response.header(HeaderName.FROM).orElseThrow(),
            response.header(HeaderName.TO).orElseThrow(),
            secure);
    d.routeSet = reversed(response.all(Headers.RECORD_ROUTE));
    d.remoteTarget = target(response);
    d.localSeq = response.cSeq().sequence();
    d.remoteSeq = -1; // §12.1.2: the remote sequence number is empty
    if (response.statusCode() >= 200) {
      d.state = DialogState.CONFIRMED;
    }
    return d;
  }

  /**
   * The UAS's dialog for {@code request}, answered with To tag {@code localTag} (RFC 3261 §12.1.1):
   * route set from Record-Route in order, remote target from Contact, remote CSeq from the request.
   * It starts early; {@link #confirm()} when the 2xx is sent.
   *
   * @throws SipParseException if Record-Route or Contact is malformed or Contact is missing
   */
  public static Dialog asUas(SipRequest request, String localTag) throws SipParseException {
    Dialog d =
        new Dialog(
            request.callId(),
            localTag,
            request.from().tag().orElse(""),
            request.header(HeaderName.TO).orElseThrow() + ";tag=" + localTag,
            request.header(HeaderName.FROM).orElseThrow(),
            isSips(request.requestUri()));
    d.routeSet = List.copyOf(request.all(Headers.RECORD_ROUTE));
    d.remoteTarget = target(request);
    d.remoteSeq = request.cSeq().sequence();
    d.localSeq = 0; // §12.1.1: empty; the first request picks one
    return d;
  }

  private static boolean isSips(Uri uri) {
    return uri instanceof SipUri sip && sip.isSecure();
  }

  private static List<Address> reversed(List<Address> recordRoute) {
    List<Address> out = new ArrayList<>(recordRoute);
    Collections.reverse(out);
    return List.copyOf(out);
  }

  private static Uri target(SipMessage message) throws SipParseException {
    for (Contact contact : message.contacts()) {
      if (!contact.isWildcard()) {
        return contact.address().uri();
      }
    }
    throw new SipParseException(0, "Contact", "a Contact header giving the remote target (§12.1)");
  }

  /** The dialog identifier. */
  public DialogId id() {
    return new DialogId(callId, localTag, remoteTag);
  }

  /** The Call-ID. */
  public String callId() {
    return callId;
  }

  /** The state. */
  public DialogState state() {
    return state;
  }

  /** Whether the dialog is secure: the request creating it had a {@code sips:} Request-URI. */
  public boolean isSecure() {
    return secure;
  }

  /** Where requests inside the dialog go, the Contact of the peer (§12.1). */
  public Uri remoteTarget() {
    return remoteTarget;
  }

  /** The route set in the order requests carry it (§12.1). */
  public List<Address> routeSet() {
    return routeSet;
  }

  /** The last CSeq number this side used (0 before the first request of a UAS dialog). */
  public long localSeq() {
    return localSeq;
  }

  /** The last CSeq number the peer used, or -1 if none yet. */
  public long remoteSeq() {
    return remoteSeq;
  }

  /**
   * Confirms an early UAC dialog with its 2xx: the route set and remote target are recomputed from
   * the 2xx (RFC 3261 §13.2.2.4).
   *
   * @throws SipParseException if Record-Route or Contact is malformed or Contact is missing
   */
  public void confirm(SipResponse twoHundred) throws SipParseException {
    routeSet = reversed(twoHundred.all(Headers.RECORD_ROUTE));
    remoteTarget = target(twoHundred);
    remoteParty = twoHundred.header(HeaderName.TO).orElseThrow();
    remoteTag = twoHundred.to().tag().orElse(remoteTag);
    state = DialogState.CONFIRMED;
  }

  /** Confirms a UAS dialog: its 2xx was sent (RFC 3261 §12.1.1). */
  public void confirm() {
    if (state == DialogState.EARLY) {
      state = DialogState.CONFIRMED;
    }
  }

  /** Ends the dialog (§12.3); later requests for it are answered 481 by its owner. */
  public void terminate() {
    state = DialogState.TERMINATED;
  }

  /**
   * Replaces the remote target with the Contact of a target refresh request or its 2xx (re-INVITE,
   * UPDATE: RFC 3261 §12.2, RFC 3311 §5.1). Messages without a Contact leave it unchanged.
   */
  public void refreshTarget(SipMessage message) {
    for (Contact contact : message.contacts()) {
      if (!contact.isWildcard()) {
        remoteTarget = contact.address().uri();
        return;
      }
    }
  }

  /**
   * Checks a request received inside the dialog (RFC 3261 §12.2.2) and records its CSeq.
   *
   * @return 0 if it is in order, or 500 if its CSeq is lower than the last one seen (out of order);
   *     ACK and CANCEL reuse their INVITE's number and always pass
   */
  public int acceptRemoteCSeq(SipRequest request) {
    String method = request.method();
    if (method.equals("ACK") || method.equals("CANCEL")) {
      return 0;
    }
    long seq = request.cSeq().sequence();
    if (remoteSeq >= 0 && seq < remoteSeq) {
      return 500;
    }
    remoteSeq = seq;
    return 0;
  }

  /**
   * Starts a request inside the dialog with the next local CSeq (RFC 3261 §12.2.1.1).
   *
   * @param via the top Via, with a fresh branch
   * @throws IllegalArgumentException for ACK and CANCEL, which reuse the INVITE's number
   * @throws IllegalStateException if the local CSeq space is used up
   */
  public RequestBuilder newRequest(String method, String via) {
    if (method.equals("ACK") || method.equals("CANCEL")) {
      throw new IllegalArgumentException(method + " takes the CSeq number of its INVITE");
    }
    if (localSeq >= CSeq.MAX_SEQUENCE) {
      throw new IllegalStateException("the local CSeq of dialog " + id() + " is exhausted");
    }
    localSeq = localSeq == 0 ? 1 : localSeq + 1;
    return build(method, localSeq, via);
  }

  /**
   * The ACK for a 2xx to the INVITE with CSeq number {@code inviteSeq} (RFC 3261 §13.2.2.4).
   *
   * @param via the top Via, with a fresh branch (the ACK for a 2xx is its own transaction)
   */
  public RequestBuilder newAck(long inviteSeq, String via) {
    return build("ACK", inviteSeq, via);
  }

  /**
   * Where the request goes first: the first route, or the remote target when there is no route set
   * (RFC 3261 §8.1.2, §12.2.1.1).
   */
  public Uri nextHop() {
    return routeSet.isEmpty() ? remoteTarget : routeSet.get(0).uri();
  }

  private RequestBuilder build(String method, long seq, String via) {
    Uri requestUri = remoteTarget;
    List<String> routes = new ArrayList<>(routeSet.size() + 1);
    if (!routeSet.isEmpty()) {
      Address first = routeSet.get(0);
      boolean loose = first.uri() instanceof SipUri sip && sip.isLooseRouter();
      if (loose) {
        routeSet.forEach(r -> routes.add(r.toString()));
      } else {
        // §12.2.1.1 strict routing: the first route becomes the Request-URI and the remote
        // target goes last, so the strict router can restore it (§16.12.1.2).
        requestUri = first.uri();
        for (int i = 1; i < routeSet.size(); i++) {
          routes.add(routeSet.get(i).toString());
        }
        routes.add("<" + remoteTarget + ">");
      }
    }
    RequestBuilder b = SipRequest.builder(method, requestUri);
    b.add(HeaderName.VIA, Objects.requireNonNull(via, "via"));
    b.add(HeaderName.MAX_FORWARDS, "70");
    routes.forEach(r -> b.add(HeaderName.ROUTE, r));
    b.add(HeaderName.FROM, localParty);
    b.add(HeaderName.TO, remoteParty);
    b.add(HeaderName.CALL_ID, callId);
    b.add(HeaderName.CSEQ, seq + " " + method);
    return b;
  }

  @Override
  public String toString() {
    return "Dialog[" + id() + " " + state + "]";
  }
}
