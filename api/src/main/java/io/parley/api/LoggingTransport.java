package io.parley.api;

import io.parley.sip.message.SipMessage;
import io.parley.sip.port.ResolvedTarget;
import io.parley.sip.port.SipTransport;
import io.parley.sip.port.Transport;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.function.Consumer;
import java.util.function.Supplier;
import java.util.regex.Pattern;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Wraps a transport to log every SIP message sent and received, at debug level and (when switched
 * on) as {@link SignalingLogged} events. Digest {@code response} values are masked.
 */
final class LoggingTransport implements SipTransport {

  private static final Logger LOG = LoggerFactory.getLogger("io.parley.sip.wire");
  private static final Pattern DIGEST_RESPONSE =
      Pattern.compile("(?i)(response\\s*=\\s*\")[^\"]*(\")");

  private final SipTransport delegate;
  private final Consumer<SignalingLogged> events;
  private final Supplier<Instant> clock;
  private volatile boolean publishEvents;

  LoggingTransport(
      SipTransport delegate, Consumer<SignalingLogged> events, Supplier<Instant> clock) {
    this.delegate = delegate;
    this.events = events;
    this.clock = clock;
  }

  void publishEvents(boolean on) {
    publishEvents = on;
  }

  @Override
  public void send(SipMessage message, ResolvedTarget target) {
    record(SignalingLogged.Direction.SENT, message, target);
    delegate.send(message, target);
  }

  @Override
  public String sentBy(Transport transport) {
    return delegate.sentBy(transport);
  }

  @Override
  public void listen(Listener listener) {
    delegate.listen(
        new Listener() {
          @Override
          public void onMessage(SipMessage message, ResolvedTarget source) {
            record(SignalingLogged.Direction.RECEIVED, message, source);
            listener.onMessage(message, source);
          }

          @Override
          public void onSendFailed(SipMessage message, ResolvedTarget target, String reason) {
            LOG.debug("send to {} failed: {}", target, reason);
            listener.onSendFailed(message, target, reason);
          }

          @Override
          public void onFlowFailed(ResolvedTarget peer, String reason) {
            LOG.debug("flow to {} failed: {}", peer, reason);
            listener.onFlowFailed(peer, reason);
          }
        });
  }

  @Override
  public void keepAlive(ResolvedTarget peer) {
    delegate.keepAlive(peer);
  }

  @Override
  public void close() {
    delegate.close();
  }

  private void record(
      SignalingLogged.Direction direction, SipMessage message, ResolvedTarget peer) {
    if (!publishEvents && !LOG.isDebugEnabled()) {
      return;
    }
    String text = mask(new String(message.toByteArray(), StandardCharsets.UTF_8));
    LOG.debug(
        "{} {} {}:\n{}",
        direction,
        direction == SignalingLogged.Direction.SENT ? "to" : "from",
        peer,
        text);
    if (publishEvents) {
      String remote =
          peer.isIpv6()
              ? "[" + peer.address() + "]:" + peer.port()
              : peer.address() + ":" + peer.port();
      events.accept(
          new SignalingLogged(clock.get(), direction, peer.transport().name(), remote, text));
    }
  }

  static String mask(String text) {
    return DIGEST_RESPONSE.matcher(text).replaceAll("$1***$2");
  }
}
