package io.parley.transport.dns;

import java.io.IOException;
import java.net.SocketTimeoutException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.Executor;
import org.xbill.DNS.DClass;
import org.xbill.DNS.EDNSOption;
import org.xbill.DNS.Flags;
import org.xbill.DNS.Message;
import org.xbill.DNS.Name;
import org.xbill.DNS.Rcode;
import org.xbill.DNS.Record;
import org.xbill.DNS.Resolver;
import org.xbill.DNS.Section;
import org.xbill.DNS.TSIG;
import org.xbill.DNS.TextParseException;
import org.xbill.DNS.Type;

/**
 * An in-memory DNS zone behind dnsjava's {@link Resolver} interface: records are written in master
 * file syntax, every question is recorded, and a question can be made to fail.
 */
final class FakeDns implements Resolver {

  private final Map<String, List<Record>> records = new HashMap<>();
  private final Set<Name> names = new HashSet<>();
  private final Map<String, Integer> failures = new HashMap<>();
  private final Set<String> silent = new HashSet<>();
  private final List<String> questions = Collections.synchronizedList(new ArrayList<>());
  private Record soa;

  /**
   * Adds a record: {@code add("example.com.", 300, "NAPTR", "10 50 \"s\" \"SIP+D2T\" \"\"
   * _sip._tcp.example.com.")}.
   */
  FakeDns add(String name, long ttl, String type, String rdata) {
    try {
      Name owner = Name.fromString(name);
      Record record = Record.fromString(owner, Type.value(type), DClass.IN, ttl, rdata, Name.root);
      records.computeIfAbsent(key(owner, record.getType()), k -> new ArrayList<>()).add(record);
      names.add(owner);
      return this;
    } catch (IOException e) {
      throw new IllegalArgumentException(name + " " + type + " " + rdata, e);
    }
  }

  /** Sends this SOA in the authority section of negative answers (RFC 2308). */
  FakeDns soa(String zone, long ttl, long minimum) {
    try {
      soa =
          Record.fromString(
              Name.fromString(zone),
              Type.SOA,
              DClass.IN,
              ttl,
              "ns." + zone + " admin." + zone + " 1 3600 600 86400 " + minimum,
              Name.root);
      return this;
    } catch (IOException e) {
      throw new IllegalArgumentException(zone, e);
    }
  }

  /** Answers this question with {@code rcode}. */
  FakeDns failWith(String name, String type, int rcode) throws TextParseException {
    failures.put(key(Name.fromString(name), Type.value(type)), rcode);
    return this;
  }

  /** Never answers this question: the query times out. */
  FakeDns silence(String name, String type) throws TextParseException {
    silent.add(key(Name.fromString(name), Type.value(type)));
    return this;
  }

  /** Questions asked so far, as {@code TYPE name}. */
  List<String> questions() {
    synchronized (questions) {
      return List.copyOf(questions);
    }
  }

  void clearQuestions() {
    questions.clear();
  }

  /** The answer this zone gives to {@code query}, or {@code null} to stay silent. */
  Message answer(Message query) {
    Record question = query.getQuestion();
    questions.add(Type.string(question.getType()) + " " + question.getName());
    String key = key(question.getName(), question.getType());
    if (silent.contains(key)) {
      return null;
    }
    Message response = new Message(query.getHeader().getID());
    response.getHeader().setFlag(Flags.QR);
    response.getHeader().setFlag(Flags.AA);
    response.addRecord(question, Section.QUESTION);
    Integer failure = failures.get(key);
    if (failure != null) {
      response.getHeader().setRcode(failure);
      return response;
    }
    List<Record> found = records.getOrDefault(key, List.of());
    found.forEach(record -> response.addRecord(record, Section.ANSWER));
    if (found.isEmpty()) {
      if (!names.contains(question.getName())) {
        response.getHeader().setRcode(Rcode.NXDOMAIN);
      }
      if (soa != null) {
        response.addRecord(soa, Section.AUTHORITY);
      }
    }
    return response;
  }

  @Override
  public CompletionStage<Message> sendAsync(Message query, Executor executor) {
    Message response = answer(query);
    if (response == null) {
      return CompletableFuture.failedFuture(new SocketTimeoutException("query timed out"));
    }
    return CompletableFuture.supplyAsync(() -> response, executor);
  }

  @Override
  public CompletionStage<Message> sendAsync(Message query) {
    return sendAsync(query, Runnable::run);
  }

  private static String key(Name name, int type) {
    return name.toString().toLowerCase(java.util.Locale.ROOT) + "/" + type;
  }

  @Override
  public void setPort(int port) {}

  @Override
  public void setTCP(boolean flag) {}

  @Override
  public void setIgnoreTruncation(boolean flag) {}

  @Override
  public void setEDNS(int version, int payloadSize, int flags, List<EDNSOption> options) {}

  @Override
  public void setTSIGKey(TSIG key) {}

  @Override
  public void setTimeout(Duration timeout) {}

  @Override
  public String toString() {
    return "fake DNS";
  }
}
