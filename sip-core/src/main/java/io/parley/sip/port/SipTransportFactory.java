package io.parley.sip.port;

import java.io.IOException;
import java.util.List;

/**
 * Opens the SIP transport a phone sends and receives through. The production adapter binds real
 * sockets; the testkit's binds an endpoint of an in-memory network. Found with {@link
 * java.util.ServiceLoader} or passed to the phone builder.
 */
@FunctionalInterface
public interface SipTransportFactory {

  /**
   * Binds every listen point.
   *
   * @throws IOException naming the listen point that could not be bound (for example "udp:
   *     0.0.0.0:5060 is already in use"); nothing stays bound when this throws
   */
  SipTransport open(List<ListenPoint> listenPoints) throws IOException;
}
