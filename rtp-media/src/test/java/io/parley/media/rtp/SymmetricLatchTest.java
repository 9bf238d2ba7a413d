package io.parley.media.rtp;

import static org.assertj.core.api.Assertions.assertThat;

import io.parley.media.port.MediaAddress;
import org.junit.jupiter.api.Test;

class SymmetricLatchTest {

  private static final MediaAddress SDP = new MediaAddress("10.0.0.5", 4000);
  private static final MediaAddress NAT = new MediaAddress("203.0.113.9", 61000);
  private static final MediaAddress OTHER = new MediaAddress("198.51.100.1", 5000);

  @Test
  void rfc4961Section3_sendsToSignalledAddressUntilFirstPacket() {
    SymmetricLatch latch = new SymmetricLatch(SDP, 3);

    assertThat(latch.remote()).isEqualTo(SDP);
    assertThat(latch.accept(NAT)).isTrue();
    assertThat(latch.remote()).isEqualTo(NAT);
    assertThat(latch.latched()).isTrue();
  }

  @Test
  void rfc4961Section3_strayPacketDoesNotStealTheStream() {
    SymmetricLatch latch = new SymmetricLatch(SDP, 3);
    latch.accept(NAT);

    assertThat(latch.accept(OTHER)).isFalse();
    assertThat(latch.accept(NAT)).isTrue();
    assertThat(latch.accept(OTHER)).isFalse();
    assertThat(latch.remote()).isEqualTo(NAT);
  }

  @Test
  void rfc4961Section3_newSourceThatPersistsTakesOver() {
    SymmetricLatch latch = new SymmetricLatch(SDP, 3);
    latch.accept(NAT);

    latch.accept(OTHER);
    latch.accept(OTHER);

    assertThat(latch.accept(OTHER)).isTrue();
    assertThat(latch.remote()).isEqualTo(OTHER);
  }
}
