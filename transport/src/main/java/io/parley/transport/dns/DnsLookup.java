package io.parley.transport.dns;

import io.parley.sip.port.TargetResolutionException;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.Executor;
import org.xbill.DNS.DClass;
import org.xbill.DNS.Message;
import org.xbill.DNS.Name;
import org.xbill.DNS.Rcode;
import org.xbill.DNS.Record;
import org.xbill.DNS.Resolver;
import org.xbill.DNS.SOARecord;
import org.xbill.DNS.Section;
import org.xbill.DNS.Type;

/**
 * One question to the DNS server, answered from the cache when it can be. NXDOMAIN and empty
 * answers are "no records"; other server errors and I/O failures fail the stage with a {@link
 * TargetResolutionException} that names the question.
 */
final class DnsLookup {

  private final Resolver resolver;
  private final Executor executor;
  private final DnsCache cache;
  private final String serverDescription;

  DnsLookup(Resolver resolver, Executor executor, DnsCache cache, String serverDescription) {
    this.resolver = resolver;
    this.executor = executor;
    this.cache = cache;
    this.serverDescription = serverDescription;
  }

  /** The records of {@code type} for {@code name}; CNAMEs are followed by the server. */
  CompletionStage<List<Record>> query(Name name, int type) {
    Optional<List<Record>> cached = cache.get(name, type);
    if (cached.isPresent()) {
      return CompletableFuture.completedFuture(cached.get());
    }
    Message question = Message.newQuery(Record.newRecord(name, type, DClass.IN));
    String what = Type.string(type) + " " + name;
    CompletionStage<Message> sent;
    try {
      sent = resolver.sendAsync(question, executor);
    } catch (RuntimeException e) {
      sent = CompletableFuture.failedFuture(e);
    }
    return sent.handle(
        (answer, failure) -> {
          if (failure != null) {
            Throwable cause = failure instanceof CompletionException ? failure.getCause() : failure;
            throw new CompletionException(
                new TargetResolutionException(
                    "DNS query " + what + " to " + serverDescription + " failed: " + cause, cause));
          }
          return accept(name, type, what, answer);
        });
  }

  private List<Record> accept(Name name, int type, String what, Message answer) {
    int rcode = answer.getRcode();
    if (rcode != Rcode.NOERROR && rcode != Rcode.NXDOMAIN) {
      throw new CompletionException(
          new TargetResolutionException(
              "DNS server "
                  + serverDescription
                  + " answered "
                  + Rcode.string(rcode)
                  + " to "
                  + what));
    }
    List<Record> records = new ArrayList<>();
    long ttl = Long.MAX_VALUE;
    for (Record record : answer.getSection(Section.ANSWER)) {
      if (record.getType() == type) {
        records.add(record);
        ttl = Math.min(ttl, record.getTTL());
      }
    }
    if (records.isEmpty()) {
      ttl = negativeTtl(answer);
    }
    cache.put(name, type, records, ttl);
    return records;
  }

  /** RFC 2308 §5: a negative answer lives for the smaller of the SOA's TTL and minimum field. */
  private static long negativeTtl(Message answer) {
    for (Record record : answer.getSection(Section.AUTHORITY)) {
      if (record instanceof SOARecord soa) {
        return Math.min(soa.getTTL(), soa.getMinimum());
      }
    }
    return 0;
  }
}
