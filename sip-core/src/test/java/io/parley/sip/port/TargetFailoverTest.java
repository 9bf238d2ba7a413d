package io.parley.sip.port;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.parley.sip.port.TargetFailover.Decision;
import java.util.List;
import org.junit.jupiter.api.Test;

class TargetFailoverTest {

  private static final ResolvedTarget FIRST = new ResolvedTarget(Transport.TCP, "192.0.2.1", 5060);
  private static final ResolvedTarget SECOND = new ResolvedTarget(Transport.TCP, "192.0.2.2", 5060);
  private static final ResolvedTarget THIRD =
      new ResolvedTarget(Transport.UDP, "2001:db8::3", 5060);

  private final TargetFailover failover = new TargetFailover(List.of(FIRST, SECOND, THIRD));

  @Test
  void rfc3263Section4_3_startsAtTheMostPreferredTarget() {
    assertThat(failover.current()).isEqualTo(FIRST);
    assertThat(failover.exhausted()).isFalse();
  }

  @Test
  void rfc3263Section4_3_503MovesToTheNextTarget() {
    assertThat(failover.onResponse(503)).isEqualTo(new Decision.TryNext(SECOND));
    assertThat(failover.current()).isEqualTo(SECOND);
  }

  @Test
  void rfc3263Section4_3_503AfterAProvisionalStillMovesOn() {
    failover.onResponse(180);
    assertThat(failover.onResponse(503)).isEqualTo(new Decision.TryNext(SECOND));
  }

  @Test
  void rfc3263Section4_3_otherFinalResponsesStand() {
    assertThat(failover.onResponse(404)).isEqualTo(new Decision.Proceed());
    assertThat(failover.onResponse(500)).isEqualTo(new Decision.Proceed());
    assertThat(failover.current()).isEqualTo(FIRST);
  }

  @Test
  void rfc3263Section4_3_timeoutWithoutAnyResponseMovesOn() {
    assertThat(failover.onTimeout()).isEqualTo(new Decision.TryNext(SECOND));
  }

  @Test
  void rfc3263Section4_3_timeoutAfterAProvisionalDoesNotMoveOn() {
    assertThat(failover.onResponse(100)).isEqualTo(new Decision.Proceed());
    assertThat(failover.onTimeout()).isEqualTo(new Decision.Proceed());
    assertThat(failover.current()).isEqualTo(FIRST);
  }

  @Test
  void rfc3263Section4_3_aProvisionalFromOneTargetDoesNotProtectTheNext() {
    failover.onResponse(100);
    failover.onTransportError();
    assertThat(failover.onTimeout()).isEqualTo(new Decision.TryNext(THIRD));
  }

  @Test
  void rfc3261Section8_1_3_1_transportErrorMovesOn() {
    assertThat(failover.onTransportError()).isEqualTo(new Decision.TryNext(SECOND));
    assertThat(failover.onTransportError()).isEqualTo(new Decision.TryNext(THIRD));
    assertThat(failover.onTransportError()).isEqualTo(new Decision.Exhausted());
    assertThat(failover.exhausted()).isTrue();
    assertThat(failover.onTimeout()).isEqualTo(new Decision.Exhausted());
    assertThatThrownBy(failover::current)
        .isInstanceOf(IllegalStateException.class)
        .hasMessageContaining("all 3 targets failed");
  }

  @Test
  void rfc3263Section4_3_duplicateTargetsAreTriedOnce() {
    TargetFailover withDuplicates = new TargetFailover(List.of(FIRST, FIRST, SECOND, FIRST));
    assertThat(withDuplicates.targets()).containsExactly(FIRST, SECOND);
    assertThat(withDuplicates.onResponse(503)).isEqualTo(new Decision.TryNext(SECOND));
    assertThat(withDuplicates.onResponse(503)).isEqualTo(new Decision.Exhausted());
  }

  @Test
  void misuseIsRejectedWithTheBadValue() {
    assertThatThrownBy(() -> new TargetFailover(List.of()))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("at least one target");
    assertThatThrownBy(() -> failover.onResponse(99)).hasMessageContaining("99");
  }
}
