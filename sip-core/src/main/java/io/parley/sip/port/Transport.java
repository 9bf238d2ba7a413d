package io.parley.sip.port;

import java.util.Locale;
import java.util.Objects;

/**
 * The SIP transports Parley speaks, as named in the Via header and the {@code transport} URI
 * parameter (RFC 3261 §18, §19.1.1; TLS per §26.2 and RFC 3263 §4.1).
 */
public enum Transport {
  /** Datagrams; unreliable, so transactions retransmit (RFC 3261 §17.1.1.2). */
  UDP(5060, false, false),
  /** A reliable stream. */
  TCP(5060, true, false),
  /** TLS over TCP: reliable and secure; the only transport a {@code sips:} URI may use. */
  TLS(5061, true, true);

  private final int defaultPort;
  private final boolean reliable;
  private final boolean secure;

  Transport(int defaultPort, boolean reliable, boolean secure) {
    this.defaultPort = defaultPort;
    this.reliable = reliable;
    this.secure = secure;
  }

  /** The port used when neither the URI nor DNS gives one: 5060, or 5061 for TLS (§19.1.2). */
  public int defaultPort() {
    return defaultPort;
  }

  /** Whether the transport delivers in order without loss, so timers A, E and G are not used. */
  public boolean isReliable() {
    return reliable;
  }

  /** Whether the transport encrypts and authenticates the peer (TLS). */
  public boolean isSecure() {
    return secure;
  }

  /**
   * Reads the value of a {@code transport} URI parameter or a Via transport token, ignoring case.
   *
   * @throws IllegalArgumentException naming the value if it is not udp, tcp or tls (for example
   *     sctp or ws, which Parley does not speak)
   */
  public static Transport fromParameter(String value) {
    Objects.requireNonNull(value, "value");
    return switch (value.toLowerCase(Locale.ROOT)) {
      case "udp" -> UDP;
      case "tcp" -> TCP;
      case "tls" -> TLS;
      default ->
          throw new IllegalArgumentException(
              "transport must be udp, tcp or tls, not '" + value + "'");
    };
  }

  /** The lower-case token used in URI parameters, such as {@code tcp}. */
  public String parameterValue() {
    return name().toLowerCase(Locale.ROOT);
  }
}
