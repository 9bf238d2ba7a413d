package io.parley.media.srtp;

import io.parley.media.rtp.Bytes;
import java.util.Arrays;
import java.util.HashMap;
import java.util.Map;

/**
 * One direction of an SRTP session (RFC 3711 §3.2): protects what we send, or unprotects what we
 * receive, for every SSRC under one master key. Keeps per-SSRC rollover counters (§3.3.1), replay
 * lists (§3.3.2) and the SRTCP index.
 *
 * <p>Not thread-safe: a stream owns one context per direction and uses it from one thread at a
 * time. On receive, state for a new SSRC is created only after its first packet authenticated, so
 * forged packets cannot grow it.
 */
public final class SrtpContext {

  private final SrtpSuite suite;
  private final Transform transform;
  private final Map<Long, StreamState> streams = new HashMap<>();

  private final MkiFraming mki;

  private SrtpContext(SrtpSuite suite, Transform transform, byte[] mki) {
    this.suite = suite;
    this.transform = transform;
    this.mki = new MkiFraming(suite, mki);
  }

  /**
   * Creates a context from a master key and salt, as exchanged with SDES (RFC 4568).
   *
   * @throws IllegalArgumentException if the key or salt length does not match the suite
   */
  public static SrtpContext create(SrtpSuite suite, byte[] masterKey, byte[] masterSalt) {
    return create(suite, masterKey, masterSalt, new byte[0]);
  }

  /**
   * Creates a context whose packets carry a master key identifier (RFC 3711 §3.1); incoming packets
   * with another MKI are rejected as malformed.
   *
   * @param mki the MKI bytes, empty for none
   * @throws IllegalArgumentException if the key or salt length does not match the suite
   */
  public static SrtpContext create(
      SrtpSuite suite, byte[] masterKey, byte[] masterSalt, byte[] mki) {
    return new SrtpContext(
        suite,
        transform(
            suite,
            KeyDerivation.sessionKeys(suite, masterKey, masterSalt, false),
            KeyDerivation.sessionKeys(suite, masterKey, masterSalt, true)),
        mki);
  }

  /** Creates a context from already derived session keys (the RFC 7714 test vectors do). */
  static SrtpContext fromSessionKeys(
      SrtpSuite suite, KeyDerivation.SessionKeys rtp, KeyDerivation.SessionKeys rtcp) {
    return new SrtpContext(suite, transform(suite, rtp, rtcp), new byte[0]);
  }

  private static Transform transform(
      SrtpSuite suite, KeyDerivation.SessionKeys rtp, KeyDerivation.SessionKeys rtcp) {
    return suite.aead() ? new AesGcmTransform(rtp, rtcp) : new AesCmTransform(suite, rtp, rtcp);
  }

  /** Returns the suite. */
  public SrtpSuite suite() {
    return suite;
  }

  /**
   * Protects one outgoing RTP packet (RFC 3711 §3.3): encrypts the payload and appends the tag.
   *
   * @param packet the buffer holding a plain RTP packet from offset 0
   * @param length its length
   * @return a new array with the SRTP packet
   * @throws IllegalArgumentException if the packet is not a well-formed RTP packet (our own packets
   *     always are)
   * @throws IllegalStateException for GCM, if the same sequence number is protected twice in a row:
   *     reusing a nonce would expose the key stream, so the JDK refuses and so do we
   */
  public byte[] protectRtp(byte[] packet, int length) {
    int headerLength = rtpHeaderLength(packet, length);
    if (headerLength < 0) {
      throw new IllegalArgumentException("not a well-formed RTP packet of " + length + " bytes");
    }
    long ssrc = Bytes.u32(packet, 8);
    int seq = Bytes.u16(packet, 2);
    StreamState state = streams.computeIfAbsent(ssrc, key -> new StreamState());
    long roc = state.estimateRoc(seq);
    if (roc < 0) {
      throw new IllegalArgumentException("sequence number " + seq + " precedes the stream start");
    }
    state.advance(roc, seq);
    return mki.add(
        transform.protectRtp(Arrays.copyOf(packet, length), headerLength, ssrc, roc, seq), false);
  }

  /**
   * Unprotects one incoming SRTP packet: replay check, tag check, decryption (RFC 3711 §3.3).
   *
   * @param received the buffer holding the SRTP packet from offset 0
   * @param receivedLength its length
   * @return the plain packet, or why it was rejected; never throws for bad input
   */
  public UnprotectResult unprotectRtp(byte[] received, int receivedLength) {
    byte[] packet = mki.strip(received, receivedLength, false);
    if (packet == null) {
      return new UnprotectResult.Rejected(
          UnprotectResult.Reason.MALFORMED, "SRTP packet without our MKI: " + receivedLength + "B");
    }
    int length = packet.length;
    int headerLength = rtpHeaderLength(packet, length);
    if (headerLength < 0 || length - headerLength < suite.rtpTagLength()) {
      return new UnprotectResult.Rejected(
          UnprotectResult.Reason.MALFORMED, "not an SRTP packet: " + length + " bytes");
    }
    long ssrc = Bytes.u32(packet, 8);
    int seq = Bytes.u16(packet, 2);
    StreamState state = streams.get(ssrc);
    long roc = state == null ? 0 : state.estimateRoc(seq);
    long index = roc << 16 | seq;
    if (roc < 0 || state != null && !state.rtpWindow.fresh(index)) {
      return new UnprotectResult.Rejected(
          UnprotectResult.Reason.REPLAYED, "SSRC " + Long.toHexString(ssrc) + " index " + index);
    }
    byte[] plain = transform.unprotectRtp(packet, headerLength, ssrc, roc, seq);
    if (plain == null) {
      return new UnprotectResult.Rejected(
          UnprotectResult.Reason.AUTHENTICATION_FAILED,
          "SSRC " + Long.toHexString(ssrc) + " index " + index);
    }
    state = stateAfterAuthentication(ssrc, state);
    state.advance(roc, seq);
    state.rtpWindow.accept(index);
    return new UnprotectResult.Accepted(plain);
  }

  /**
   * Protects one outgoing RTCP compound packet (RFC 3711 §3.4), always encrypted (E = 1).
   *
   * @throws IllegalArgumentException if the packet is shorter than 8 bytes
   * @throws IllegalStateException if 2^31 SRTCP packets were sent under this key (rekey first)
   */
  public byte[] protectRtcp(byte[] packet, int length) {
    if (length < 8 || length > packet.length) {
      throw new IllegalArgumentException("not an RTCP packet: " + length + " bytes");
    }
    long ssrc = Bytes.u32(packet, 4);
    StreamState state = streams.computeIfAbsent(ssrc, key -> new StreamState());
    if (state.rtcpIndex > 0x7FFF_FFFFL) {
      throw new IllegalStateException("SRTCP index exhausted for SSRC " + ssrc + "; rekey");
    }
    return mki.add(
        transform.protectRtcp(Arrays.copyOf(packet, length), ssrc, state.rtcpIndex++), true);
  }

  /**
   * Unprotects one incoming SRTCP packet.
   *
   * @return the plain compound packet, or why it was rejected; never throws for bad input
   */
  public UnprotectResult unprotectRtcp(byte[] packet, int length) {
    byte[] copy = length < 8 ? null : mki.strip(packet, length, true);
    if (copy == null) {
      return new UnprotectResult.Rejected(
          UnprotectResult.Reason.MALFORMED, "not an SRTCP packet with our MKI: " + length + "B");
    }
    long word = transform.rtcpIndexWord(copy);
    if (word < 0) {
      return new UnprotectResult.Rejected(
          UnprotectResult.Reason.MALFORMED, "SRTCP packet too short: " + length + " bytes");
    }
    long ssrc = Bytes.u32(copy, 4);
    long index = word & 0x7FFF_FFFFL;
    StreamState state = streams.get(ssrc);
    if (state != null && !state.rtcpWindow.fresh(index)) {
      return new UnprotectResult.Rejected(
          UnprotectResult.Reason.REPLAYED, "SRTCP SSRC " + Long.toHexString(ssrc) + " #" + index);
    }
    byte[] plain = transform.unprotectRtcp(copy, ssrc, word);
    if (plain == null) {
      return new UnprotectResult.Rejected(
          UnprotectResult.Reason.AUTHENTICATION_FAILED,
          "SRTCP SSRC " + Long.toHexString(ssrc) + " #" + index);
    }
    stateAfterAuthentication(ssrc, state).rtcpWindow.accept(index);
    return new UnprotectResult.Accepted(plain);
  }

  private StreamState stateAfterAuthentication(long ssrc, StreamState known) {
    if (known != null) {
      return known;
    }
    StreamState created = new StreamState();
    streams.put(ssrc, created);
    return created;
  }

  /** Returns the RTP header length (fixed, CSRCs, extension), or -1 if it does not fit. */
  private static int rtpHeaderLength(byte[] packet, int length) {
    if (length < 12 || length > packet.length || (packet[0] & 0xC0) != 0x80) {
      return -1;
    }
    int headerLength = 12 + 4 * (packet[0] & 0x0F);
    if ((packet[0] & 0x10) != 0) {
      if (headerLength + 4 > length) {
        return -1;
      }
      headerLength += 4 + 4 * Bytes.u16(packet, headerLength + 2);
    }
    return headerLength <= length ? headerLength : -1;
  }

  /** Per-SSRC state: s_l and ROC (RFC 3711 §3.3.1), replay lists and the SRTCP send index. */
  private static final class StreamState {
    boolean started;
    int highestSeq;
    long roc;
    long rtcpIndex;
    final ReplayWindow rtpWindow = new ReplayWindow();
    final ReplayWindow rtcpWindow = new ReplayWindow();

    /** RFC 3711 §3.3.1: the ROC that places {@code seq} closest to the highest seen. */
    long estimateRoc(int seq) {
      if (!started) {
        return 0;
      }
      if (highestSeq < 32768) {
        return seq - highestSeq > 32768 ? roc - 1 : roc;
      }
      return highestSeq - 32768 > seq ? roc + 1 : roc;
    }

    void advance(long packetRoc, int seq) {
      if (!started) {
        started = true;
        roc = packetRoc;
        highestSeq = seq;
      } else if (packetRoc == roc + 1) {
        roc = packetRoc;
        highestSeq = seq;
      } else if (packetRoc == roc && seq > highestSeq) {
        highestSeq = seq;
      }
    }
  }
}
