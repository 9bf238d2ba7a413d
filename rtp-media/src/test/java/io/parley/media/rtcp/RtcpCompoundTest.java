package io.parley.media.rtcp;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.parley.media.MalformedPacketException;
import io.parley.media.rtp.RtpPacket;
import java.util.HexFormat;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

class RtcpCompoundTest {

  private static final ReportBlock BLOCK =
      new ReportBlock(0x11223344L, 25, -3, 70_000, 42, 0xAABBCCDDL, 65536);

  @Test
  void rfc3550Section6_4_1_senderReportWithSdesAndByeRoundTrips() throws Exception {
    List<RtcpPacket> compound =
        List.of(
            new SenderReport(0xCAFEL, 0x0102030405060708L, 160_000, 500, 80_000, List.of(BLOCK)),
            SourceDescription.cname(0xCAFEL, "alice@example.com"),
            new Goodbye(List.of(0xCAFEL), "hangup"));

    byte[] wire = RtcpCompound.write(compound);

    assertThat(wire.length % 4).isZero();
    assertThat(RtcpCompound.parse(wire)).containsExactlyElementsOf(compound);
  }

  @Test
  void rfc3550Section6_4_1_senderReportHeaderBytes() {
    byte[] wire =
        RtcpCompound.write(List.of(new SenderReport(1, 0x0000000100000000L, 2, 3, 4, List.of())));

    assertThat(HexFormat.of().formatHex(wire))
        .isEqualTo(
            "80c80006"
                + "00000001"
                + "00000001"
                + "00000000"
                + "00000002"
                + "00000003"
                + "00000004");
  }

  @Test
  void rfc3550Section6_4_1_negativeCumulativeLossSurvivesTheWire() throws Exception {
    byte[] wire = RtcpCompound.write(List.of(new ReceiverReport(9, List.of(BLOCK))));

    ReceiverReport parsed = (ReceiverReport) RtcpCompound.parse(wire).get(0);

    assertThat(parsed.reports().get(0).cumulativeLost()).isEqualTo(-3);
    assertThat(parsed.reports().get(0).fractionLost()).isEqualTo(25);
  }

  @Test
  void rfc3550Section6_7_appAndUnknownTypesAreKept() throws Exception {
    List<RtcpPacket> compound =
        List.of(
            new ReceiverReport(9, List.of()),
            new ApplicationDefined(3, 9, "PRLY", new byte[] {1, 2, 3, 4}),
            new UnknownRtcpPacket(205, 1, new byte[8]));

    assertThat(RtcpCompound.parse(RtcpCompound.write(compound)))
        .containsExactlyElementsOf(compound);
  }

  @Test
  void rfc3550AppendixA2_compoundMustStartWithAReport() {
    byte[] wire = RtcpCompound.write(List.of(SourceDescription.cname(1, "x")));

    assertThatThrownBy(() -> RtcpCompound.parse(wire))
        .isInstanceOf(MalformedPacketException.class)
        .hasMessageContaining("SR or RR");
  }

  @Test
  void rfc3550AppendixA2_lengthPastTheEndIsRejected() {
    byte[] wire = RtcpCompound.write(List.of(new ReceiverReport(9, List.of(BLOCK))));
    wire[3] = 40;

    assertThatThrownBy(() -> RtcpCompound.parse(wire)).hasMessageContaining("runs past");
  }

  @Test
  void rfc3550AppendixA2_reportCountLargerThanPacketIsRejected() {
    byte[] wire = RtcpCompound.write(List.of(new ReceiverReport(9, List.of())));
    wire[0] = (byte) 0x83;

    assertThatThrownBy(() -> RtcpCompound.parse(wire)).hasMessageContaining("3 blocks");
  }

  @Test
  void rfc3550AppendixA2_randomBytesNeverEscapeAsUncheckedExceptions() {
    Random random = new Random(5761);
    for (int i = 0; i < 20_000; i++) {
      byte[] junk = new byte[4 * random.nextInt(12)];
      random.nextBytes(junk);
      if (junk.length > 1) {
        junk[0] = (byte) (0x80 | junk[0] & 0x3F);
        junk[1] = (byte) (200 + random.nextInt(6));
      }
      try {
        RtcpCompound.parse(junk);
      } catch (MalformedPacketException expected) {
        assertThat(expected.getMessage()).isNotBlank();
      }
    }
  }

  @Test
  void rfc5761Section4_demultiplexesRtcpFromRtp() {
    byte[] rtcp = RtcpCompound.write(List.of(new ReceiverReport(9, List.of())));
    byte[] rtp = RtpPacket.of(0, 1, 1, 1, true, new byte[4]).toBytes();

    assertThat(RtcpCompound.isRtcp(rtcp, rtcp.length)).isTrue();
    assertThat(RtcpCompound.isRtcp(rtp, rtp.length)).isFalse();
    assertThat(RtcpCompound.isRtcp(rtp, 2)).isFalse();
  }

  @Test
  void rfc3550Section6_5_invalidUtf8InSdesIsATypedError() {
    byte[] wire =
        RtcpCompound.write(
            List.of(new ReceiverReport(9, List.of()), SourceDescription.cname(9, "abc")));
    wire[8 + 10] = (byte) 0xFF;

    assertThatThrownBy(() -> RtcpCompound.parse(wire))
        .isInstanceOf(MalformedPacketException.class)
        .hasMessageContaining("UTF-8");
  }

  @Test
  void rfc3550Section6_7_nonAsciiAppNameIsATypedError() {
    byte[] wire =
        RtcpCompound.write(
            List.of(
                new ReceiverReport(9, List.of()),
                new ApplicationDefined(0, 9, "PRLY", new byte[0])));
    wire[8 + 8] = (byte) 0xC3;

    assertThatThrownBy(() -> RtcpCompound.parse(wire))
        .isInstanceOf(MalformedPacketException.class)
        .hasMessageContaining("ASCII");
  }
}
