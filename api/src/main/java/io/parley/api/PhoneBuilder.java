package io.parley.api;

import io.parley.sip.port.ListenPoint;
import io.parley.sip.port.Loop;
import io.parley.sip.port.LoopFactory;
import io.parley.sip.port.SipTransportFactory;
import io.parley.sip.port.TargetResolver;
import io.parley.sip.transaction.TransactionTimers;
import java.time.Duration;
import java.util.List;
import java.util.Locale;
import java.util.Objects;

/**
 * Configures a {@link Phone}. Every setting has a default: a phone built with no settings listens
 * on UDP on an ephemeral port of every interface, runs one loop per core, and finds its transport,
 * loops and DNS resolver with {@link java.util.ServiceLoader}.
 */
public final class PhoneBuilder {

  private final PhoneBuilderSettings settings = new PhoneBuilderSettings();

  PhoneBuilder() {}

  /**
   * Listens on {@code port} of every interface for {@code transport}.
   *
   * @throws IllegalArgumentException if the port is not 0 to 65535
   */
  public PhoneBuilder listen(Transport transport, int port) {
    return listen(transport, "0.0.0.0", port);
  }

  /**
   * Listens on a literal address ({@code 127.0.0.1}, {@code ::1}) and port.
   *
   * @throws IllegalArgumentException if the port is not 0 to 65535 or the address is empty
   */
  public PhoneBuilder listen(Transport transport, String address, int port) {
    settings.listen.add(new ListenPoint(transport.toSip(), address, port));
    return this;
  }

  /**
   * Listens where {@code spec} says: {@code udp:127.0.0.1:5090}, {@code tcp:0.0.0.0:5060}, {@code
   * tls:[::1]:5061}.
   *
   * @throws IllegalArgumentException naming the spec and what is wrong with it
   */
  public PhoneBuilder listen(String spec) {
    Objects.requireNonNull(spec, "spec");
    int colon = spec.indexOf(':');
    int portColon = spec.lastIndexOf(':');
    if (colon <= 0 || portColon == colon) {
      throw new IllegalArgumentException(
          "listen spec '" + spec + "' must look like udp:127.0.0.1:5060");
    }
    Transport transport;
    try {
      transport = Transport.valueOf(spec.substring(0, colon).toUpperCase(Locale.ROOT));
    } catch (IllegalArgumentException e) {
      throw new IllegalArgumentException(
          "listen spec '" + spec + "': transport must be udp, tcp or tls", e);
    }
    String host = spec.substring(colon + 1, portColon);
    if (host.startsWith("[") && host.endsWith("]")) {
      host = host.substring(1, host.length() - 1);
    }
    int port;
    try {
      port = Integer.parseInt(spec.substring(portColon + 1));
    } catch (NumberFormatException e) {
      throw new IllegalArgumentException("listen spec '" + spec + "': the port is not a number", e);
    }
    return listen(transport, host, port);
  }

  /** The User-Agent header of every request (default {@code Parley/0.1}). */
  public PhoneBuilder userAgent(String value) {
    settings.userAgent = Objects.requireNonNull(value, "userAgent");
    return this;
  }

  /**
   * How many SIP loops to run (default: one per core). Calls and registrations are spread over them
   * by Call-ID.
   *
   * @throws IllegalArgumentException if {@code count} is below 1
   */
  public PhoneBuilder loops(int count) {
    if (count < 1) {
      throw new IllegalArgumentException("loops must be at least 1, not " + count);
    }
    settings.loops = count;
    return this;
  }

  /**
   * The codecs to offer, by name, in preference order (default PCMU, PCMA): PCMU, PCMA, G722, opus,
   * and telephone-event for RFC 4733 DTMF. Unknown names make {@link #build()} throw an
   * IllegalArgumentException naming them.
   */
  public PhoneBuilder codecs(String... names) {
    settings.codecs = List.of(names);
    return this;
  }

  /**
   * How many calls may be up at once (default 16): calls take lines 1 to {@code count}; an incoming
   * call beyond it is answered 486 Busy Here, an outgoing one throws.
   *
   * @throws IllegalArgumentException if {@code count} is below 1
   */
  public PhoneBuilder maxLines(int count) {
    if (count < 1) {
      throw new IllegalArgumentException("maxLines must be at least 1, not " + count);
    }
    settings.maxLines = count;
    return this;
  }

  /** Publishes a {@link SignalingLogged} event for every SIP message (default off). */
  public PhoneBuilder logMessages(boolean on) {
    settings.logMessages = on;
    return this;
  }

  /**
   * The RFC 3261 timer base values (defaults T1 500 ms, T2 4 s, T4 5 s).
   *
   * @throws IllegalArgumentException if a value is not positive or T2 is below T1
   */
  public PhoneBuilder timers(Duration t1, Duration t2, Duration t4) {
    settings.timers = new TransactionTimers(t1, t2, t4);
    return this;
  }

  /** Uses this transport adapter instead of the one {@link java.util.ServiceLoader} finds. */
  public PhoneBuilder transportFactory(SipTransportFactory factory) {
    settings.transportFactory = Objects.requireNonNull(factory, "factory");
    return this;
  }

  /** Uses this loop adapter instead of the one {@link java.util.ServiceLoader} finds. */
  public PhoneBuilder loopFactory(LoopFactory factory) {
    settings.loopFactory = Objects.requireNonNull(factory, "factory");
    return this;
  }

  /**
   * Runs everything on this one loop, which the caller owns and drives (the testkit's virtual loop,
   * typically). The phone never closes it.
   */
  public PhoneBuilder loop(Loop loop) {
    settings.loop = Objects.requireNonNull(loop, "loop");
    return this;
  }

  /** Uses this DNS resolver instead of the one {@link java.util.ServiceLoader} finds. */
  public PhoneBuilder resolver(TargetResolver resolver) {
    settings.resolver = Objects.requireNonNull(resolver, "resolver");
    return this;
  }

  /**
   * Opens the transports and starts the loops.
   *
   * @throws java.io.UncheckedIOException naming the listen point that could not be bound
   * @throws IllegalStateException if no adapter is found for a port and none was given
   */
  public Phone build() {
    return new Phone(settings);
  }
}
