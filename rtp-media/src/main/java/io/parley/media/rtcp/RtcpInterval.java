package io.parley.media.rtcp;

import java.util.random.RandomGenerator;

/**
 * The randomised RTCP transmission interval of RFC 3550 §6.3.1 and Appendix A.7.
 *
 * <p>The random source is an argument so tests are deterministic and the domain reads no global
 * state.
 */
public final class RtcpInterval {

  /** e - 3/2: compensates for the timer reconsideration bias (RFC 3550 §6.3.1). */
  private static final double COMPENSATION = Math.E - 1.5;

  private static final double MIN_SECONDS = 5.0;

  private RtcpInterval() {}

  /**
   * The session state the interval depends on.
   *
   * @param members current members, ourselves included, at least 1
   * @param senders current senders, at most {@code members}
   * @param rtcpBandwidth the RTCP bandwidth in octets per second (5% of the session bandwidth)
   * @param weSent whether we sent RTP since the second-to-last report
   * @param averageRtcpSize the running average compound size in octets, UDP/IP overhead included
   * @param initial whether no RTCP has been sent yet (the minimum is halved)
   */
  public record Session(
      int members,
      int senders,
      double rtcpBandwidth,
      boolean weSent,
      double averageRtcpSize,
      boolean initial) {

    /**
     * Validates the state.
     *
     * @throws IllegalArgumentException if counts or sizes are out of range
     */
    public Session {
      if (members < 1 || senders < 0 || senders > members) {
        throw new IllegalArgumentException(
            "need 1 <= members and 0 <= senders <= members, got " + members + "/" + senders);
      }
      if (!(rtcpBandwidth > 0) || !(averageRtcpSize > 0)) {
        throw new IllegalArgumentException("bandwidth and average size must be positive");
      }
    }
  }

  /**
   * Computes the next interval.
   *
   * @param session the current session state
   * @param random the random source (uniform in [0.5, 1.5) is drawn from it)
   * @return the interval in nanoseconds
   */
  public static long nextNanos(Session session, RandomGenerator random) {
    return (long)
        (deterministicSeconds(session) * (random.nextDouble() + 0.5) / COMPENSATION * 1e9);
  }

  /** Returns the interval before randomisation, in seconds (RFC 3550 A.7 {@code t}). */
  static double deterministicSeconds(Session session) {
    double minimum = session.initial() ? MIN_SECONDS / 2 : MIN_SECONDS;
    double bandwidth = session.rtcpBandwidth();
    int n = session.members();
    if (session.senders() <= session.members() * 0.25) {
      if (session.weSent()) {
        bandwidth *= 0.25;
        n = session.senders();
      } else {
        bandwidth *= 0.75;
        n -= session.senders();
      }
    }
    return Math.max(minimum, session.averageRtcpSize() * n / bandwidth);
  }
}
