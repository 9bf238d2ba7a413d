package io.parley.api;

/** The SIP transports a phone listens on and sends over (RFC 3261 §18, TLS per §26). */
public enum Transport {
  /** Datagrams (default port 5060). */
  UDP,
  /** A TCP stream (default port 5060). */
  TCP,
  /** TLS over TCP (default port 5061); certificates and host names are verified. */
  TLS;

  io.parley.sip.port.Transport toSip() {
    return io.parley.sip.port.Transport.valueOf(name());
  }
}
