package io.parley.media.srtp;

/**
 * The cipher-specific half of SRTP: encrypting, authenticating and framing one packet once the
 * context has worked out its index. Implementations keep their JCE objects and are not thread-safe.
 */
sealed interface Transform permits AesCmTransform, AesGcmTransform {

  /**
   * Protects an RTP packet.
   *
   * @param packet the plain packet, exactly its length
   * @param headerLength where the payload starts
   * @param ssrc the packet's SSRC
   * @param roc the rollover counter for this packet
   * @param seq its sequence number
   * @return the SRTP packet
   */
  byte[] protectRtp(byte[] packet, int headerLength, long ssrc, long roc, int seq);

  /**
   * Authenticates and decrypts an SRTP packet.
   *
   * @return the plain packet, or {@code null} if authentication failed
   */
  byte[] unprotectRtp(byte[] packet, int headerLength, long ssrc, long roc, int seq);

  /**
   * Protects an RTCP compound packet with the given SRTCP index; the E flag is always set.
   *
   * @return the SRTCP packet
   */
  byte[] protectRtcp(byte[] packet, long ssrc, long index);

  /**
   * Reads the E flag and SRTCP index word of an SRTCP packet.
   *
   * @return the 32-bit word, or -1 if the packet is too short to hold it
   */
  long rtcpIndexWord(byte[] packet);

  /**
   * Authenticates and (if {@code encrypted}) decrypts an SRTCP packet.
   *
   * @return the plain compound packet, or {@code null} if authentication failed
   */
  byte[] unprotectRtcp(byte[] packet, long ssrc, long indexWord);
}
