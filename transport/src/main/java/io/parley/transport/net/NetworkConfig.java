package io.parley.transport.net;

import io.parley.transport.ListenAddress;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * What a {@link NioNetwork} listens on and the limits it keeps. Build one with {@link #builder()};
 * every limit has a default, and {@code build()} rejects a configuration that cannot work (a TLS
 * listener without a {@link TlsConfig}) with an {@link IllegalArgumentException}.
 */
public final class NetworkConfig {

  /** RFC 5626 §4.4.1: a flow is presumed dead when no pong arrives within 10 seconds. */
  public static final Duration DEFAULT_PONG_TIMEOUT = Duration.ofSeconds(10);

  private final List<ListenAddress> listen;
  private final StreamDecoder.Factory decoders;
  private final TlsConfig tls;
  private final Duration idleTimeout;
  private final Duration inboundIdleTimeout;
  private final Duration connectTimeout;
  private final Duration pongTimeout;
  private final int maxConnections;
  private final int maxQueuedBytes;

  private NetworkConfig(Builder b) {
    this.listen = List.copyOf(b.listen);
    this.decoders = b.decoders;
    this.tls = b.tls;
    this.idleTimeout = b.idleTimeout;
    this.inboundIdleTimeout = b.inboundIdleTimeout;
    this.connectTimeout = b.connectTimeout;
    this.pongTimeout = b.pongTimeout;
    this.maxConnections = b.maxConnections;
    this.maxQueuedBytes = b.maxQueuedBytes;
  }

  /** A builder with the defaults listed on each of its methods. */
  public static Builder builder() {
    return new Builder();
  }

  /** The addresses to listen on, as configured (port 0 not yet replaced). */
  public List<ListenAddress> listen() {
    return listen;
  }

  /** Creates the stream decoder of each TCP/TLS connection. */
  public StreamDecoder.Factory decoders() {
    return decoders;
  }

  /** The TLS configuration, if TLS is used. */
  public Optional<TlsConfig> tls() {
    return Optional.ofNullable(tls);
  }

  /** How long a connection we opened may stay unused before we close it. */
  public Duration idleTimeout() {
    return idleTimeout;
  }

  /** How long a connection a peer opened may stay unused before we close it. */
  public Duration inboundIdleTimeout() {
    return inboundIdleTimeout;
  }

  /** How long a TCP connect plus TLS handshake may take. */
  public Duration connectTimeout() {
    return connectTimeout;
  }

  /** How long to wait for a CRLF pong after a ping. */
  public Duration pongTimeout() {
    return pongTimeout;
  }

  /** The most TCP/TLS connections open at once, inbound and outbound together. */
  public int maxConnections() {
    return maxConnections;
  }

  /** The most bytes waiting to be written on one connection before sends fail. */
  public int maxQueuedBytes() {
    return maxQueuedBytes;
  }

  /** Collects the settings of a {@link NetworkConfig}. Not thread-safe. */
  public static final class Builder {
    private final List<ListenAddress> listen = new ArrayList<>();
    private StreamDecoder.Factory decoders = ContentLengthDecoder.factory(65_535);
    private TlsConfig tls;
    private Duration idleTimeout = Duration.ofMinutes(10);
    private Duration inboundIdleTimeout = Duration.ofMinutes(10);
    private Duration connectTimeout = Duration.ofSeconds(10);
    private Duration pongTimeout = DEFAULT_PONG_TIMEOUT;
    private int maxConnections = 1024;
    private int maxQueuedBytes = 1 << 20;

    private Builder() {}

    /** Adds listen addresses; none means the network only sends (outbound TCP/TLS only). */
    public Builder listen(ListenAddress... addresses) {
      for (ListenAddress address : addresses) {
        listen.add(Objects.requireNonNull(address, "address"));
      }
      return this;
    }

    /** Sets the stream framer; default: {@link ContentLengthDecoder} with a 65,535 byte limit. */
    public Builder decoders(StreamDecoder.Factory factory) {
      this.decoders = Objects.requireNonNull(factory, "factory");
      return this;
    }

    /** Enables TLS listeners and outbound TLS; without it, TLS sends fail with NO_ROUTE. */
    public Builder tls(TlsConfig config) {
      this.tls = Objects.requireNonNull(config, "config");
      return this;
    }

    /** Idle timeout of connections we opened; default 10 minutes. */
    public Builder idleTimeout(Duration timeout) {
      this.idleTimeout = positive(timeout, "idleTimeout");
      return this;
    }

    /** Idle timeout of connections peers opened; default 10 minutes. */
    public Builder inboundIdleTimeout(Duration timeout) {
      this.inboundIdleTimeout = positive(timeout, "inboundIdleTimeout");
      return this;
    }

    /** Limit on TCP connect plus TLS handshake; default 10 seconds. */
    public Builder connectTimeout(Duration timeout) {
      this.connectTimeout = positive(timeout, "connectTimeout");
      return this;
    }

    /** Wait for a CRLF pong; default 10 seconds (RFC 5626 §4.4.1). */
    public Builder pongTimeout(Duration timeout) {
      this.pongTimeout = positive(timeout, "pongTimeout");
      return this;
    }

    /** Most open connections; default 1024. */
    public Builder maxConnections(int max) {
      this.maxConnections = atLeastOne(max, "maxConnections");
      return this;
    }

    /** Most unsent bytes per connection; default 1 MiB. */
    public Builder maxQueuedBytes(int max) {
      this.maxQueuedBytes = atLeastOne(max, "maxQueuedBytes");
      return this;
    }

    /**
     * The configuration.
     *
     * @throws IllegalArgumentException if a TLS listener is configured without {@link #tls}
     */
    public NetworkConfig build() {
      for (ListenAddress address : listen) {
        if (address.protocol().equals("tls") && tls == null) {
          throw new IllegalArgumentException("listener " + address + " needs a TlsConfig");
        }
      }
      return new NetworkConfig(this);
    }

    private static Duration positive(Duration value, String name) {
      Objects.requireNonNull(value, name);
      if (value.isNegative() || value.isZero()) {
        throw new IllegalArgumentException(name + " must be positive, not " + value);
      }
      return value;
    }

    private static int atLeastOne(int value, String name) {
      if (value < 1) {
        throw new IllegalArgumentException(name + " must be at least 1, not " + value);
      }
      return value;
    }
  }
}
