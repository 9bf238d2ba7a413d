package io.parley.media.rtp;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class MediaLivenessTest {

  private static final long SECOND = 1_000_000_000L;

  @Test
  void rfc6263Section4_6_keepAliveIsDueOnlyAfterSendingStops() {
    MediaLiveness liveness = new MediaLiveness(15 * SECOND, 30 * SECOND, 0);
    liveness.sent(10 * SECOND);

    assertThat(liveness.keepAliveDue(20 * SECOND)).isFalse();
    assertThat(liveness.keepAliveDue(25 * SECOND)).isTrue();
  }

  @Test
  void rfc6263Section4_6_keepAliveIsAnEmptyPacketWithTheGivenType() {
    RtpPacket packet = MediaLiveness.keepAlivePacket(126, 9, 1600, 42);

    assertThat(packet.payloadLength()).isZero();
    assertThat(packet.toBytes()).hasSize(12);
    assertThat(packet.payloadType()).isEqualTo(126);
  }

  @Test
  void rfc3550Section6_3_5_mediaTimeoutFiresAfterSilence() {
    MediaLiveness liveness = new MediaLiveness(15 * SECOND, 30 * SECOND, 0);
    liveness.received(5 * SECOND);

    assertThat(liveness.timedOut(34 * SECOND)).isFalse();
    assertThat(liveness.timedOut(35 * SECOND)).isTrue();
  }

  @Test
  void rfc3550Section6_3_5_zeroTimeoutNeverFires() {
    MediaLiveness liveness = new MediaLiveness(SECOND, 0, 0);

    assertThat(liveness.timedOut(3600 * SECOND)).isFalse();
  }
}
