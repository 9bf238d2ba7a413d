package io.parley.media.rtp;

/**
 * Per-source sequence number state of RFC 3550 Appendix A.1: probation of a new source, the
 * extended (32-bit) highest sequence number with wrap-around cycles, and resynchronisation after a
 * large jump (a sender that restarted).
 *
 * <p>Not thread-safe: one instance belongs to one receive stream.
 */
public final class SequenceValidator {

  /** The verdict on one packet. */
  public enum Verdict {
    /** In order (possibly after a gap): deliver it. */
    ACCEPTED,
    /** Older than the highest seen: a reordered or duplicated packet, still a valid source. */
    LATE_OR_DUPLICATE,
    /** The source is not yet validated (RFC 3550 A.1 MIN_SEQUENTIAL); drop. */
    PROBATION,
    /** A jump beyond MAX_DROPOUT; dropped unless the next packet confirms the new sequence. */
    DISCARDED,
    /** Two sequential packets confirmed a jump: statistics restarted, deliver it. */
    RESTARTED
  }

  private static final int MAX_DROPOUT = 3000;
  private static final int MAX_MISORDER = 100;
  private static final int MIN_SEQUENTIAL = 2;
  private static final int SEQ_MOD = 1 << 16;

  private int maxSeq;
  private long cycles;
  private int baseSeq;
  private int badSeq;
  private int probation;
  private long received;

  /**
   * Starts tracking a source whose first packet carries {@code firstSeq}; that packet is counted as
   * the first of the probation run.
   *
   * @throws IllegalArgumentException if {@code firstSeq} is outside 0..65535
   */
  public SequenceValidator(int firstSeq) {
    if (firstSeq < 0 || firstSeq >= SEQ_MOD) {
      throw new IllegalArgumentException("sequence number must be 0..65535, got " + firstSeq);
    }
    restart(firstSeq);
    maxSeq = (firstSeq - 1) & 0xFFFF;
    probation = MIN_SEQUENTIAL;
  }

  /**
   * Takes the next packet's sequence number (RFC 3550 A.1 {@code update_seq}).
   *
   * @param seq the 16-bit sequence number
   * @return what to do with the packet
   */
  public Verdict update(int seq) {
    int delta = (seq - maxSeq) & 0xFFFF;
    if (probation > 0) {
      if (seq == ((maxSeq + 1) & 0xFFFF)) {
        probation--;
        maxSeq = seq;
        if (probation == 0) {
          restart(seq);
          received++;
          return Verdict.ACCEPTED;
        }
      } else {
        probation = MIN_SEQUENTIAL - 1;
        maxSeq = seq;
      }
      return Verdict.PROBATION;
    }
    if (delta == 0) {
      received++;
      return Verdict.LATE_OR_DUPLICATE;
    }
    if (delta < MAX_DROPOUT) {
      if (seq < maxSeq) {
        cycles += SEQ_MOD;
      }
      maxSeq = seq;
    } else if (delta <= SEQ_MOD - MAX_MISORDER) {
      if (seq != badSeq) {
        badSeq = (seq + 1) & 0xFFFF;
        return Verdict.DISCARDED;
      }
      restart(seq);
      received++;
      return Verdict.RESTARTED;
    } else {
      received++;
      return Verdict.LATE_OR_DUPLICATE;
    }
    received++;
    return Verdict.ACCEPTED;
  }

  private void restart(int seq) {
    baseSeq = seq;
    maxSeq = seq;
    badSeq = SEQ_MOD + 1;
    cycles = 0;
    received = 0;
  }

  /** Returns the extended highest sequence number received: cycles * 65536 + highest. */
  public long extendedHighest() {
    return cycles + maxSeq;
  }

  /** Returns the first sequence number of the current run (after probation or restart). */
  public int baseSequence() {
    return baseSeq;
  }

  /** Returns how many packets were accepted, duplicates included (RFC 3550 A.3). */
  public long received() {
    return received;
  }

  /** Returns how many packets were expected: extended highest - base + 1 (RFC 3550 A.3). */
  public long expected() {
    return probation > 0 ? 0 : extendedHighest() - baseSeq + 1;
  }

  /** Returns true while the source is still on probation. */
  public boolean onProbation() {
    return probation > 0;
  }
}
