package io.parley.transport.dns;

import java.util.List;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.LongSupplier;
import org.xbill.DNS.Name;
import org.xbill.DNS.Record;

/**
 * Answers kept for as long as their TTL allows (RFC 1035 §3.2.1; negative answers per RFC 2308 §5).
 * Time comes from an injected monotonic clock, so tests move it by hand. Thread-safe.
 */
final class DnsCache {

  private record Key(Name name, int type) {}

  private record Entry(List<Record> records, long expiresAt) {}

  private final ConcurrentHashMap<Key, Entry> entries = new ConcurrentHashMap<>();
  private final LongSupplier nanoClock;
  private final int maxEntries;

  DnsCache(LongSupplier nanoClock, int maxEntries) {
    this.nanoClock = nanoClock;
    this.maxEntries = maxEntries;
  }

  /** The cached records for the question, if any are still fresh; empty list = cached "none". */
  Optional<List<Record>> get(Name name, int type) {
    Key key = new Key(name, type);
    Entry entry = entries.get(key);
    if (entry == null) {
      return Optional.empty();
    }
    if (nanoClock.getAsLong() - entry.expiresAt() >= 0) {
      entries.remove(key, entry);
      return Optional.empty();
    }
    return Optional.of(entry.records());
  }

  /** Keeps {@code records} for {@code ttlSeconds}; a TTL of 0 is not cached. */
  void put(Name name, int type, List<Record> records, long ttlSeconds) {
    if (ttlSeconds <= 0 || maxEntries == 0) {
      return;
    }
    if (entries.size() >= maxEntries) {
      long now = nanoClock.getAsLong();
      entries.values().removeIf(entry -> now - entry.expiresAt() >= 0);
      if (entries.size() >= maxEntries) {
        return;
      }
    }
    long expiresAt = nanoClock.getAsLong() + ttlSeconds * 1_000_000_000L;
    entries.put(new Key(name, type), new Entry(List.copyOf(records), expiresAt));
  }

  /** Number of entries, fresh or not yet swept. */
  int size() {
    return entries.size();
  }
}
