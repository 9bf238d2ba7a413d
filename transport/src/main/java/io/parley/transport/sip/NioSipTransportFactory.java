package io.parley.transport.sip;

import io.parley.sip.port.ListenPoint;
import io.parley.sip.port.SipTransport;
import io.parley.sip.port.SipTransportFactory;
import io.parley.transport.ListenAddress;
import java.io.IOException;
import java.util.List;

/**
 * Opens a {@link NioSipTransport} for a phone's listen points. Registered with {@code
 * META-INF/services}, so {@code Phone.builder()} finds it.
 */
public final class NioSipTransportFactory implements SipTransportFactory {

  @Override
  public SipTransport open(List<ListenPoint> listenPoints) throws IOException {
    return NioSipTransport.open(
        listenPoints.stream()
            .map(p -> new ListenAddress(p.transport().parameterValue(), p.address(), p.port()))
            .toList());
  }
}
