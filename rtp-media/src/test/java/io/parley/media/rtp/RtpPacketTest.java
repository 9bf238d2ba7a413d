package io.parley.media.rtp;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.parley.media.MalformedPacketException;
import java.util.HexFormat;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

class RtpPacketTest {

  private static final HexFormat HEX = HexFormat.of();

  @Test
  void rfc3550Section5_1_fixedHeaderIsWrittenInNetworkOrder() {
    RtpPacket packet = RtpPacket.of(0, 0x1234, 0xDEADBEEFL, 0xCAFEBABEL, true, new byte[] {1, 2});

    assertThat(HEX.formatHex(packet.toBytes())).isEqualTo("80801234deadbeefcafebabe0102");
  }

  @Test
  void rfc3550Section5_1_csrcsExtensionAndPaddingRoundTrip() throws Exception {
    RtpPacket packet =
        new RtpPacket(
            false,
            101,
            65535,
            0xFFFFFFFFL,
            7,
            List.of(1L, 0xFFFFFFFFL),
            new RtpPacket.HeaderExtension(0xBEDE, new byte[] {0x10, 0x55, 0, 0}),
            new byte[] {9, 8, 7},
            5);

    byte[] wire = packet.toBytes();

    assertThat(wire[0] & 0xFF).isEqualTo(0x80 | 0x20 | 0x10 | 2);
    assertThat(wire[wire.length - 1]).isEqualTo((byte) 5);
    assertThat(RtpPacket.parse(wire)).isEqualTo(packet);
    assertThat(RtpPacket.parse(wire).payload()).containsExactly(9, 8, 7);
  }

  @Test
  void rfc3550Section5_1_parsesAtAnOffsetInsideALargerBuffer() throws Exception {
    byte[] wire = RtpPacket.of(8, 1, 160, 99, false, new byte[160]).toBytes();
    byte[] buffer = new byte[wire.length + 10];
    System.arraycopy(wire, 0, buffer, 5, wire.length);

    RtpPacket parsed = RtpPacket.parse(buffer, 5, wire.length);

    assertThat(parsed.payloadType()).isEqualTo(8);
    assertThat(parsed.payloadLength()).isEqualTo(160);
  }

  @Test
  void rfc3550Section5_1_shortPacketIsATypedError() {
    assertThatThrownBy(() -> RtpPacket.parse(new byte[] {(byte) 0x80, 0, 0}))
        .isInstanceOf(MalformedPacketException.class)
        .hasMessageContaining("at least 12 bytes");
  }

  @Test
  void rfc3550Section5_1_versionOtherThanTwoIsRejected() {
    byte[] wire = RtpPacket.of(0, 1, 1, 1, false, new byte[4]).toBytes();
    wire[0] = 0x40;

    assertThatThrownBy(() -> RtpPacket.parse(wire)).hasMessageContaining("version must be 2");
  }

  @Test
  void rfc3550Section5_1_csrcCountPastTheEndIsRejected() {
    byte[] wire = RtpPacket.of(0, 1, 1, 1, false, new byte[4]).toBytes();
    wire[0] = (byte) 0x8F;

    assertThatThrownBy(() -> RtpPacket.parse(wire))
        .isInstanceOf(MalformedPacketException.class)
        .hasMessageContaining("CSRCs");
  }

  @Test
  void rfc3550Section5_3_1_extensionLengthPastTheEndIsRejected() {
    byte[] wire = HEX.parseHex("900000010000000100000001bede0009");

    assertThatThrownBy(() -> RtpPacket.parse(wire))
        .isInstanceOf(MalformedPacketException.class)
        .hasMessageContaining("extension");
  }

  @Test
  void rfc3550Section5_1_paddingCountLargerThanPacketIsRejected() {
    byte[] wire = RtpPacket.of(0, 1, 1, 1, false, new byte[] {0, 0, 0, 40}).toBytes();
    wire[0] |= 0x20;

    assertThatThrownBy(() -> RtpPacket.parse(wire)).hasMessageContaining("padding count 40");
  }

  @Test
  void rfc3550Section5_1_randomBytesNeverEscapeAsUncheckedExceptions() {
    Random random = new Random(3550);
    for (int i = 0; i < 20_000; i++) {
      byte[] junk = new byte[random.nextInt(40)];
      random.nextBytes(junk);
      if (junk.length > 0) {
        junk[0] = (byte) (0x80 | junk[0] & 0x3F);
      }
      try {
        RtpPacket.parse(junk);
      } catch (MalformedPacketException expected) {
        assertThat(expected.offset()).isBetween(0, 40);
      }
    }
  }

  @Test
  void rfc3550Section5_1_fieldsOutsideTheirWidthAreRejectedAtConstruction() {
    assertThatThrownBy(() -> RtpPacket.of(128, 0, 0, 0, false, new byte[0]))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("payloadType");
    assertThatThrownBy(() -> RtpPacket.of(0, 65536, 0, 0, false, new byte[0]))
        .hasMessageContaining("sequenceNumber");
  }
}
