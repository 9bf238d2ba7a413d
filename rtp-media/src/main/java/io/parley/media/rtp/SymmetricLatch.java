package io.parley.media.rtp;

import io.parley.media.port.MediaAddress;
import java.util.Objects;

/**
 * Symmetric RTP (RFC 4961) with latching: media is sent to the address the far end really sends
 * from, which differs from the SDP address when the far end sits behind NAT.
 *
 * <p>The first packet latches. Later packets from another address are dropped until that address
 * has sent {@code relatchCount} packets in a row, so a single stray or spoofed datagram cannot
 * steal the stream, while a far end whose NAT binding changed is followed within a few packets.
 */
public final class SymmetricLatch {

  private final int relatchCount;
  private MediaAddress remote;
  private boolean latched;
  private MediaAddress candidate;
  private int candidateRun;

  /**
   * Creates a latch that sends to the signalled address until the first packet arrives.
   *
   * @param signalled the address from the far end's SDP
   * @param relatchCount how many packets in a row a new source needs to take over, at least 1
   * @throws IllegalArgumentException if {@code relatchCount} is below 1
   */
  public SymmetricLatch(MediaAddress signalled, int relatchCount) {
    if (relatchCount < 1) {
      throw new IllegalArgumentException("relatchCount must be at least 1, got " + relatchCount);
    }
    this.remote = Objects.requireNonNull(signalled, "signalled");
    this.relatchCount = relatchCount;
  }

  /**
   * Takes the source of a received, authenticated packet.
   *
   * @param source where the packet came from
   * @return true if the packet comes from the latched source (or latched it) and should be used
   */
  public boolean accept(MediaAddress source) {
    if (!latched) {
      latched = true;
      remote = source;
      return true;
    }
    if (remote.equals(source)) {
      candidate = null;
      candidateRun = 0;
      return true;
    }
    if (source.equals(candidate)) {
      candidateRun++;
    } else {
      candidate = source;
      candidateRun = 1;
    }
    if (candidateRun >= relatchCount) {
      remote = source;
      candidate = null;
      candidateRun = 0;
      return true;
    }
    return false;
  }

  /** Returns where to send media now: the latched source, or the signalled address before it. */
  public MediaAddress remote() {
    return remote;
  }

  /** Returns true once a packet has latched the remote address. */
  public boolean latched() {
    return latched;
  }
}
