package io.parley.transport.net;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

class KeepAliveTest {

  private final KeepAlive keepAlive = new KeepAlive();

  @Test
  void rfc5626Section3_5_1_doubleCrlfIsAPing() {
    ByteBuffer buffer = buffer("\r\n\r\nINVITE");
    assertThat(keepAlive.strip(buffer)).isEqualTo(KeepAlive.Outcome.PING);
    assertThat(buffer.position()).isEqualTo(4);
    assertThat(keepAlive.strip(buffer)).isEqualTo(KeepAlive.Outcome.NONE);
  }

  @Test
  void rfc5626Section3_5_1_singleCrlfAnswersAnOutstandingPing() {
    keepAlive.pingSent(100);
    ByteBuffer buffer = buffer("\r\n");
    assertThat(keepAlive.strip(buffer)).isEqualTo(KeepAlive.Outcome.CONSUMED);
    assertThat(keepAlive.pongOverdue(200)).isFalse();
  }

  @Test
  void rfc5626Section4_4_1_missingPongIsReportedOnce() {
    keepAlive.pingSent(100);
    assertThat(keepAlive.pongOverdue(99)).isFalse();
    assertThat(keepAlive.pongOverdue(100)).isTrue();
    assertThat(keepAlive.pongOverdue(500)).isFalse();
  }

  @Test
  void aLoneCrlfWithoutAPingMayBeHalfAPingSoItWaits() {
    assertThat(keepAlive.strip(buffer("\r\n"))).isEqualTo(KeepAlive.Outcome.WAIT);
    assertThat(keepAlive.strip(buffer("\r\n\r"))).isEqualTo(KeepAlive.Outcome.WAIT);
    assertThat(keepAlive.strip(buffer("\r"))).isEqualTo(KeepAlive.Outcome.WAIT);
  }

  @Test
  void rfc3261Section7_5_strayCrlfBeforeAMessageIsSkipped() {
    ByteBuffer buffer = buffer("\r\nSIP/2.0 200 OK");
    assertThat(keepAlive.strip(buffer)).isEqualTo(KeepAlive.Outcome.CONSUMED);
    assertThat(buffer.position()).isEqualTo(2);
  }

  @Test
  void messageBytesAreLeftAlone() {
    ByteBuffer buffer = buffer("OPTIONS");
    assertThat(keepAlive.strip(buffer)).isEqualTo(KeepAlive.Outcome.NONE);
    assertThat(keepAlive.strip(buffer("\rX"))).isEqualTo(KeepAlive.Outcome.NONE);
    assertThat(buffer.position()).isZero();
  }

  private static ByteBuffer buffer(String text) {
    return ByteBuffer.wrap(text.getBytes(StandardCharsets.US_ASCII));
  }
}
