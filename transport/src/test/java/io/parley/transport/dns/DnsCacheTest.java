package io.parley.transport.dns;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.InetAddress;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.Test;
import org.xbill.DNS.ARecord;
import org.xbill.DNS.DClass;
import org.xbill.DNS.Name;
import org.xbill.DNS.Record;
import org.xbill.DNS.Type;

class DnsCacheTest {

  private final AtomicLong clock = new AtomicLong(1_000);

  private static Name name(String text) throws Exception {
    return Name.fromString(text);
  }

  private static List<Record> a(String owner) throws Exception {
    return List.of(
        new ARecord(
            name(owner),
            DClass.IN,
            60,
            InetAddress.getByAddress(new byte[] {(byte) 192, 0, 2, 1})));
  }

  @Test
  void rfc1035Section3_2_1_freshUntilTheTtlRunsOut() throws Exception {
    DnsCache cache = new DnsCache(clock::get, 10);
    cache.put(name("a.example."), Type.A, a("a.example."), 60);
    clock.addAndGet(Duration.ofSeconds(60).toNanos() - 1);
    assertThat(cache.get(name("A.EXAMPLE."), Type.A))
        .hasValueSatisfying(r -> assertThat(r).hasSize(1));
    assertThat(cache.get(name("a.example."), Type.AAAA)).isEmpty();
    clock.incrementAndGet();
    assertThat(cache.get(name("a.example."), Type.A)).isEmpty();
    assertThat(cache.size()).isZero();
  }

  @Test
  void rfc1035Section3_2_1_zeroTtlIsNeverCached() throws Exception {
    DnsCache cache = new DnsCache(clock::get, 10);
    cache.put(name("a.example."), Type.A, a("a.example."), 0);
    assertThat(cache.get(name("a.example."), Type.A)).isEmpty();
  }

  @Test
  void aFullCacheMakesRoomFromExpiredEntriesOnly() throws Exception {
    DnsCache cache = new DnsCache(clock::get, 2);
    cache.put(name("short.example."), Type.A, a("short.example."), 1);
    cache.put(name("long.example."), Type.A, a("long.example."), 600);
    cache.put(name("refused.example."), Type.A, a("refused.example."), 600);
    assertThat(cache.get(name("refused.example."), Type.A)).isEmpty();
    clock.addAndGet(Duration.ofSeconds(2).toNanos());
    cache.put(name("new.example."), Type.A, a("new.example."), 600);
    assertThat(cache.get(name("new.example."), Type.A)).isPresent();
    assertThat(cache.get(name("long.example."), Type.A)).isPresent();
    assertThat(cache.size()).isEqualTo(2);
  }
}
