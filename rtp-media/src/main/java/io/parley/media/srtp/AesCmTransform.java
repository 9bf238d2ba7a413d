package io.parley.media.srtp;

import io.parley.media.rtp.Bytes;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.util.Arrays;
import javax.crypto.Cipher;
import javax.crypto.Mac;
import javax.crypto.spec.IvParameterSpec;
import javax.crypto.spec.SecretKeySpec;

/**
 * AES-128 counter mode with HMAC-SHA1 (RFC 3711 §4.1.1 and §4.2.1).
 *
 * <p>The SRTP counter block is salt XOR SSRC XOR index, with the low 16 bits counting blocks; JCE's
 * CTR mode increments the whole block, which is the same for packets under 2^16 blocks.
 */
final class AesCmTransform implements Transform {

  private final SrtpSuite suite;
  private final KeyDerivation.SessionKeys rtp;
  private final KeyDerivation.SessionKeys rtcp;
  private final SecretKeySpec rtpKey;
  private final SecretKeySpec rtcpKey;
  private final Cipher cipher;
  private final Mac rtpMac;
  private final Mac rtcpMac;

  AesCmTransform(SrtpSuite suite, KeyDerivation.SessionKeys rtp, KeyDerivation.SessionKeys rtcp) {
    this.suite = suite;
    this.rtp = rtp;
    this.rtcp = rtcp;
    this.rtpKey = new SecretKeySpec(rtp.encryption(), "AES");
    this.rtcpKey = new SecretKeySpec(rtcp.encryption(), "AES");
    try {
      this.cipher = Cipher.getInstance("AES/CTR/NoPadding");
      this.rtpMac = Mac.getInstance("HmacSHA1");
      this.rtpMac.init(new SecretKeySpec(rtp.authentication(), "HmacSHA1"));
      this.rtcpMac = Mac.getInstance("HmacSHA1");
      this.rtcpMac.init(new SecretKeySpec(rtcp.authentication(), "HmacSHA1"));
    } catch (GeneralSecurityException e) {
      throw new IllegalStateException("the JDK lacks AES/CTR or HmacSHA1", e);
    }
  }

  @Override
  public byte[] protectRtp(byte[] packet, int headerLength, long ssrc, long roc, int seq) {
    int tagLength = suite.rtpTagLength();
    byte[] out = Arrays.copyOf(packet, packet.length + tagLength);
    crypt(rtpKey, rtp.salt(), ssrc, roc << 16 | seq, out, headerLength, packet.length);
    byte[] tag = rtpTag(out, packet.length, roc);
    System.arraycopy(tag, 0, out, packet.length, tagLength);
    return out;
  }

  @Override
  public byte[] unprotectRtp(byte[] packet, int headerLength, long ssrc, long roc, int seq) {
    int tagLength = suite.rtpTagLength();
    int end = packet.length - tagLength;
    byte[] expected = Arrays.copyOf(rtpTag(packet, end, roc), tagLength);
    if (!MessageDigest.isEqual(expected, Arrays.copyOfRange(packet, end, packet.length))) {
      return null;
    }
    byte[] out = Arrays.copyOf(packet, end);
    crypt(rtpKey, rtp.salt(), ssrc, roc << 16 | seq, out, headerLength, end);
    return out;
  }

  @Override
  public byte[] protectRtcp(byte[] packet, long ssrc, long index) {
    byte[] out = Arrays.copyOf(packet, packet.length + 4 + suite.rtcpTagLength());
    crypt(rtcpKey, rtcp.salt(), ssrc, index, out, 8, packet.length);
    Bytes.put32(out, packet.length, 0x8000_0000L | index);
    rtcpMac.update(out, 0, packet.length + 4);
    System.arraycopy(rtcpMac.doFinal(), 0, out, packet.length + 4, suite.rtcpTagLength());
    return out;
  }

  @Override
  public long rtcpIndexWord(byte[] packet) {
    int at = packet.length - suite.rtcpTagLength() - 4;
    return at < 8 ? -1 : Bytes.u32(packet, at);
  }

  @Override
  public byte[] unprotectRtcp(byte[] packet, long ssrc, long indexWord) {
    int authenticated = packet.length - suite.rtcpTagLength();
    rtcpMac.update(packet, 0, authenticated);
    byte[] expected = Arrays.copyOf(rtcpMac.doFinal(), suite.rtcpTagLength());
    if (!MessageDigest.isEqual(
        expected, Arrays.copyOfRange(packet, authenticated, packet.length))) {
      return null;
    }
    byte[] out = Arrays.copyOf(packet, authenticated - 4);
    if ((indexWord & 0x8000_0000L) != 0) {
      crypt(rtcpKey, rtcp.salt(), ssrc, indexWord & 0x7FFF_FFFFL, out, 8, out.length);
    }
    return out;
  }

  private byte[] rtpTag(byte[] packet, int length, long roc) {
    rtpMac.update(packet, 0, length);
    byte[] rocBytes = new byte[4];
    Bytes.put32(rocBytes, 0, roc);
    rtpMac.update(rocBytes);
    return rtpMac.doFinal();
  }

  /** XORs {@code data[from..to)} in place with the keystream for this SSRC and index. */
  private void crypt(
      SecretKeySpec key, byte[] salt, long ssrc, long index, byte[] data, int from, int to) {
    byte[] iv = new byte[16];
    System.arraycopy(salt, 0, iv, 0, salt.length);
    for (int i = 0; i < 4; i++) {
      iv[4 + i] ^= (byte) (ssrc >>> (24 - 8 * i));
    }
    for (int i = 0; i < 6; i++) {
      iv[8 + i] ^= (byte) (index >>> (40 - 8 * i));
    }
    try {
      cipher.init(Cipher.ENCRYPT_MODE, key, new IvParameterSpec(iv));
      cipher.doFinal(data, from, to - from, data, from);
    } catch (GeneralSecurityException e) {
      throw new IllegalStateException("AES/CTR failed on a valid key", e);
    }
  }
}
