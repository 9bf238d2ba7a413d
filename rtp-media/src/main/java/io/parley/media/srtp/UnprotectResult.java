package io.parley.media.srtp;

import java.util.Arrays;

/**
 * The outcome of unprotecting one SRTP or SRTCP packet: the plain packet, or why it was dropped. A
 * rejection is an ordinary result, never an exception, because forged and replayed packets are
 * expected on an open network.
 */
public sealed interface UnprotectResult {

  /** Why a packet was dropped. */
  enum Reason {
    /** Too short or not RTP/RTCP at all. */
    MALFORMED,
    /** Already received, or older than the replay window (RFC 3711 §3.3.2). */
    REPLAYED,
    /** The tag did not verify: forged, corrupted, or the wrong key (RFC 3711 §3.3 step 5). */
    AUTHENTICATION_FAILED
  }

  /**
   * The packet authenticated and was decrypted.
   *
   * @param packet the plain RTP or RTCP packet
   */
  record Accepted(byte[] packet) implements UnprotectResult {

    /** Takes ownership of the array: the context hands over a fresh one. */
    public Accepted {
      if (packet == null) {
        throw new IllegalArgumentException("packet must not be null");
      }
    }

    @Override
    public boolean equals(Object other) {
      return other instanceof Accepted that && Arrays.equals(packet, that.packet);
    }

    @Override
    public int hashCode() {
      return Arrays.hashCode(packet);
    }

    @Override
    public String toString() {
      return "Accepted[" + packet.length + "B]";
    }
  }

  /**
   * The packet was dropped.
   *
   * @param reason the category
   * @param detail a human-readable explanation naming the SSRC and index where known
   */
  record Rejected(Reason reason, String detail) implements UnprotectResult {}
}
