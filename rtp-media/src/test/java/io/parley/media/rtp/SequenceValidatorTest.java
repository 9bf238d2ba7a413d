package io.parley.media.rtp;

import static io.parley.media.rtp.SequenceValidator.Verdict.ACCEPTED;
import static io.parley.media.rtp.SequenceValidator.Verdict.DISCARDED;
import static io.parley.media.rtp.SequenceValidator.Verdict.LATE_OR_DUPLICATE;
import static io.parley.media.rtp.SequenceValidator.Verdict.PROBATION;
import static io.parley.media.rtp.SequenceValidator.Verdict.RESTARTED;
import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class SequenceValidatorTest {

  @Test
  void rfc3550AppendixA1_newSourceNeedsTwoSequentialPackets() {
    SequenceValidator source = new SequenceValidator(100);

    assertThat(source.update(100)).isEqualTo(PROBATION);
    assertThat(source.update(101)).isEqualTo(ACCEPTED);
    assertThat(source.onProbation()).isFalse();
    assertThat(source.baseSequence()).isEqualTo(101);
  }

  @Test
  void rfc3550AppendixA1_probationRestartsOnAGap() {
    SequenceValidator source = new SequenceValidator(100);
    source.update(100);

    assertThat(source.update(105)).isEqualTo(PROBATION);
    assertThat(source.update(106)).isEqualTo(ACCEPTED);
  }

  @Test
  void rfc3550AppendixA1_wrapAroundCountsACycle() {
    SequenceValidator source = started(65534);

    assertThat(source.update(65535)).isEqualTo(ACCEPTED);
    assertThat(source.update(0)).isEqualTo(ACCEPTED);
    assertThat(source.update(1)).isEqualTo(ACCEPTED);
    assertThat(source.extendedHighest()).isEqualTo(65536 + 1);
    assertThat(source.expected()).isEqualTo(4);
  }

  @Test
  void rfc3550AppendixA1_reorderedAndDuplicatePacketsAreLateButCounted() {
    SequenceValidator source = started(10);
    source.update(12);

    assertThat(source.update(11)).isEqualTo(LATE_OR_DUPLICATE);
    assertThat(source.update(12)).isEqualTo(LATE_OR_DUPLICATE);
    assertThat(source.extendedHighest()).isEqualTo(12);
    assertThat(source.received()).isEqualTo(4);
  }

  @Test
  void rfc3550AppendixA1_largeJumpIsDiscardedUntilConfirmed() {
    SequenceValidator source = started(10);

    assertThat(source.update(30000)).isEqualTo(DISCARDED);
    assertThat(source.update(30001)).isEqualTo(RESTARTED);
    assertThat(source.baseSequence()).isEqualTo(30001);
    assertThat(source.update(30002)).isEqualTo(ACCEPTED);
    assertThat(source.expected()).isEqualTo(2);
  }

  @Test
  void rfc3550AppendixA3_lossShowsAsExpectedMinusReceived() {
    SequenceValidator source = started(1);
    for (int seq = 2; seq <= 21; seq++) {
      if (seq % 5 != 0) {
        source.update(seq);
      }
    }

    assertThat(source.expected() - source.received()).isEqualTo(4);
  }

  private static SequenceValidator started(int seq) {
    SequenceValidator source = new SequenceValidator(seq - 1 & 0xFFFF);
    source.update(seq - 1 & 0xFFFF);
    assertThat(source.update(seq)).isEqualTo(ACCEPTED);
    return source;
  }
}
