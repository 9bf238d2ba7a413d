package io.parley.transport.sip;

import io.parley.sip.port.ListenPoint;
import io.parley.sip.port.SipTransport;
import io.parley.sip.port.SipTransportFactory;
import io.parley.transport.ListenAddress;
import io.parley.transport.net.TlsConfig;
import java.io.IOException;
import java.util.List;
import java.util.Objects;

/**
 * Opens a {@link NioSipTransport} for a phone's listen points. Registered with {@code
 * META-INF/services}, so {@code Phone.builder()} finds it (without TLS). For TLS, pass one made
 * with {@link #withTls(TlsConfig)} to {@code Phone.builder().transportFactory(..)}.
 */
public final class NioSipTransportFactory implements SipTransportFactory {

  private final TlsConfig tls;

  /** A factory without TLS (the one {@link java.util.ServiceLoader} creates). */
  public NioSipTransportFactory() {
    this(null);
  }

  private NioSipTransportFactory(TlsConfig tls) {
    this.tls = tls;
  }

  /** A factory whose transports speak TLS with {@code tls}'s certificates and trust. */
  public static NioSipTransportFactory withTls(TlsConfig tls) {
    return new NioSipTransportFactory(Objects.requireNonNull(tls, "tls"));
  }

  @Override
  public SipTransport open(List<ListenPoint> listenPoints) throws IOException {
    return NioSipTransport.open(
        listenPoints.stream()
            .map(p -> new ListenAddress(p.transport().parameterValue(), p.address(), p.port()))
            .toList(),
        tls);
  }
}
