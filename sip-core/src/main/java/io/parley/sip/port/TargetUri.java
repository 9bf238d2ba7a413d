package io.parley.sip.port;

import java.util.Objects;
import java.util.Optional;
import java.util.OptionalInt;

/**
 * What a {@link TargetResolver} resolves: the parts of a SIP or SIPS URI that RFC 3263 §4 uses.
 *
 * <p>The caller picks the URI per RFC 3263 §4 (the Request-URI, or the first Route's URI) and
 * passes its {@code maddr} parameter as the host if it has one.
 *
 * @param secure {@code true} for a {@code sips:} URI, which may only be reached over TLS
 * @param host a domain name, an IPv4 literal or an IPv6 literal (brackets optional, stored without)
 * @param port the explicit port, if the URI has one
 * @param transport the {@code transport} parameter, if the URI has one
 */
public record TargetUri(
    boolean secure, String host, OptionalInt port, Optional<Transport> transport) {

  /**
   * Validates the parts.
   *
   * @throws IllegalArgumentException naming the part that is wrong: an empty host, a port out of 1
   *     to 65535, or a {@code sips:} URI with {@code transport=udp} (RFC 3261 §26.2.2 allows TLS
   *     only)
   */
  public TargetUri {
    Objects.requireNonNull(host, "host");
    Objects.requireNonNull(port, "port");
    Objects.requireNonNull(transport, "transport");
    host = IpLiterals.stripBrackets(host);
    if (host.isEmpty() || host.indexOf('[') >= 0 || host.indexOf(']') >= 0) {
      throw new IllegalArgumentException(
          "target host must be a name or address, not '" + host + "'");
    }
    if (port.isPresent() && (port.getAsInt() < 1 || port.getAsInt() > 65535)) {
      throw new IllegalArgumentException("target port must be 1 to 65535, not " + port.getAsInt());
    }
    if (secure && transport.isPresent() && transport.get() == Transport.UDP) {
      throw new IllegalArgumentException(
          "a sips: URI cannot use transport=udp (RFC 3261 §26.2.2); host '" + host + "'");
    }
  }

  /** A {@code sip:} URI with only a host. */
  public static TargetUri sip(String host) {
    return new TargetUri(false, host, OptionalInt.empty(), Optional.empty());
  }

  /** A {@code sips:} URI with only a host. */
  public static TargetUri sips(String host) {
    return new TargetUri(true, host, OptionalInt.empty(), Optional.empty());
  }

  /**
   * This URI with an explicit port.
   *
   * @throws IllegalArgumentException if {@code port} is not 1 to 65535
   */
  public TargetUri withPort(int port) {
    return new TargetUri(secure, host, OptionalInt.of(port), transport);
  }

  /**
   * This URI with a {@code transport} parameter.
   *
   * @throws IllegalArgumentException if this is a {@code sips:} URI and {@code transport} is UDP
   */
  public TargetUri withTransport(Transport transport) {
    return new TargetUri(secure, host, port, Optional.of(transport));
  }

  /** Whether the host is an IPv4 or IPv6 literal, so no DNS lookup is needed (RFC 3263 §4.1). */
  public boolean numericHost() {
    return IpLiterals.isIpLiteral(host);
  }

  /** Whether the host is an IPv6 literal. */
  public boolean ipv6Host() {
    return IpLiterals.isIpv6(host);
  }

  @Override
  public String toString() {
    StringBuilder text = new StringBuilder(secure ? "sips:" : "sip:");
    text.append(ipv6Host() ? "[" + host + "]" : host);
    port.ifPresent(p -> text.append(':').append(p));
    transport.ifPresent(t -> text.append(";transport=").append(t.parameterValue()));
    return text.toString();
  }
}
