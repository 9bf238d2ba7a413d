package io.parley.transport.net;

import java.util.Locale;

/** The transport protocols of RFC 3261 §18 that the network layer carries. */
public enum Protocol {
  /** Datagrams; each datagram is one message (RFC 3261 §18.3). */
  UDP,
  /** A byte stream framed by the caller's {@link StreamDecoder}. */
  TCP,
  /** TCP inside TLS 1.2 or 1.3 (RFC 3261 §26.3.1). */
  TLS;

  /** Whether messages travel on a connection that must be framed. */
  public boolean isStream() {
    return this != UDP;
  }

  /**
   * The protocol named {@code udp}, {@code tcp} or {@code tls}, in any case, as used by {@link
   * io.parley.transport.ListenAddress}.
   *
   * @throws IllegalArgumentException naming the text when it is none of the three
   */
  public static Protocol of(String name) {
    return switch (name.toLowerCase(Locale.ROOT)) {
      case "udp" -> UDP;
      case "tcp" -> TCP;
      case "tls" -> TLS;
      default -> throw new IllegalArgumentException("unknown protocol '" + name + "'");
    };
  }

  /** The lower-case name, as in {@code ListenAddress} and Via {@code transport} tokens. */
  public String token() {
    return name().toLowerCase(Locale.ROOT);
  }
}
