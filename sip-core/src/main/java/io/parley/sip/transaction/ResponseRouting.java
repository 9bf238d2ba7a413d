package io.parley.sip.transaction;

import io.parley.sip.header.Via;
import io.parley.sip.message.SipRequest;
import io.parley.sip.port.ResolvedTarget;
import io.parley.sip.syntax.SipParseException;
import io.parley.sip.uri.Host;

/** Where a server sends its responses: RFC 3261 §18.2.2 with RFC 3581 §4 (rport). */
final class ResponseRouting {

  private ResponseRouting() {}

  /**
   * The target for responses to {@code request}, which arrived from {@code source}.
   *
   * <ul>
   *   <li>Over a reliable transport: back to the source, so the transport reuses the connection the
   *       request came in on.
   *   <li>With {@code maddr} (an IP literal): to that address and the sent-by port.
   *   <li>With {@code rport} (RFC 3581): to the source address and port, which is what NATs need.
   *   <li>Otherwise: to the source address ({@code received}) and the sent-by port, or 5060.
   * </ul>
   */
  static ResolvedTarget target(SipRequest request, ResolvedTarget source) {
    if (source.transport().isReliable()) {
      return source;
    }
    Via via = request.topVia();
    int sentByPort = via.port() > 0 ? via.port() : source.transport().defaultPort();
    String maddr = via.maddr().orElse(null);
    if (maddr != null && isIpLiteral(maddr)) {
      return new ResolvedTarget(source.transport(), maddr, sentByPort);
    }
    if (via.parameters().has("rport")) {
      return source;
    }
    return new ResolvedTarget(source.transport(), source.address(), sentByPort);
  }

  private static boolean isIpLiteral(String maddr) {
    try {
      return Host.parseParameter(maddr).kind() != Host.Kind.NAME;
    } catch (SipParseException e) {
      return false; // the parser already checked it; a name is sent to the source instead
    }
  }
}
