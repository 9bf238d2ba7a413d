package io.parley.sip.transaction;

import java.time.Duration;
import java.util.Objects;

/**
 * The RFC 3261 §17 timer values (Table 4 of §A), derived from T1, T2 and T4.
 *
 * @param t1 the round-trip estimate (default 500 ms)
 * @param t2 the longest retransmit interval for non-INVITE requests and INVITE responses (default 4
 *     s)
 * @param t4 the longest time a message stays in the network (default 5 s)
 */
public record TransactionTimers(Duration t1, Duration t2, Duration t4) {

  /** The defaults of RFC 3261 §17.1.1.1: T1 500 ms, T2 4 s, T4 5 s. */
  public static final TransactionTimers DEFAULT =
      new TransactionTimers(Duration.ofMillis(500), Duration.ofSeconds(4), Duration.ofSeconds(5));

  /**
   * Checks the values.
   *
   * @throws IllegalArgumentException if a value is not positive or T2 is below T1
   */
  public TransactionTimers {
    Objects.requireNonNull(t1, "t1");
    Objects.requireNonNull(t2, "t2");
    Objects.requireNonNull(t4, "t4");
    if (t1.isNegative() || t1.isZero() || t2.isNegative() || t4.isNegative() || t4.isZero()) {
      throw new IllegalArgumentException("T1, T2 and T4 must be positive: " + this);
    }
    if (t2.compareTo(t1) < 0) {
      throw new IllegalArgumentException("T2 (" + t2 + ") must not be below T1 (" + t1 + ")");
    }
  }

  /** 64*T1: Timers B, F, H, J (unreliable), L and M. */
  public Duration sixtyFourT1() {
    return t1.multipliedBy(64);
  }

  /** Timer D: at least 32 s over an unreliable transport, zero over a reliable one. */
  public Duration timerD(boolean reliable) {
    if (reliable) {
      return Duration.ZERO;
    }
    Duration d = Duration.ofSeconds(32);
    return d.compareTo(sixtyFourT1()) > 0 ? d : sixtyFourT1();
  }

  /** Timers I and K: T4 over an unreliable transport, zero over a reliable one. */
  public Duration t4OrZero(boolean reliable) {
    return reliable ? Duration.ZERO : t4;
  }

  /** Timer J: 64*T1 over an unreliable transport, zero over a reliable one. */
  public Duration timerJ(boolean reliable) {
    return reliable ? Duration.ZERO : sixtyFourT1();
  }

  /** The next retransmit interval after {@code current}, doubled and capped at T2. */
  Duration backoff(Duration current) {
    Duration doubled = current.multipliedBy(2);
    return doubled.compareTo(t2) < 0 ? doubled : t2;
  }
}
