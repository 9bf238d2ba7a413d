package io.parley.sip.port;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Objects;

/**
 * Walks the targets of one request in order, moving on when a target fails as RFC 3263 §4.3 defines
 * failure: a 503 response, a transport error, or a transaction timeout (Timer B or F) before any
 * response, provisional or final, arrived.
 *
 * <p>On {@link Decision.TryNext} the transaction user sends a new request, identical but for a new
 * Via branch, to the next target. ACKs for non-2xx and CANCELs go to the target of the request they
 * belong to, never through this class (RFC 3263 §4). Duplicate targets are tried once.
 *
 * <p>Not thread-safe: one loop owns it, like the transaction it serves.
 */
public final class TargetFailover {

  /** What the transaction user does next. */
  public sealed interface Decision {

    /** The current target answered: its outcome stands and no other target is tried. */
    record Proceed() implements Decision {}

    /** The current target failed: send a new request (new branch) to {@code target}. */
    record TryNext(ResolvedTarget target) implements Decision {}

    /** Every target failed; report the last failure to the user. */
    record Exhausted() implements Decision {}
  }

  private static final int SERVICE_UNAVAILABLE = 503;

  private final List<ResolvedTarget> targets;
  private int index;
  private boolean responded;

  /**
   * Starts at the first of {@code targets}.
   *
   * @throws IllegalArgumentException if {@code targets} is empty
   */
  public TargetFailover(List<ResolvedTarget> targets) {
    Objects.requireNonNull(targets, "targets");
    if (targets.isEmpty()) {
      throw new IllegalArgumentException("failover needs at least one target");
    }
    this.targets = List.copyOf(new ArrayList<>(new LinkedHashSet<>(targets)));
  }

  /**
   * The target to send to now.
   *
   * @throws IllegalStateException if every target has failed
   */
  public ResolvedTarget current() {
    if (exhausted()) {
      throw new IllegalStateException(
          "all " + targets.size() + " targets failed; there is no current target");
    }
    return targets.get(index);
  }

  /** The targets in the order they are tried, duplicates removed. */
  public List<ResolvedTarget> targets() {
    return targets;
  }

  /** Whether every target has failed. */
  public boolean exhausted() {
    return index >= targets.size();
  }

  /**
   * Reports a response from the current target. A 503 moves on (RFC 3263 §4.3); any other response,
   * provisional or final, means the target is alive, so later timeouts no longer fail over.
   *
   * @throws IllegalArgumentException if {@code statusCode} is not 100 to 699
   */
  public Decision onResponse(int statusCode) {
    if (statusCode < 100 || statusCode > 699) {
      throw new IllegalArgumentException("status code must be 100 to 699, not " + statusCode);
    }
    if (statusCode == SERVICE_UNAVAILABLE) {
      return next();
    }
    responded = true;
    return exhausted() ? new Decision.Exhausted() : new Decision.Proceed();
  }

  /**
   * Reports that the transaction to the current target timed out (Timer B or F). Moves on only if
   * no response at all came from that target (RFC 3263 §4.3).
   */
  public Decision onTimeout() {
    if (responded && !exhausted()) {
      return new Decision.Proceed();
    }
    return next();
  }

  /** Reports a transport error toward the current target (RFC 3261 §8.1.3.1): always moves on. */
  public Decision onTransportError() {
    return next();
  }

  private Decision next() {
    if (exhausted()) {
      return new Decision.Exhausted();
    }
    index++;
    responded = false;
    return exhausted() ? new Decision.Exhausted() : new Decision.TryNext(targets.get(index));
  }
}
