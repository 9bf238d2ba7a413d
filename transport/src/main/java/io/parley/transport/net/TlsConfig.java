package io.parley.transport.net;

import java.util.List;
import java.util.Objects;
import javax.net.ssl.SNIHostName;
import javax.net.ssl.SSLContext;
import javax.net.ssl.SSLEngine;
import javax.net.ssl.SSLParameters;

/**
 * How TLS connections are made (RFC 3261 §26.3.1, RFC 5922). The {@link SSLContext} carries our
 * certificate (its key managers) and the certificates we trust (its trust managers); the JDK's
 * default trust managers verify the peer's chain, so a context built with them verifies
 * certificates. On top of that, outbound connections check that the server's certificate names the
 * host we meant to reach, unless {@link #withoutHostnameVerification()} turns that off.
 *
 * @param context the JDK TLS context with key and trust managers
 * @param clientAuth whether servers ask clients for a certificate (mutual TLS)
 * @param verifyHostname whether outbound connections check the server's name (on by default)
 * @param protocols the enabled protocol versions, by default TLSv1.3 and TLSv1.2
 */
public record TlsConfig(
    SSLContext context, ClientAuth clientAuth, boolean verifyHostname, List<String> protocols) {

  /** Whether a TLS server asks for, or insists on, a client certificate. */
  public enum ClientAuth {
    /** The server does not ask for a client certificate. */
    NONE,
    /** The server asks; a client without a certificate is still accepted. */
    WANT,
    /** The server insists; the handshake fails without a trusted client certificate. */
    NEED
  }

  /**
   * Checks the parts and copies the protocol list.
   *
   * @throws IllegalArgumentException if {@code protocols} is empty or names a version the context
   *     does not support
   */
  public TlsConfig {
    Objects.requireNonNull(context, "context");
    Objects.requireNonNull(clientAuth, "clientAuth");
    protocols = List.copyOf(protocols);
    if (protocols.isEmpty()) {
      throw new IllegalArgumentException("at least one TLS protocol version is needed");
    }
    List<String> supported = List.of(context.getSupportedSSLParameters().getProtocols());
    for (String version : protocols) {
      if (!supported.contains(version)) {
        throw new IllegalArgumentException(
            "TLS protocol version '" + version + "' is not supported; choose from " + supported);
      }
    }
  }

  /**
   * A configuration with certificate and host-name verification on, no client certificates
   * requested, TLS 1.3 and 1.2.
   */
  public static TlsConfig of(SSLContext context) {
    return new TlsConfig(context, ClientAuth.NONE, true, List.of("TLSv1.3", "TLSv1.2"));
  }

  /** The same configuration with servers asking for client certificates as given. */
  public TlsConfig withClientAuth(ClientAuth mode) {
    return new TlsConfig(context, mode, verifyHostname, protocols);
  }

  /**
   * The same configuration without host-name checks on outbound connections. The certificate chain
   * is still verified by the context's trust managers. Only for peers reached by address whose
   * certificates name no address; this weakens security.
   */
  public TlsConfig withoutHostnameVerification() {
    return new TlsConfig(context, clientAuth, false, protocols);
  }

  /**
   * The same configuration with other protocol versions, e.g. {@code "TLSv1.3"} only.
   *
   * @throws IllegalArgumentException if no version is given or the context does not support one,
   *     naming it
   */
  public TlsConfig withProtocols(String... versions) {
    return new TlsConfig(context, clientAuth, verifyHostname, List.of(versions));
  }

  /**
   * An engine for a connection we open to {@code peerHost}.
   *
   * @param peerHost the host name to verify and send as SNI, or the IP literal when no name is
   *     known (the certificate must then name the address)
   */
  SSLEngine clientEngine(String peerHost, int port) {
    SSLEngine engine = context.createSSLEngine(peerHost, port);
    engine.setUseClientMode(true);
    SSLParameters parameters = engine.getSSLParameters();
    parameters.setProtocols(protocols.toArray(String[]::new));
    if (verifyHostname) {
      // RFC 5922 §7.3: the server's identity is the host part of the URI we were given.
      parameters.setEndpointIdentificationAlgorithm("HTTPS");
    }
    if (!isAddressLiteral(peerHost)) {
      parameters.setServerNames(List.of(new SNIHostName(peerHost)));
    }
    engine.setSSLParameters(parameters);
    return engine;
  }

  /** An engine for a connection a peer opened to us. */
  SSLEngine serverEngine() {
    SSLEngine engine = context.createSSLEngine();
    engine.setUseClientMode(false);
    SSLParameters parameters = engine.getSSLParameters();
    parameters.setProtocols(protocols.toArray(String[]::new));
    switch (clientAuth) {
      case NEED -> parameters.setNeedClientAuth(true);
      case WANT -> parameters.setWantClientAuth(true);
      case NONE -> parameters.setNeedClientAuth(false);
    }
    engine.setSSLParameters(parameters);
    return engine;
  }

  private static boolean isAddressLiteral(String host) {
    return host.indexOf(':') >= 0 || host.chars().allMatch(c -> c == '.' || Character.isDigit(c));
  }
}
