package io.parley.testkit.network;

import java.time.Duration;
import java.util.Objects;

/**
 * How a link treats datagrams. Reliable transports (TCP, TLS) on the same link keep the delay but
 * never lose, duplicate or reorder: that is what a stream promises.
 *
 * @param loss probability that a datagram is dropped, 0 to 1
 * @param delay one-way delay of every message
 * @param jitter extra random delay, uniform in [0, jitter); datagrams may overtake each other
 * @param duplication probability that a datagram arrives twice, 0 to 1
 */
public record LinkConditions(double loss, Duration delay, Duration jitter, double duplication) {

  /** A perfect link with a 1 ms delay. */
  public static final LinkConditions PERFECT =
      new LinkConditions(0, Duration.ofMillis(1), Duration.ZERO, 0);

  /**
   * Checks the values.
   *
   * @throws IllegalArgumentException naming the bad value
   */
  public LinkConditions {
    Objects.requireNonNull(delay, "delay");
    Objects.requireNonNull(jitter, "jitter");
    if (loss < 0 || loss > 1) {
      throw new IllegalArgumentException("loss must be 0 to 1, not " + loss);
    }
    if (duplication < 0 || duplication > 1) {
      throw new IllegalArgumentException("duplication must be 0 to 1, not " + duplication);
    }
    if (delay.isNegative() || jitter.isNegative()) {
      throw new IllegalArgumentException("delay and jitter must not be negative");
    }
  }

  /** These conditions with another loss probability. */
  public LinkConditions withLoss(double newLoss) {
    return new LinkConditions(newLoss, delay, jitter, duplication);
  }

  /** These conditions with another delay and jitter. */
  public LinkConditions withDelay(Duration newDelay, Duration newJitter) {
    return new LinkConditions(loss, newDelay, newJitter, duplication);
  }

  /** These conditions with another duplication probability. */
  public LinkConditions withDuplication(double newDuplication) {
    return new LinkConditions(loss, delay, jitter, newDuplication);
  }
}
