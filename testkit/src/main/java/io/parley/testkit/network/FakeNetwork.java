package io.parley.testkit.network;

import io.parley.sip.message.SipMessage;
import io.parley.sip.port.ResolvedTarget;
import io.parley.sip.port.SipTransportFactory;
import io.parley.sip.port.Transport;
import io.parley.sip.syntax.SipParseException;
import io.parley.testkit.loop.VirtualLoop;
import java.io.IOException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Random;

/**
 * A network of {@link FakeTransport} endpoints on one {@link VirtualLoop}. Messages are serialized
 * on send and parsed on arrival, so what a test sees is what would cross a wire.
 *
 * <p>Deterministic: the same seed and the same calls give the same losses, delays and duplicates.
 * Not thread-safe: the test thread drives it through the loop.
 */
public final class FakeNetwork {

  private final VirtualLoop loop;
  private final Random random;
  private final Map<String, FakeTransport> endpoints = new HashMap<>();
  private final Map<String, LinkConditions> links = new HashMap<>();
  private final Map<String, Long> lastReliableArrival = new HashMap<>();
  private final List<Delivery> log = new ArrayList<>();
  private LinkConditions defaults = LinkConditions.PERFECT;
  private int dropped;

  /**
   * A record of one message put on the wire.
   *
   * @param at when it was sent, on the virtual clock
   * @param lost whether the network dropped it (or nobody listened at {@code to})
   */
  public record Delivery(
      Duration at, ResolvedTarget from, ResolvedTarget to, SipMessage message, boolean lost) {}

  /** A network whose random choices come from {@code seed}. */
  public FakeNetwork(VirtualLoop loop, long seed) {
    this.loop = Objects.requireNonNull(loop, "loop");
    this.random = new Random(seed);
  }

  /** The loop every delivery runs on. */
  public VirtualLoop loop() {
    return loop;
  }

  /** Sets the conditions of every link without its own. */
  public void setDefaultConditions(LinkConditions conditions) {
    defaults = Objects.requireNonNull(conditions, "conditions");
  }

  /** Sets the conditions from {@code from} to {@code to} (one direction; IP addresses). */
  public void setConditions(String fromAddress, String toAddress, LinkConditions conditions) {
    links.put(fromAddress + ">" + toAddress, Objects.requireNonNull(conditions, "conditions"));
  }

  /**
   * Adds an endpoint listening on {@code address} for UDP, TCP and TLS on {@code port}.
   *
   * @throws IllegalArgumentException if the address and port are taken
   */
  public FakeTransport endpoint(String address, int port) {
    FakeTransport endpoint = new FakeTransport(this, address, port);
    for (Transport transport : Transport.values()) {
      String key = key(new ResolvedTarget(transport, address, port));
      if (endpoints.putIfAbsent(key, endpoint) != null) {
        throw new IllegalArgumentException(address + ":" + port + " is already in use");
      }
    }
    return endpoint;
  }

  void unbind(FakeTransport endpoint) {
    endpoints.values().removeIf(e -> e == endpoint);
  }

  /**
   * A transport factory that binds an endpoint at {@code address}, on the port of the first listen
   * point (5060 when that port is 0), for {@code Phone.builder().transportFactory(..)}.
   */
  public SipTransportFactory transportFactory(String address) {
    return points -> {
      int port = points.isEmpty() || points.get(0).port() == 0 ? 5060 : points.get(0).port();
      try {
        return endpoint(address, port);
      } catch (IllegalArgumentException taken) {
        throw new IOException(taken.getMessage(), taken);
      }
    };
  }

  /** Every message sent so far, in sending order (lost ones too). */
  public List<Delivery> log() {
    return List.copyOf(log);
  }

  /** Forgets the log (not the endpoints). */
  public void clearLog() {
    log.clear();
  }

  /** How many datagrams the network dropped so far. */
  public int droppedCount() {
    return dropped;
  }

  void send(FakeTransport sender, SipMessage message, ResolvedTarget target) {
    ResolvedTarget from = sender.address(target.transport());
    FakeTransport receiver = endpoints.get(key(target));
    LinkConditions conditions =
        links.getOrDefault(from.address() + ">" + target.address(), defaults);
    boolean reliable = target.transport().isReliable();
    if (receiver == null) {
      log.add(new Delivery(loop.elapsed(), from, target, message, true));
      if (reliable) {
        loop.execute(() -> sender.sendFailed(message, target, "connection refused by " + target));
      }
      return;
    }
    byte[] bytes = message.toByteArray();
    boolean lost = !reliable && random.nextDouble() < conditions.loss();
    log.add(new Delivery(loop.elapsed(), from, target, message, lost));
    if (lost) {
      dropped++;
      return;
    }
    schedule(receiver, bytes, from, delay(conditions, reliable, from, target));
    if (!reliable && random.nextDouble() < conditions.duplication()) {
      schedule(receiver, bytes, from, delay(conditions, false, from, target));
    }
  }

  private Duration delay(
      LinkConditions conditions, boolean reliable, ResolvedTarget from, ResolvedTarget to) {
    long nanos = conditions.delay().toNanos();
    long jitter = conditions.jitter().toNanos();
    if (jitter > 0) {
      nanos += (long) (random.nextDouble() * jitter);
    }
    if (reliable) {
      // A stream delivers in order: never before the previous message on the same link.
      String link = key(from) + ">" + key(to);
      long arrival = Math.max(loop.nanoTime() + nanos, lastReliableArrival.getOrDefault(link, 0L));
      lastReliableArrival.put(link, arrival);
      nanos = arrival - loop.nanoTime();
    }
    return Duration.ofNanos(nanos);
  }

  private void schedule(FakeTransport receiver, byte[] bytes, ResolvedTarget from, Duration d) {
    loop.schedule(d, () -> receiver.deliver(bytes, from));
  }

  static SipMessage parse(byte[] bytes) throws SipParseException {
    return SipMessage.parse(bytes);
  }

  private static String key(ResolvedTarget target) {
    return target.transport() + "/" + target.address() + "/" + target.port();
  }
}
