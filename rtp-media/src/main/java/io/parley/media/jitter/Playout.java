package io.parley.media.jitter;

/** What the jitter buffer hands the decoder for one frame period. */
public sealed interface Playout {

  /**
   * A received frame, due now.
   *
   * @param payload the RTP payload, owned by the caller from now on
   * @param timestamp the packet's RTP timestamp
   * @param sequenceNumber the packet's sequence number
   */
  record Frame(byte[] payload, long timestamp, int sequenceNumber) implements Playout {}

  /** The frame due now was lost or is late: the decoder should conceal it. */
  record Conceal() implements Playout {}

  /** Nothing to play: before the first packet, while buffering, or during silence. */
  record Silence() implements Playout {}
}
