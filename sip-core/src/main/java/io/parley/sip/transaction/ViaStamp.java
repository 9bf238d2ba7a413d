package io.parley.sip.transaction;

import io.parley.sip.header.HeaderName;
import io.parley.sip.header.Via;
import io.parley.sip.message.SipRequest;
import io.parley.sip.port.ResolvedTarget;
import io.parley.sip.port.Transport;
import io.parley.sip.syntax.Parameters;
import io.parley.sip.uri.Host;
import java.util.List;

/**
 * Adds {@code received} and fills {@code rport} in the top Via of an arriving request (RFC 3261
 * §18.2.1, RFC 3581 §4), so that responses copy them and the client learns the address it was seen
 * from (which is how a UA behind NAT finds its public address).
 */
final class ViaStamp {

  private ViaStamp() {}

  /** The request with its top Via stamped, or the same request when nothing needs adding. */
  static SipRequest received(SipRequest request, ResolvedTarget source) {
    Via top = request.topVia();
    // Via.rport() reads a bare "rport" as 0: the parameter asks for the source port.
    boolean rportRequested =
        top.parameters().has("rport") && top.parameters().valueOf("rport") == null;
    if (isSameAddress(top.host(), source) && !rportRequested) {
      return request;
    }
    StringBuilder via = new StringBuilder(top.toString().length() + 40);
    via.append(top.protocol()).append('/').append(top.transport()).append(' ').append(top.host());
    if (top.port() >= 0) {
      via.append(':').append(top.port());
    }
    Parameters params = top.parameters();
    for (int i = 0; i < params.size(); i++) {
      String name = params.name(i);
      if (name.equalsIgnoreCase("received") || name.equalsIgnoreCase("rport")) {
        continue;
      }
      via.append(';').append(name);
      String value = params.value(i);
      if (value != null) {
        via.append('=');
        if (params.isQuoted(i)) {
          via.append('"').append(value).append('"');
        } else {
          via.append(value);
        }
      }
    }
    String address = source.isIpv6() ? "[" + source.address() + "]" : source.address();
    via.append(";received=").append(address);
    if (rportRequested) {
      via.append(";rport=").append(source.port());
    } else if (top.parameters().valueOf("rport") != null) {
      via.append(";rport=").append(top.parameters().valueOf("rport"));
    }
    List<Via> vias = request.vias();
    StringBuilder all = new StringBuilder(via);
    for (int i = 1; i < vias.size(); i++) {
      all.append(", ").append(vias.get(i));
    }
    return request.toBuilder().set(HeaderName.VIA, all.toString()).build();
  }

  /**
   * The request with its top Via's transport and sent-by replaced (for the §18.1.1 switch from UDP
   * to TCP); the parameters, branch included, stay.
   */
  static SipRequest withTransport(SipRequest request, Transport transport, String sentBy) {
    Via top = request.topVia();
    StringBuilder via = new StringBuilder(top.toString().length() + 8);
    via.append(top.protocol()).append('/').append(transport.name()).append(' ').append(sentBy);
    via.append(top.parameters().isEmpty() ? "" : top.parameters().toString());
    List<Via> vias = request.vias();
    for (int i = 1; i < vias.size(); i++) {
      via.append(", ").append(vias.get(i));
    }
    return request.toBuilder().set(HeaderName.VIA, via.toString()).build();
  }

  /** Whether a Via host is the IP literal {@code source} came from (compared canonically). */
  private static boolean isSameAddress(Host host, ResolvedTarget source) {
    if (host.kind() == Host.Kind.NAME) {
      return false;
    }
    // ResolvedTarget holds addresses in RFC 5952 canonical form, so equal addresses compare equal.
    return new ResolvedTarget(source.transport(), host.address(), source.port())
        .address()
        .equals(source.address());
  }
}
