package io.parley.media.srtp;

import static org.assertj.core.api.Assertions.assertThat;

import io.parley.media.rtcp.ReceiverReport;
import io.parley.media.rtcp.RtcpCompound;
import io.parley.media.rtp.RtpPacket;
import java.util.List;
import java.util.Random;
import java.util.SplittableRandom;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

class SrtpContextTest {

  @ParameterizedTest
  @EnumSource(SrtpSuite.class)
  void rfc3711Section3_3_1_roundTripAcrossSequenceRollover(SrtpSuite suite) {
    SdesCrypto key = SdesCrypto.generate(1, suite, new SplittableRandom(1));
    SrtpContext sender = key.newContext();
    SrtpContext receiver = key.newContext();

    for (int i = 0; i < 20; i++) {
      byte[] plain = rtp((65530 + i) & 0xFFFF, i);
      byte[] secured = sender.protectRtp(plain, plain.length);

      assertThat(secured).hasSize(plain.length + suite.rtpTagLength());
      assertThat(accepted(receiver.unprotectRtp(secured, secured.length))).isEqualTo(plain);
    }
  }

  @ParameterizedTest
  @EnumSource(SrtpSuite.class)
  void rfc3711Section3_3_1_reorderingAcrossTheWrapGuessesTheRolloverCounter(SrtpSuite suite) {
    SdesCrypto key = SdesCrypto.generate(1, suite, new SplittableRandom(11));
    SrtpContext sender = key.newContext();
    SrtpContext receiver = key.newContext();
    byte[][] secured = new byte[5][];
    int[] sequence = {65533, 65534, 65535, 0, 1};
    for (int i = 0; i < sequence.length; i++) {
      secured[i] = protect(sender, rtp(sequence[i], i));
    }

    for (int i : new int[] {0, 1, 3, 2, 4}) {
      assertThat(accepted(receiver.unprotectRtp(secured[i], secured[i].length)))
          .isEqualTo(rtp(sequence[i], i));
    }
    assertThat(reason(receiver.unprotectRtp(secured[2], secured[2].length)))
        .isEqualTo(UnprotectResult.Reason.REPLAYED);
  }

  @ParameterizedTest
  @EnumSource(SrtpSuite.class)
  void rfc3711Section3_3_2_replayedPacketIsRejected(SrtpSuite suite) {
    SdesCrypto key = SdesCrypto.generate(1, suite, new SplittableRandom(2));
    SrtpContext sender = key.newContext();
    SrtpContext receiver = key.newContext();
    byte[] secured = protect(sender, rtp(100, 1));

    receiver.unprotectRtp(secured, secured.length);

    assertThat(reason(receiver.unprotectRtp(secured, secured.length)))
        .isEqualTo(UnprotectResult.Reason.REPLAYED);
  }

  @ParameterizedTest
  @EnumSource(SrtpSuite.class)
  void rfc3711Section3_3_tamperedPacketFailsAndDoesNotMoveTheWindow(SrtpSuite suite) {
    SdesCrypto key = SdesCrypto.generate(1, suite, new SplittableRandom(3));
    SrtpContext sender = key.newContext();
    SrtpContext receiver = key.newContext();
    byte[] secured = protect(sender, rtp(7, 1));
    byte[] tampered = secured.clone();
    tampered[15] ^= 0x40;

    assertThat(reason(receiver.unprotectRtp(tampered, tampered.length)))
        .isEqualTo(UnprotectResult.Reason.AUTHENTICATION_FAILED);
    assertThat(receiver.unprotectRtp(secured, secured.length))
        .isInstanceOf(UnprotectResult.Accepted.class);
  }

  @ParameterizedTest
  @EnumSource(SrtpSuite.class)
  void rfc3711Section3_3_2_reorderedWithinWindowAcceptedOlderRejected(SrtpSuite suite) {
    SdesCrypto key = SdesCrypto.generate(1, suite, new SplittableRandom(4));
    SrtpContext sender = key.newContext();
    SrtpContext receiver = key.newContext();
    byte[][] secured = new byte[300][];
    for (int seq = 0; seq < 300; seq++) {
      secured[seq] = protect(sender, rtp(seq, seq));
    }
    receiver.unprotectRtp(secured[0], secured[0].length);
    receiver.unprotectRtp(secured[299], secured[299].length);

    assertThat(receiver.unprotectRtp(secured[200], secured[200].length))
        .isInstanceOf(UnprotectResult.Accepted.class);
    assertThat(reason(receiver.unprotectRtp(secured[100], secured[100].length)))
        .isEqualTo(UnprotectResult.Reason.REPLAYED);
  }

  @ParameterizedTest
  @EnumSource(SrtpSuite.class)
  void rfc3711Section3_4_srtcpRoundTripWithIndexAndReplay(SrtpSuite suite) {
    SdesCrypto key = SdesCrypto.generate(1, suite, new SplittableRandom(5));
    SrtpContext sender = key.newContext();
    SrtpContext receiver = key.newContext();
    byte[] rtcp = RtcpCompound.write(List.of(new ReceiverReport(0xABCDL, List.of())));

    byte[] first = sender.protectRtcp(rtcp, rtcp.length);
    byte[] second = sender.protectRtcp(rtcp, rtcp.length);

    assertThat(first).hasSize(rtcp.length + 4 + suite.rtcpTagLength()).isNotEqualTo(second);
    assertThat(accepted(receiver.unprotectRtcp(first, first.length))).isEqualTo(rtcp);
    assertThat(accepted(receiver.unprotectRtcp(second, second.length))).isEqualTo(rtcp);
    assertThat(reason(receiver.unprotectRtcp(first, first.length)))
        .isEqualTo(UnprotectResult.Reason.REPLAYED);
    second[9] ^= 1;
    SrtpContext fresh = key.newContext();
    assertThat(reason(fresh.unprotectRtcp(second, second.length)))
        .isEqualTo(UnprotectResult.Reason.AUTHENTICATION_FAILED);
  }

  @ParameterizedTest
  @EnumSource(SrtpSuite.class)
  void rfc3711Section3_3_wrongKeyFailsAuthentication(SrtpSuite suite) {
    SrtpContext sender = SdesCrypto.generate(1, suite, new SplittableRandom(6)).newContext();
    SrtpContext stranger = SdesCrypto.generate(1, suite, new SplittableRandom(7)).newContext();
    byte[] secured = protect(sender, rtp(1, 1));

    assertThat(reason(stranger.unprotectRtp(secured, secured.length)))
        .isEqualTo(UnprotectResult.Reason.AUTHENTICATION_FAILED);
  }

  @ParameterizedTest
  @EnumSource(SrtpSuite.class)
  void rfc3711Section3_3_garbageIsAResultNeverAnException(SrtpSuite suite) {
    SrtpContext receiver = SdesCrypto.generate(1, suite, new SplittableRandom(8)).newContext();
    Random random = new Random(3711);
    for (int i = 0; i < 5_000; i++) {
      byte[] junk = new byte[random.nextInt(80)];
      random.nextBytes(junk);
      if (junk.length > 0 && random.nextBoolean()) {
        junk[0] = (byte) (0x80 | junk[0] & 0x3F);
      }
      assertThat(receiver.unprotectRtp(junk, junk.length))
          .isInstanceOf(UnprotectResult.Rejected.class);
      assertThat(receiver.unprotectRtcp(junk, junk.length))
          .isInstanceOf(UnprotectResult.Rejected.class);
    }
  }

  @ParameterizedTest
  @EnumSource(SrtpSuite.class)
  void rfc3711Section3_1_mkiIsCarriedAndCheckedOnBothSrtpAndSrtcp(SrtpSuite suite)
      throws Exception {
    SdesCrypto generated = SdesCrypto.generate(1, suite, new SplittableRandom(12));
    SdesCrypto withMki = SdesCrypto.parse(generated.format() + "|2^31|7:2");
    SdesCrypto otherMki = SdesCrypto.parse(generated.format() + "|2^31|8:2");
    SrtpContext sender = withMki.newContext();
    byte[] plain = rtp(10, 3);
    byte[] rtcp = RtcpCompound.write(List.of(new ReceiverReport(0x1234_5678L, List.of())));

    byte[] secured = protect(sender, plain);
    byte[] securedRtcp = sender.protectRtcp(rtcp, rtcp.length);

    assertThat(secured).hasSize(plain.length + suite.rtpTagLength() + 2);
    int mkiAt = secured.length - 2 - (suite.aead() ? 0 : suite.rtpTagLength());
    assertThat(secured[mkiAt]).isEqualTo((byte) 0);
    assertThat(secured[mkiAt + 1]).isEqualTo((byte) 7);
    SrtpContext receiver = withMki.newContext();
    assertThat(accepted(receiver.unprotectRtp(secured, secured.length))).isEqualTo(plain);
    assertThat(accepted(receiver.unprotectRtcp(securedRtcp, securedRtcp.length))).isEqualTo(rtcp);
    assertThat(reason(otherMki.newContext().unprotectRtp(secured, secured.length)))
        .isEqualTo(UnprotectResult.Reason.MALFORMED);
  }

  private static byte[] rtp(int seq, int fill) {
    byte[] payload = new byte[160];
    java.util.Arrays.fill(payload, (byte) fill);
    return RtpPacket.of(0, seq, 160L * seq, 0x1234_5678L, false, payload).toBytes();
  }

  private static byte[] protect(SrtpContext context, byte[] plain) {
    return context.protectRtp(plain, plain.length);
  }

  private static byte[] accepted(UnprotectResult result) {
    assertThat(result).isInstanceOf(UnprotectResult.Accepted.class);
    return ((UnprotectResult.Accepted) result).packet();
  }

  private static UnprotectResult.Reason reason(UnprotectResult result) {
    assertThat(result).isInstanceOf(UnprotectResult.Rejected.class);
    return ((UnprotectResult.Rejected) result).reason();
  }
}
