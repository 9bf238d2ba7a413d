package io.parley.transport.net;

import java.nio.ByteBuffer;
import java.security.cert.X509Certificate;
import java.util.List;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** Calls the user's listener so that its exceptions are logged and never reach the I/O thread. */
final class GuardedListener implements NetworkListener {

  private static final Logger LOG = LoggerFactory.getLogger(GuardedListener.class);

  private final NetworkListener delegate;

  GuardedListener(NetworkListener delegate) {
    this.delegate = delegate;
  }

  @Override
  public void onMessage(Flow flow, ByteBuffer message) {
    try {
      delegate.onMessage(flow, message);
    } catch (RuntimeException e) {
      LOG.error("listener failed on a message from {}", flow, e);
    }
  }

  @Override
  public void onSendFailure(SendFailure failure) {
    try {
      delegate.onSendFailure(failure);
    } catch (RuntimeException e) {
      LOG.error("listener failed on {}", failure, e);
    }
  }

  @Override
  public void onFlowOpened(Flow flow, List<X509Certificate> peerCertificates) {
    try {
      delegate.onFlowOpened(flow, peerCertificates);
    } catch (RuntimeException e) {
      LOG.error("listener failed on the opening of {}", flow, e);
    }
  }

  @Override
  public void onFlowClosed(Flow flow, String reason) {
    try {
      delegate.onFlowClosed(flow, reason);
    } catch (RuntimeException e) {
      LOG.error("listener failed on the close of {}", flow, e);
    }
  }

  @Override
  public void onPongMissing(Flow flow) {
    try {
      delegate.onPongMissing(flow);
    } catch (RuntimeException e) {
      LOG.error("listener failed on a missing pong on {}", flow, e);
    }
  }
}
