package io.parley.examples;

import io.parley.testkit.loop.VirtualLoop;
import java.time.Duration;

/**
 * Shows Parley's virtual clock: the RFC 3261 §17.1.2.2 retransmission schedule of a non-INVITE
 * request over UDP (Timer E doubling from T1 up to T2, Timer F ending it at 64*T1), computed in
 * microseconds of real time.
 */
public final class TimersExample {

  private static final Duration T1 = Duration.ofMillis(500);
  private static final Duration T2 = Duration.ofSeconds(4);

  private TimersExample() {}

  /** Prints each retransmission and the timeout as they happen on the virtual clock. */
  public static void main(String[] args) {
    VirtualLoop loop = new VirtualLoop();
    boolean[] done = {false};
    Duration[] interval = {T1};
    Runnable[] timerE = new Runnable[1];
    timerE[0] =
        () -> {
          if (done[0]) {
            return;
          }
          System.out.printf("%6d ms  Timer E fired: retransmit the request%n", millis(loop));
          interval[0] = min(interval[0].multipliedBy(2), T2);
          loop.schedule(interval[0], timerE[0]);
        };
    loop.schedule(T1, timerE[0]);
    loop.schedule(
        T1.multipliedBy(64),
        () -> {
          done[0] = true;
          System.out.printf(
              "%6d ms  Timer F fired: the transaction times out (408)%n", millis(loop));
        });
    long started = System.nanoTime();
    while (!done[0]) {
      loop.advanceToNextTimer();
    }
    System.out.printf(
        "32 s of protocol time took %d µs of real time.%n", (System.nanoTime() - started) / 1000);
  }

  private static long millis(VirtualLoop loop) {
    return loop.elapsed().toMillis();
  }

  private static Duration min(Duration a, Duration b) {
    return a.compareTo(b) <= 0 ? a : b;
  }
}
