package io.parley.media.stats;

import io.parley.media.jitter.JitterStatistics;
import io.parley.media.rtcp.ReceptionStatistics;

/**
 * Counts one stream's traffic and turns it, with the receive-side state, into {@link
 * StreamStatistics}. Not thread-safe: the stream's media thread owns it.
 */
public final class StreamMonitor {

  private final String codec;
  private final CodecImpairment impairment;
  private final double codecDelayMillis;
  private long packetsSent;
  private long bytesSent;
  private long packetsReceived;
  private long bytesReceived;
  private double roundTripMillis = -1;

  /**
   * Creates a monitor.
   *
   * @param codec the SDP encoding name, for the report and the E-model impairment
   * @param codecDelayMillis the codec's framing and look-ahead delay (20 for G.711 at 20 ms)
   */
  public StreamMonitor(String codec, double codecDelayMillis) {
    this.codec = codec;
    this.impairment = CodecImpairment.forEncoding(codec);
    this.codecDelayMillis = codecDelayMillis;
  }

  /** Records an RTP packet sent with {@code payloadBytes} of payload. */
  public void sent(int payloadBytes) {
    packetsSent++;
    bytesSent += payloadBytes;
  }

  /** Records an RTP packet received with {@code payloadBytes} of payload. */
  public void received(int payloadBytes) {
    packetsReceived++;
    bytesReceived += payloadBytes;
  }

  /** Records a round-trip time measured from an RTCP report; negative values are ignored. */
  public void roundTrip(long nanos) {
    if (nanos >= 0) {
      roundTripMillis = nanos / 1e6;
    }
  }

  /** Returns the RTP packets sent so far (the SR packet count). */
  public long packetsSent() {
    return packetsSent;
  }

  /** Returns the payload octets sent so far (the SR octet count). */
  public long bytesSent() {
    return bytesSent;
  }

  /**
   * Takes a snapshot.
   *
   * @param reception the receive-side statistics, or {@code null} before the first packet
   * @param jitterBuffer the jitter buffer's statistics
   */
  public StreamStatistics snapshot(ReceptionStatistics reception, JitterStatistics jitterBuffer) {
    long lost = reception == null ? 0 : Math.max(0, reception.cumulativeLost());
    long expected =
        reception == null ? 0 : Math.max(0, reception.cumulativeLost()) + reception.received();
    double lossPercent = expected == 0 ? 0 : 100.0 * lost / expected;
    double jitter = reception == null ? 0 : reception.jitterMillis();
    double oneWay =
        Math.max(0, roundTripMillis) / 2 + jitterBuffer.currentDelayMillis() + codecDelayMillis;
    double mos = EModel.mos(EModel.rating(impairment, lossPercent, 1, oneWay));
    return new StreamStatistics(
        codec,
        packetsSent,
        bytesSent,
        packetsReceived,
        bytesReceived,
        lost,
        lossPercent,
        jitter,
        jitterBuffer.currentDelayMillis(),
        roundTripMillis,
        mos);
  }
}
