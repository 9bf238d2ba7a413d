package io.parley.transport.dns;

import io.parley.sip.port.ResolvedTarget;
import io.parley.sip.port.TargetResolutionException;
import io.parley.sip.port.TargetResolver;
import io.parley.sip.port.TargetUri;
import io.parley.sip.port.Transport;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.CompletionStage;
import java.util.random.RandomGenerator;
import org.xbill.DNS.AAAARecord;
import org.xbill.DNS.ARecord;
import org.xbill.DNS.NAPTRRecord;
import org.xbill.DNS.Name;
import org.xbill.DNS.Record;
import org.xbill.DNS.SRVRecord;
import org.xbill.DNS.TextParseException;
import org.xbill.DNS.Type;

/**
 * Resolves SIP and SIPS URIs with DNS as RFC 3263 §4 says, using dnsjava's asynchronous API so no
 * thread waits on the network.
 *
 * <ol>
 *   <li>A numeric host needs no DNS: the {@code transport} parameter or UDP ({@code sip:}) / TLS
 *       ({@code sips:}), and the explicit or default port.
 *   <li>An explicit port: A/AAAA of the host, with the given or default transport.
 *   <li>An explicit transport: SRV for it ({@code _sip._udp}, {@code _sip._tcp}, {@code
 *       _sips._tcp}), else A/AAAA on the default port.
 *   <li>Otherwise NAPTR (§4.1): SIP+D2U, SIP+D2T, SIPS+D2T records of the lowest order, by
 *       preference, each followed to its SRV. With no usable NAPTR: SRV for {@code _sips._tcp},
 *       {@code _sip._tcp}, {@code _sip._udp} in that order (only the first for {@code sips:}). With
 *       no SRV either: A/AAAA on port 5060 over UDP, or 5061 over TLS for {@code sips:}.
 * </ol>
 *
 * <p>SRV records are ordered by priority and weighted random draw (RFC 2782, §4.2), every address
 * of a host becomes a target, and answers are cached for their TTL. When the targets are TLS, the
 * certificate must match the URI's host, not the SRV target (RFC 5922 §4). Thread-safe.
 */
public final class DnsTargetResolver implements TargetResolver {

  private final DnsLookup lookup;
  private final RandomGenerator random;
  private final Set<Transport> transports;
  private final boolean preferIpv6;

  /** A resolver that asks the system's DNS servers, with every default of {@link #builder()}. */
  public DnsTargetResolver() {
    this(builder().parts());
  }

  DnsTargetResolver(DnsTargetResolverBuilder.Parts parts) {
    this.lookup = parts.lookup();
    this.random = parts.random();
    this.transports = Set.copyOf(parts.transports());
    this.preferIpv6 = parts.preferIpv6();
  }

  /** Starts configuring a resolver: DNS server, timeout, clock, randomness, cache size. */
  public static DnsTargetResolverBuilder builder() {
    return new DnsTargetResolverBuilder();
  }

  /**
   * {@inheritDoc}
   *
   * <p>The stage completes on a dnsjava or executor thread, or at once when every answer is cached.
   * It fails with {@link TargetResolutionException} if the host is not a valid domain name, a query
   * times out or gets a server error, or no record leads to an address.
   */
  @Override
  public CompletionStage<List<ResolvedTarget>> resolve(TargetUri uri) {
    Objects.requireNonNull(uri, "uri");
    CompletableFuture<List<ResolvedTarget>> result = new CompletableFuture<>();
    CompletionStage<List<ResolvedTarget>> plan;
    try {
      plan = plan(uri);
    } catch (TargetResolutionException | CompletionException e) {
      plan = CompletableFuture.failedFuture(unwrap(e));
    }
    plan.whenComplete(
        (targets, failure) -> {
          if (failure != null) {
            result.completeExceptionally(unwrap(failure));
          } else if (targets.isEmpty()) {
            result.completeExceptionally(
                new TargetResolutionException(
                    "no SIP targets for "
                        + uri
                        + ": DNS has no usable NAPTR, SRV, A or AAAA records for "
                        + uri.host()));
          } else {
            result.complete(List.copyOf(targets));
          }
        });
    return result;
  }

  private CompletionStage<List<ResolvedTarget>> plan(TargetUri uri)
      throws TargetResolutionException {
    Transport plain = uri.secure() ? Transport.TLS : Transport.UDP;
    // RFC 3263 §4.1: a SIPS URI with transport=tcp means TLS over TCP.
    Optional<Transport> explicit = uri.transport().map(t -> uri.secure() ? Transport.TLS : t);
    if (uri.numericHost()) {
      Transport transport = explicit.orElse(plain);
      int port = uri.port().orElse(transport.defaultPort());
      return done(List.of(new ResolvedTarget(transport, uri.host(), port)));
    }
    Name host = nameOf(uri.host());
    if (uri.port().isPresent()) {
      return addresses(host, explicit.orElse(plain), uri.port().getAsInt());
    }
    if (explicit.isPresent()) {
      Transport transport = explicit.get();
      return srv(srvName(transport, host), transport)
          .thenCompose(
              found ->
                  found.isEmpty()
                      ? addresses(host, transport, transport.defaultPort())
                      : done(found));
    }
    return naptr(host, uri.secure())
        .thenCompose(found -> found.isEmpty() ? srvFallback(host, uri.secure()) : done(found))
        .thenCompose(
            found -> found.isEmpty() ? addresses(host, plain, plain.defaultPort()) : done(found));
  }

  private CompletionStage<List<ResolvedTarget>> naptr(Name host, boolean secure) {
    return lookup
        .query(host, Type.NAPTR)
        .thenCompose(
            records -> {
              List<NAPTRRecord> naptrs = new ArrayList<>();
              records.forEach(record -> naptrs.add((NAPTRRecord) record));
              List<CompletionStage<List<ResolvedTarget>>> parts = new ArrayList<>();
              for (NaptrSelection.Choice choice :
                  NaptrSelection.select(naptrs, secure, transports)) {
                parts.add(srv(choice.srvName(), choice.transport()));
              }
              return concat(parts);
            });
  }

  private CompletionStage<List<ResolvedTarget>> srvFallback(Name host, boolean secure) {
    List<CompletionStage<List<ResolvedTarget>>> parts = new ArrayList<>();
    for (Transport transport : List.of(Transport.TLS, Transport.TCP, Transport.UDP)) {
      if (transports.contains(transport) && (!secure || transport == Transport.TLS)) {
        parts.add(srv(srvName(transport, host), transport));
      }
    }
    return concat(parts);
  }

  private CompletionStage<List<ResolvedTarget>> srv(Name name, Transport transport) {
    return lookup
        .query(name, Type.SRV)
        .thenCompose(
            records -> {
              List<SRVRecord> srvs = new ArrayList<>();
              records.forEach(record -> srvs.add((SRVRecord) record));
              List<CompletionStage<List<ResolvedTarget>>> parts = new ArrayList<>();
              for (SRVRecord record : SrvOrder.order(srvs, random)) {
                parts.add(addresses(record.getTarget(), transport, record.getPort()));
              }
              return concat(parts);
            });
  }

  private CompletionStage<List<ResolvedTarget>> addresses(
      Name host, Transport transport, int port) {
    CompletionStage<List<Record>> v4 = lookup.query(host, Type.A);
    CompletionStage<List<Record>> v6 = lookup.query(host, Type.AAAA);
    return v4.thenCombine(
        v6,
        (ipv4, ipv6) -> {
          List<ResolvedTarget> targets = new ArrayList<>();
          for (Record record : preferIpv6 ? concatRecords(ipv6, ipv4) : concatRecords(ipv4, ipv6)) {
            targets.add(new ResolvedTarget(transport, addressOf(record), port));
          }
          return targets;
        });
  }

  private static List<Record> concatRecords(List<Record> first, List<Record> second) {
    List<Record> all = new ArrayList<>(first);
    all.addAll(second);
    return all;
  }

  private static String addressOf(Record record) {
    if (record instanceof ARecord a) {
      return a.getAddress().getHostAddress();
    }
    return ((AAAARecord) record).getAddress().getHostAddress();
  }

  private static CompletionStage<List<ResolvedTarget>> concat(
      List<CompletionStage<List<ResolvedTarget>>> parts) {
    CompletableFuture<?>[] futures = new CompletableFuture<?>[parts.size()];
    for (int i = 0; i < futures.length; i++) {
      futures[i] = parts.get(i).toCompletableFuture();
    }
    return CompletableFuture.allOf(futures)
        .thenApply(
            ignored -> {
              List<ResolvedTarget> all = new ArrayList<>();
              for (CompletionStage<List<ResolvedTarget>> part : parts) {
                all.addAll(part.toCompletableFuture().join());
              }
              return all;
            });
  }

  /** The SRV owner name; fails as a stage would, since it runs inside stages too. */
  private static Name srvName(Transport transport, Name host) {
    String prefix =
        switch (transport) {
          case UDP -> "_sip._udp";
          case TCP -> "_sip._tcp";
          case TLS -> "_sips._tcp";
        };
    try {
      return Name.concatenate(Name.fromString(prefix), host);
    } catch (org.xbill.DNS.NameTooLongException e) {
      throw new CompletionException(
          new TargetResolutionException(
              "SRV name " + prefix + "." + host + " is longer than DNS allows", e));
    } catch (TextParseException e) {
      throw new IllegalStateException("constant SRV prefix " + prefix + " does not parse", e);
    }
  }

  private static Name nameOf(String host) throws TargetResolutionException {
    try {
      return Name.fromString(host, Name.root);
    } catch (TextParseException e) {
      throw new TargetResolutionException(
          "'" + host + "' is not a valid domain name: " + e.getMessage(), e);
    }
  }

  private static <T> CompletionStage<T> done(T value) {
    return CompletableFuture.completedFuture(value);
  }

  private static Throwable unwrap(Throwable failure) {
    Throwable cause = failure;
    while (cause instanceof CompletionException && cause.getCause() != null) {
      cause = cause.getCause();
    }
    return cause;
  }
}
