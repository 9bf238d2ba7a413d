package io.parley.media.srtp;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Arrays;
import java.util.HexFormat;
import org.junit.jupiter.api.Test;

class SrtpTestVectorsTest {

  private static final HexFormat HEX = HexFormat.of();

  private static final byte[] GCM_KEY = HEX.parseHex("000102030405060708090a0b0c0d0e0f");
  private static final byte[] GCM_SALT = HEX.parseHex("517569642070726f2071756f");
  private static final String RTP =
      "8040f17b8041f8d35501a0b2"
          + "47616c6c696120657374206f6d6e69732064697669736120696e207061727465732074726573";
  private static final String SRTP_GCM =
      "8040f17b8041f8d35501a0b2"
          + "f24de3a3fb34de6cacba861c9d7e4bcabe633bd50d294e6f42a5f47a51c7d19b36de3adf8833"
          + "899d7f27beb16a9152cf765ee4390cce";
  private static final String RTCP =
      "81c8000d4d6172734e5450314e545032525450200000042a0000e9304c756e61"
          + "deadbeefdeadbeefdeadbeefdeadbeefdeadbeef";
  private static final String SRTCP_GCM =
      "81c8000d4d61727363e94885dcdab67ca727d7662f6b7e997ff5c0f76c06f32dc676a5f1730d6fda4ce09b"
          + "4686303ded0bb9275bc84aa45896cf4d2fc5abf87245d9eade800005d4";

  @Test
  void rfc3711AppendixB2_aesCounterModeKeystream() {
    KeyDerivation.SessionKeys keys =
        new KeyDerivation.SessionKeys(
            HEX.parseHex("2b7e151628aed2a6abf7158809cf4f3c"),
            new byte[20],
            HEX.parseHex("f0f1f2f3f4f5f6f7f8f9fafbfcfd"));
    AesCmTransform transform = new AesCmTransform(SrtpSuite.AES_CM_128_HMAC_SHA1_80, keys, keys);
    byte[] zeros = new byte[12 + 48];
    zeros[0] = (byte) 0x80;

    byte[] protectedPacket = transform.protectRtp(zeros, 12, 0, 0, 0);

    assertThat(HEX.formatHex(Arrays.copyOfRange(protectedPacket, 12, 60)))
        .isEqualTo(
            "e03ead0935c95e80e166b16dd92b4eb4"
                + "d23513162b02d0f72a43a2fe4a5f97ab"
                + "41e95b3bb0a2e8dd477901e4fca894c0");
  }

  @Test
  void rfc7714Section16_1_1_gcmSrtpEncryption() {
    SrtpContext sender = gcmContext();

    byte[] packet = HEX.parseHex(RTP);

    assertThat(HEX.formatHex(sender.protectRtp(packet, packet.length))).isEqualTo(SRTP_GCM);
  }

  @Test
  void rfc7714Section16_1_2_gcmSrtpDecryption() {
    byte[] packet = HEX.parseHex(SRTP_GCM);

    UnprotectResult result = gcmContext().unprotectRtp(packet, packet.length);

    assertThat(result).isInstanceOf(UnprotectResult.Accepted.class);
    assertThat(HEX.formatHex(((UnprotectResult.Accepted) result).packet())).isEqualTo(RTP);
  }

  @Test
  void rfc7714Section16_1_2_gcmTagMismatchIsRejected() {
    byte[] packet = HEX.parseHex(SRTP_GCM);
    packet[20] ^= 1;

    UnprotectResult result = gcmContext().unprotectRtp(packet, packet.length);

    assertThat(result)
        .isEqualTo(
            new UnprotectResult.Rejected(
                UnprotectResult.Reason.AUTHENTICATION_FAILED, "SSRC 5501a0b2 index 61819"));
  }

  @Test
  void rfc7714Section17_1_gcmSrtcpEncryption() {
    KeyDerivation.SessionKeys keys = new KeyDerivation.SessionKeys(GCM_KEY, new byte[0], GCM_SALT);
    byte[] rtcp = HEX.parseHex(RTCP);

    byte[] protectedPacket = new AesGcmTransform(keys, keys).protectRtcp(rtcp, 0x4d617273L, 0x5d4);

    assertThat(HEX.formatHex(protectedPacket)).isEqualTo(SRTCP_GCM);
  }

  @Test
  void rfc7714Section17_2_gcmSrtcpDecryption() {
    byte[] packet = HEX.parseHex(SRTCP_GCM);

    UnprotectResult result = gcmContext().unprotectRtcp(packet, packet.length);

    assertThat(HEX.formatHex(((UnprotectResult.Accepted) result).packet())).isEqualTo(RTCP);
  }

  private static SrtpContext gcmContext() {
    KeyDerivation.SessionKeys keys = new KeyDerivation.SessionKeys(GCM_KEY, new byte[0], GCM_SALT);
    return SrtpContext.fromSessionKeys(SrtpSuite.AEAD_AES_128_GCM, keys, keys);
  }
}
