package io.parley.media.srtp;

import io.parley.media.rtp.Bytes;
import java.security.GeneralSecurityException;
import java.util.Arrays;
import javax.crypto.AEADBadTagException;
import javax.crypto.Cipher;
import javax.crypto.spec.GCMParameterSpec;
import javax.crypto.spec.SecretKeySpec;

/**
 * AEAD_AES_128_GCM for SRTP and SRTCP (RFC 7714 §8 and §9): the header is associated data, the
 * payload is encrypted, a 16-byte tag follows; SRTCP puts its E flag and index last.
 */
final class AesGcmTransform implements Transform {

  private static final int TAG = 16;

  private final KeyDerivation.SessionKeys rtp;
  private final KeyDerivation.SessionKeys rtcp;
  private final SecretKeySpec rtpKey;
  private final SecretKeySpec rtcpKey;
  private final Cipher cipher;

  AesGcmTransform(KeyDerivation.SessionKeys rtp, KeyDerivation.SessionKeys rtcp) {
    this.rtp = rtp;
    this.rtcp = rtcp;
    this.rtpKey = new SecretKeySpec(rtp.encryption(), "AES");
    this.rtcpKey = new SecretKeySpec(rtcp.encryption(), "AES");
    try {
      this.cipher = Cipher.getInstance("AES/GCM/NoPadding");
    } catch (GeneralSecurityException e) {
      throw new IllegalStateException("the JDK lacks AES/GCM/NoPadding", e);
    }
  }

  @Override
  public byte[] protectRtp(byte[] packet, int headerLength, long ssrc, long roc, int seq) {
    byte[] out = Arrays.copyOf(packet, packet.length + TAG);
    byte[] iv = iv(rtp.salt(), ssrc, roc << 16 | seq);
    try {
      cipher.init(Cipher.ENCRYPT_MODE, rtpKey, new GCMParameterSpec(TAG * 8, iv));
      cipher.updateAAD(packet, 0, headerLength);
      cipher.doFinal(packet, headerLength, packet.length - headerLength, out, headerLength);
    } catch (GeneralSecurityException e) {
      throw new IllegalStateException("SRTP index reused or GCM failed", e);
    }
    return out;
  }

  @Override
  public byte[] unprotectRtp(byte[] packet, int headerLength, long ssrc, long roc, int seq) {
    byte[] out = Arrays.copyOf(packet, packet.length - TAG);
    try {
      cipher.init(
          Cipher.DECRYPT_MODE,
          rtpKey,
          new GCMParameterSpec(TAG * 8, iv(rtp.salt(), ssrc, roc << 16 | seq)));
      cipher.updateAAD(packet, 0, headerLength);
      cipher.doFinal(packet, headerLength, packet.length - headerLength, out, headerLength);
      return out;
    } catch (AEADBadTagException e) {
      return null;
    } catch (GeneralSecurityException e) {
      throw new IllegalStateException("GCM failed on a valid key", e);
    }
  }

  @Override
  public byte[] protectRtcp(byte[] packet, long ssrc, long index) {
    byte[] out = Arrays.copyOf(packet, packet.length + TAG + 4);
    long word = 0x8000_0000L | index;
    Bytes.put32(out, packet.length + TAG, word);
    try {
      cipher.init(
          Cipher.ENCRYPT_MODE,
          rtcpKey,
          new GCMParameterSpec(TAG * 8, iv(rtcp.salt(), ssrc, index)));
      cipher.updateAAD(rtcpAad(packet, word));
      cipher.doFinal(packet, 8, packet.length - 8, out, 8);
    } catch (GeneralSecurityException e) {
      throw new IllegalStateException("SRTCP index reused or GCM failed", e);
    }
    return out;
  }

  @Override
  public long rtcpIndexWord(byte[] packet) {
    return packet.length < 8 + TAG + 4 ? -1 : Bytes.u32(packet, packet.length - 4);
  }

  @Override
  public byte[] unprotectRtcp(byte[] packet, long ssrc, long indexWord) {
    if ((indexWord & 0x8000_0000L) == 0) {
      return unprotectUnencryptedRtcp(packet, ssrc, indexWord);
    }
    byte[] out = Arrays.copyOf(packet, packet.length - TAG - 4);
    try {
      cipher.init(
          Cipher.DECRYPT_MODE,
          rtcpKey,
          new GCMParameterSpec(TAG * 8, iv(rtcp.salt(), ssrc, indexWord & 0x7FFF_FFFFL)));
      cipher.updateAAD(rtcpAad(packet, indexWord));
      cipher.doFinal(packet, 8, packet.length - 8 - 4, out, 8);
      return out;
    } catch (AEADBadTagException e) {
      return null;
    } catch (GeneralSecurityException e) {
      throw new IllegalStateException("GCM failed on a valid key", e);
    }
  }

  /** RFC 7714 §9.3: E = 0 means the whole packet is associated data and only the tag is checked. */
  private byte[] unprotectUnencryptedRtcp(byte[] packet, long ssrc, long indexWord) {
    int plainLength = packet.length - TAG - 4;
    try {
      cipher.init(
          Cipher.DECRYPT_MODE,
          rtcpKey,
          new GCMParameterSpec(TAG * 8, iv(rtcp.salt(), ssrc, indexWord)));
      cipher.updateAAD(packet, 0, plainLength);
      cipher.updateAAD(packet, packet.length - 4, 4);
      cipher.doFinal(packet, plainLength, TAG);
      return Arrays.copyOf(packet, plainLength);
    } catch (AEADBadTagException e) {
      return null;
    } catch (GeneralSecurityException e) {
      throw new IllegalStateException("GCM failed on a valid key", e);
    }
  }

  private static byte[] rtcpAad(byte[] packet, long word) {
    byte[] aad = Arrays.copyOf(packet, 12);
    Bytes.put32(aad, 8, word);
    return aad;
  }

  /**
   * RFC 7714 §8.1 and §9.1: 00 00 || SSRC || 48 bits (ROC || SEQ for SRTP, 00 00 || index for
   * SRTCP), XOR the salt.
   */
  private static byte[] iv(byte[] salt, long ssrc, long low48) {
    byte[] iv = new byte[12];
    Bytes.put32(iv, 2, ssrc);
    Bytes.put16(iv, 6, (int) (low48 >>> 32));
    Bytes.put32(iv, 8, low48 & 0xFFFF_FFFFL);
    for (int i = 0; i < 12; i++) {
      iv[i] ^= salt[i];
    }
    return iv;
  }
}
