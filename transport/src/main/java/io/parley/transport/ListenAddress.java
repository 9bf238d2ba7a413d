package io.parley.transport;

import java.util.Locale;
import java.util.Objects;

/**
 * Where a SIP transport listens: a protocol, a literal IP address and a port, written as {@code
 * udp:127.0.0.1:5060}, {@code tcp:0.0.0.0:5060} or {@code tls:[::1]:5061}.
 *
 * <p>The host must be a literal address (IPv6 in brackets, RFC 5118 style): a listener never
 * resolves names. Port 0 asks the system for a free port.
 *
 * @param protocol {@code udp}, {@code tcp} or {@code tls}
 * @param host the literal address, without brackets
 * @param port 0 to 65535
 */
public record ListenAddress(String protocol, String host, int port) {

  /** The default SIP port for UDP and TCP (RFC 3261 §19.1.2). */
  public static final int SIP_PORT = 5060;

  /** The default SIP port for TLS (RFC 3261 §19.1.2). */
  public static final int SIPS_PORT = 5061;

  /** Validates the parts; see {@link #parse} for the rules. */
  public ListenAddress {
    Objects.requireNonNull(protocol, "protocol");
    Objects.requireNonNull(host, "host");
    protocol = protocol.toLowerCase(Locale.ROOT);
    if (!protocol.equals("udp") && !protocol.equals("tcp") && !protocol.equals("tls")) {
      throw new IllegalArgumentException(
          "protocol must be udp, tcp or tls, not '" + protocol + "'");
    }
    if (!isLiteralAddress(host)) {
      throw new IllegalArgumentException(
          "listen host must be a literal IPv4 or IPv6 address, not '" + host + "'");
    }
    if (port < 0 || port > 65535) {
      throw new IllegalArgumentException("port must be 0 to 65535, not " + port);
    }
  }

  /**
   * Parses {@code protocol:host[:port]}; without a port, 5060 (5061 for TLS) is used.
   *
   * @throws IllegalArgumentException naming the text and what was wrong with it
   */
  public static ListenAddress parse(String text) {
    Objects.requireNonNull(text, "text");
    int colon = text.indexOf(':');
    if (colon <= 0) {
      throw new IllegalArgumentException(
          "listen address '" + text + "' must look like udp:127.0.0.1:5060");
    }
    String protocol = text.substring(0, colon);
    String rest = text.substring(colon + 1);
    String host;
    String portText = null;
    if (rest.startsWith("[")) {
      int close = rest.indexOf(']');
      if (close < 0) {
        throw new IllegalArgumentException("listen address '" + text + "' lacks a closing ']'");
      }
      host = rest.substring(1, close);
      String after = rest.substring(close + 1);
      if (!after.isEmpty()) {
        if (!after.startsWith(":")) {
          throw new IllegalArgumentException(
              "listen address '" + text + "' has '" + after + "' after the IPv6 address");
        }
        portText = after.substring(1);
      }
    } else {
      int portColon = rest.lastIndexOf(':');
      if (portColon >= 0 && rest.indexOf(':') != portColon) {
        throw new IllegalArgumentException(
            "listen address '" + text + "': write IPv6 addresses in brackets, [::1]:5060");
      }
      host = portColon >= 0 ? rest.substring(0, portColon) : rest;
      portText = portColon >= 0 ? rest.substring(portColon + 1) : null;
    }
    int port = defaultPort(protocol);
    if (portText != null) {
      try {
        port = Integer.parseInt(portText);
      } catch (NumberFormatException e) {
        throw new IllegalArgumentException(
            "listen address '" + text + "' has a port that is not a number: '" + portText + "'", e);
      }
    }
    return new ListenAddress(protocol, host, port);
  }

  /** Whether the address is IPv6. */
  public boolean isIpv6() {
    return host.indexOf(':') >= 0;
  }

  @Override
  public String toString() {
    return protocol + ":" + (isIpv6() ? "[" + host + "]" : host) + ":" + port;
  }

  private static int defaultPort(String protocol) {
    return protocol.equalsIgnoreCase("tls") ? SIPS_PORT : SIP_PORT;
  }

  private static boolean isLiteralAddress(String host) {
    if (host.indexOf(':') >= 0) {
      return host.chars().allMatch(c -> Character.digit(c, 16) >= 0 || c == ':' || c == '.');
    }
    String[] parts = host.split("\\.", -1);
    if (parts.length != 4) {
      return false;
    }
    for (String part : parts) {
      if (part.isEmpty() || part.length() > 3 || !part.chars().allMatch(Character::isDigit)) {
        return false;
      }
      if (Integer.parseInt(part) > 255) {
        return false;
      }
    }
    return true;
  }
}
