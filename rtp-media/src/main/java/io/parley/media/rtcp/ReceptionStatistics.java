package io.parley.media.rtcp;

import io.parley.media.rtp.SequenceValidator;

/**
 * What we know about one remote source, and the report block we send about it: packet loss (RFC
 * 3550 A.3), interarrival jitter (A.8) and LSR/DLSR for the far end's round-trip time.
 *
 * <p>Arrival times are media-clock nanoseconds passed in; nothing here reads a clock.
 */
public final class ReceptionStatistics {

  private final long ssrc;
  private final int clockRate;
  private final SequenceValidator sequence;
  private boolean haveTransit;
  private long lastTransit;
  private long lastTimestamp;
  private double jitter;
  private long expectedPrior;
  private long receivedPrior;
  private long lastSenderReport;
  private long lastSenderReportArrival;

  /**
   * Starts statistics for a source at its first packet (call {@link #onPacket} for that packet
   * too).
   *
   * @param ssrc the remote source
   * @param firstSequence the sequence number of its first packet
   * @param clockRate the RTP clock rate of its payload (8000 for G.711)
   * @throws IllegalArgumentException if {@code clockRate} is not positive or the sequence number is
   *     outside 0..65535
   */
  public ReceptionStatistics(long ssrc, int firstSequence, int clockRate) {
    if (clockRate <= 0) {
      throw new IllegalArgumentException("clockRate must be positive, got " + clockRate);
    }
    this.ssrc = ssrc;
    this.clockRate = clockRate;
    this.sequence = new SequenceValidator(firstSequence);
  }

  /**
   * Takes one received packet.
   *
   * @param sequenceNumber its RTP sequence number
   * @param rtpTimestamp its RTP timestamp
   * @param arrivalNanos its arrival time on the media clock
   * @return the RFC 3550 A.1 verdict; only {@code PROBATION} and {@code DISCARDED} packets are left
   *     out of the jitter estimate
   */
  public SequenceValidator.Verdict onPacket(
      int sequenceNumber, long rtpTimestamp, long arrivalNanos) {
    SequenceValidator.Verdict verdict = sequence.update(sequenceNumber);
    if (verdict == SequenceValidator.Verdict.PROBATION
        || verdict == SequenceValidator.Verdict.DISCARDED) {
      return verdict;
    }
    if (verdict == SequenceValidator.Verdict.RESTARTED) {
      haveTransit = false;
      expectedPrior = 0;
      receivedPrior = 0;
    }
    if (haveTransit && rtpTimestamp == lastTimestamp) {
      // RFC 4733 updates and multi-packet frames share a timestamp: no new sampling instant.
      return verdict;
    }
    lastTimestamp = rtpTimestamp;
    long arrival = (arrivalNanos / 1000) * clockRate / 1_000_000;
    long transit = arrival - rtpTimestamp;
    if (haveTransit) {
      long d = Math.abs(transit - lastTransit);
      jitter += (d - jitter) / 16.0;
    }
    haveTransit = true;
    lastTransit = transit;
    return verdict;
  }

  /** Records an SR from this source, so the next report block carries LSR and DLSR. */
  public void onSenderReport(SenderReport report, long arrivalNanos) {
    lastSenderReport = report.compactNtp();
    lastSenderReportArrival = arrivalNanos;
  }

  /**
   * Builds the report block for this source and starts a new reporting interval (RFC 3550 A.3).
   *
   * @param nowNanos the media-clock time the report is sent
   */
  public ReportBlock report(long nowNanos) {
    long expected = sequence.expected();
    long received = sequence.received();
    long expectedInterval = expected - expectedPrior;
    long lostInterval = expectedInterval - (received - receivedPrior);
    expectedPrior = expected;
    receivedPrior = received;
    int fraction =
        expectedInterval == 0 || lostInterval <= 0
            ? 0
            : (int) Math.min(255, (lostInterval << 8) / expectedInterval);
    long dlsr =
        lastSenderReport == 0
            ? 0
            : NtpTime.nanosToCompact(Math.max(0, nowNanos - lastSenderReportArrival));
    return new ReportBlock(
        ssrc,
        fraction,
        (int) Math.max(Integer.MIN_VALUE, Math.min(Integer.MAX_VALUE, cumulativeLost())),
        sequence.extendedHighest() & 0xFFFF_FFFFL,
        jitter(),
        lastSenderReport,
        dlsr);
  }

  /** Returns the interarrival jitter in timestamp units (RFC 3550 A.8). */
  public long jitter() {
    return (long) jitter;
  }

  /** Returns the interarrival jitter in milliseconds. */
  public double jitterMillis() {
    return jitter * 1000.0 / clockRate;
  }

  /** Returns packets expected minus packets received; negative when duplicates arrived. */
  public long cumulativeLost() {
    return sequence.expected() - sequence.received();
  }

  /** Returns how many packets were received, duplicates included. */
  public long received() {
    return sequence.received();
  }

  /** Returns the source these statistics describe. */
  public long ssrc() {
    return ssrc;
  }
}
