package io.parley.transport.dns;

import io.parley.sip.port.Transport;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.UnknownHostException;
import java.time.Duration;
import java.util.EnumSet;
import java.util.Objects;
import java.util.Set;
import java.util.concurrent.Executor;
import java.util.concurrent.ForkJoinPool;
import java.util.concurrent.ThreadLocalRandom;
import java.util.function.LongSupplier;
import java.util.random.RandomGenerator;
import org.xbill.DNS.Address;
import org.xbill.DNS.ExtendedResolver;
import org.xbill.DNS.Resolver;
import org.xbill.DNS.SimpleResolver;

/**
 * Configures a {@link DnsTargetResolver}. Every setting has a default: the system's DNS servers, a
 * 5-second query timeout, UDP, TCP and TLS, IPv4 before IPv6, and 10,000 cached answers.
 */
public final class DnsTargetResolverBuilder {

  /** How long one query may take before the resolution fails. */
  public static final Duration DEFAULT_TIMEOUT = Duration.ofSeconds(5);

  /** How many answers the cache keeps at most. */
  public static final int DEFAULT_CACHE_ENTRIES = 10_000;

  record Parts(
      DnsLookup lookup, RandomGenerator random, Set<Transport> transports, boolean preferIpv6) {}

  private InetSocketAddress server;
  private Resolver resolver;
  private Duration timeout = DEFAULT_TIMEOUT;
  private RandomGenerator random;
  private LongSupplier nanoClock = System::nanoTime;
  private Executor executor = ForkJoinPool.commonPool();
  private Set<Transport> transports = EnumSet.allOf(Transport.class);
  private boolean preferIpv6;
  private int cacheEntries = DEFAULT_CACHE_ENTRIES;

  DnsTargetResolverBuilder() {}

  /**
   * Asks this DNS server instead of the system's: an IP literal with an optional port, such as
   * {@code 192.0.2.53}, {@code 127.0.0.1:5353} or {@code [::1]:5353}.
   *
   * @throws IllegalArgumentException naming the text if it is not such an address
   */
  public DnsTargetResolverBuilder server(String hostAndPort) {
    Objects.requireNonNull(hostAndPort, "hostAndPort");
    String host = hostAndPort;
    int port = SimpleResolver.DEFAULT_PORT;
    int colon = hostAndPort.lastIndexOf(':');
    if (hostAndPort.startsWith("[")) {
      int close = hostAndPort.indexOf(']');
      if (close < 0 || (close + 1 < hostAndPort.length() && hostAndPort.charAt(close + 1) != ':')) {
        throw new IllegalArgumentException(
            "DNS server '" + hostAndPort + "' is not [address]:port");
      }
      host = hostAndPort.substring(1, close);
      port = close + 1 < hostAndPort.length() ? parsePort(hostAndPort, close + 2) : port;
    } else if (colon > 0 && hostAndPort.indexOf(':') == colon) {
      host = hostAndPort.substring(0, colon);
      port = parsePort(hostAndPort, colon + 1);
    }
    try {
      InetAddress address = Address.getByAddress(host);
      this.server = new InetSocketAddress(address, port);
    } catch (UnknownHostException e) {
      throw new IllegalArgumentException(
          "DNS server '" + hostAndPort + "' must be an IP address, optionally with :port", e);
    }
    return this;
  }

  /** Uses this dnsjava resolver for every query (tests pass a fake); overrides {@link #server}. */
  public DnsTargetResolverBuilder resolver(Resolver resolver) {
    this.resolver = Objects.requireNonNull(resolver, "resolver");
    return this;
  }

  /**
   * How long one query may take.
   *
   * @throws IllegalArgumentException if {@code timeout} is not positive
   */
  public DnsTargetResolverBuilder timeout(Duration timeout) {
    Objects.requireNonNull(timeout, "timeout");
    if (timeout.isNegative() || timeout.isZero()) {
      throw new IllegalArgumentException("DNS timeout must be positive, not " + timeout);
    }
    this.timeout = timeout;
    return this;
  }

  /**
   * The randomness for RFC 2782 weighted selection; tests pass a seeded or scripted one. It is
   * called from whichever thread completes a lookup, so it must be thread-safe unless only one
   * resolution runs at a time.
   */
  public DnsTargetResolverBuilder random(RandomGenerator random) {
    this.random = Objects.requireNonNull(random, "random");
    return this;
  }

  /** The monotonic clock, in nanoseconds, that ages cached answers; tests move it by hand. */
  public DnsTargetResolverBuilder clock(LongSupplier nanoClock) {
    this.nanoClock = Objects.requireNonNull(nanoClock, "nanoClock");
    return this;
  }

  /** Where dnsjava completes its answers; the common fork-join pool by default. */
  public DnsTargetResolverBuilder executor(Executor executor) {
    this.executor = Objects.requireNonNull(executor, "executor");
    return this;
  }

  /**
   * The transports NAPTR and SRV lookups may choose (RFC 3263 §4.1 discards the others). An
   * explicit {@code transport} parameter is honoured whatever this says.
   *
   * @throws IllegalArgumentException if {@code transports} is empty
   */
  public DnsTargetResolverBuilder transports(Set<Transport> transports) {
    Objects.requireNonNull(transports, "transports");
    if (transports.isEmpty()) {
      throw new IllegalArgumentException("at least one transport must be supported");
    }
    this.transports = EnumSet.copyOf(transports);
    return this;
  }

  /** Whether IPv6 addresses of a host come before its IPv4 addresses; IPv4 first by default. */
  public DnsTargetResolverBuilder preferIpv6(boolean preferIpv6) {
    this.preferIpv6 = preferIpv6;
    return this;
  }

  /**
   * How many answers to cache; 0 turns caching off.
   *
   * @throws IllegalArgumentException if negative
   */
  public DnsTargetResolverBuilder cacheEntries(int cacheEntries) {
    if (cacheEntries < 0) {
      throw new IllegalArgumentException("cache entries must not be negative: " + cacheEntries);
    }
    this.cacheEntries = cacheEntries;
    return this;
  }

  /** The resolver. */
  public DnsTargetResolver build() {
    return new DnsTargetResolver(parts());
  }

  Parts parts() {
    Resolver chosen = resolver;
    String description;
    if (chosen != null) {
      description = chosen.toString();
    } else if (server != null) {
      chosen = new SimpleResolver(server);
      description = server.getAddress().getHostAddress() + " port " + server.getPort();
    } else {
      chosen = new ExtendedResolver();
      description = "the system's DNS servers";
    }
    chosen.setTimeout(timeout);
    DnsLookup lookup =
        new DnsLookup(chosen, executor, new DnsCache(nanoClock, cacheEntries), description);
    RandomGenerator draws = random != null ? random : () -> ThreadLocalRandom.current().nextLong();
    return new Parts(lookup, draws, transports, preferIpv6);
  }

  private static int parsePort(String text, int from) {
    try {
      int port = Integer.parseInt(text.substring(from));
      if (port < 1 || port > 65535) {
        throw new IllegalArgumentException(
            "DNS server '" + text + "' has port " + port + "; ports are 1 to 65535");
      }
      return port;
    } catch (NumberFormatException e) {
      throw new IllegalArgumentException(
          "DNS server '" + text + "' has a port that is not a number", e);
    }
  }
}
