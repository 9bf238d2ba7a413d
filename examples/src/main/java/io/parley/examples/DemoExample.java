package io.parley.examples;

import io.parley.api.AccountConfig;
import io.parley.api.Call;
import io.parley.api.CallDetailRecord;
import io.parley.api.CallState;
import io.parley.api.CallStateChanged;
import io.parley.api.IncomingCall;
import io.parley.api.Phone;
import io.parley.api.PhoneEvent;
import io.parley.api.RegistrationChanged;
import io.parley.sip.port.ResolvedTarget;
import io.parley.sip.port.Transport;
import io.parley.sip.transaction.TransactionLayer;
import io.parley.sip.transaction.TransactionTimers;
import io.parley.testkit.loop.VirtualLoop;
import io.parley.testkit.network.FakeNetwork;
import io.parley.testkit.network.FakeTransport;
import io.parley.testkit.network.LinkConditions;
import io.parley.testkit.registrar.TestRegistrar;
import java.time.Duration;
import java.util.List;
import java.util.Random;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.function.BooleanSupplier;

/**
 * The demo: an in-process registrar with Digest authentication, and two phones (Alice and Bob) that
 * register with it; Alice calls Bob's registered contact, Bob's phone rings and he answers, Alice
 * holds and resumes the call, then hangs up. Every step prints as the phones report it.
 *
 * <p>Everything runs on the testkit's fake network and virtual clock, so the demo needs no sockets
 * and the 20 seconds of call time pass at once. Audio is not carried yet.
 */
public final class DemoExample {

  private final VirtualLoop loop = new VirtualLoop();
  private final FakeNetwork network = new FakeNetwork(loop, 2026);

  DemoExample() {
    network.setDefaultConditions(
        LinkConditions.PERFECT.withDelay(Duration.ofMillis(15), Duration.ofMillis(10)));
  }

  /** Runs the demo and exits 0, or 1 if a step fails. */
  public static void main(String[] args) {
    try {
      new DemoExample().run();
    } catch (RuntimeException | InterruptedException e) {
      System.err.println("ERROR: the demo failed: " + e.getMessage());
      System.exit(1);
    }
  }

  void run() throws InterruptedException {
    TestRegistrar registrar = registrar();
    try (Phone alice = phone("alice", "10.0.0.1");
        Phone bob = phone("bob", "10.0.0.2")) {
      step("registrar for example.com listens on 10.0.0.10 (users alice and bob)");
      CompletableFuture<?> aliceRegistered =
          alice.register(AccountConfig.of("sip:alice@example.com", "alice-secret"));
      CompletableFuture<?> bobRegistered =
          bob.register(AccountConfig.of("sip:bob@example.com", "bob-secret"));
      until(() -> aliceRegistered.isDone() && bobRegistered.isDone());
      aliceRegistered.join();
      bobRegistered.join();

      bob.events()
          .subscribe(
              IncomingCall.class,
              incoming -> {
                step("bob's phone rings: call from " + incoming.caller());
                loop.schedule(Duration.ofSeconds(2), incoming.call()::answer);
              });
      String bobContact = registrar.bindings("bob").get(0).contact();
      step("alice calls bob at his registered contact " + bobContact);
      CompletableFuture<Call> placed = alice.call(bobContact);
      until(placed::isDone);
      Call call = placed.join();

      advance(Duration.ofSeconds(5));
      step("alice puts the call on hold");
      CompletableFuture<Void> held = call.hold();
      until(held::isDone);
      advance(Duration.ofSeconds(5));
      step("alice resumes the call");
      CompletableFuture<Void> resumed = call.resume();
      until(resumed::isDone);
      advance(Duration.ofSeconds(10));
      step("alice hangs up");
      call.hangup();
      until(() -> call.state() == CallState.ENDED);
      advance(Duration.ofSeconds(1));
      step("both phones unregister");
      CompletableFuture<Void> aliceGone = alice.accounts().get(0).unregister();
      CompletableFuture<Void> bobGone = bob.accounts().get(0).unregister();
      until(() -> aliceGone.isDone() && bobGone.isDone());
      advance(Duration.ofMillis(100));
      step("done");
    }
  }

  private TestRegistrar registrar() {
    FakeTransport transport = network.endpoint("10.0.0.10", 5060);
    TransactionLayer layer =
        new TransactionLayer(loop, transport, TransactionTimers.DEFAULT, new Random(1));
    transport.listen(layer.transportListener());
    return new TestRegistrar(layer, loop, "example.com")
        .user("alice", "alice-secret")
        .user("bob", "bob-secret");
  }

  private Phone phone(String name, String address) {
    Phone phone =
        Phone.builder()
            .loop(loop)
            .transportFactory(network.transportFactory(address))
            .resolver(
                uri ->
                    CompletableFuture.completedFuture(
                        List.of(
                            uri.host().equals("example.com")
                                ? new ResolvedTarget(Transport.UDP, "10.0.0.10", 5060)
                                : new ResolvedTarget(
                                    Transport.UDP, uri.host(), uri.port().orElse(5060)))))
            .codecs("PCMU", "PCMA", "telephone-event")
            .build();
    phone.events().subscribe(event -> print(name, event));
    return phone;
  }

  private void print(String who, PhoneEvent event) {
    if (event instanceof RegistrationChanged r) {
      step(who + ": registration " + r.state() + describe(r.statusCode(), r.reason()));
    } else if (event instanceof CallStateChanged c) {
      step(
          who
              + ": call on line "
              + c.call().line()
              + " is "
              + c.state()
              + describe(c.statusCode(), c.reason())
              + c.endedBy().map(p -> ", ended by " + p.name().toLowerCase()).orElse(""));
    } else if (event instanceof CallDetailRecord cdr) {
      step(
          who
              + ": call record: "
              + cdr.caller()
              + " -> "
              + cdr.callee()
              + ", talked "
              + cdr.duration().toSeconds()
              + " s");
    }
  }

  private static String describe(int code, String reason) {
    return code == 0 ? "" : " (" + code + " " + reason + ")";
  }

  private void step(String text) {
    System.out.printf("%7.3f s  %s%n", loop.elapsed().toMillis() / 1000.0, text);
  }

  private void advance(Duration duration) throws InterruptedException {
    long end = loop.elapsed().plus(duration).toNanos();
    while (loop.elapsed().toNanos() < end) {
      loop.advance(Duration.ofMillis(20));
      TimeUnit.MILLISECONDS.sleep(1); // lets the event thread print in order
    }
  }

  /** Drives the virtual clock until {@code done} holds (at most a minute of virtual time). */
  private void until(BooleanSupplier done) throws InterruptedException {
    long limit = loop.elapsed().plusMinutes(1).toNanos();
    while (!done.getAsBoolean()) {
      if (loop.elapsed().toNanos() > limit) {
        throw new IllegalStateException("a step did not finish within a minute of call time");
      }
      loop.advance(Duration.ofMillis(20));
      TimeUnit.MILLISECONDS.sleep(1);
    }
  }
}
