package io.parley.media.stats;

/**
 * One media stream's quality at a moment, as {@code call.statistics()} and the periodic statistics
 * event report it.
 *
 * @param codec the SDP encoding name in use
 * @param packetsSent RTP packets sent
 * @param bytesSent RTP payload bytes sent
 * @param packetsReceived RTP packets received (duplicates included)
 * @param bytesReceived RTP payload bytes received
 * @param packetsLost packets lost, by RFC 3550 A.3 (expected minus received)
 * @param lossPercent the loss over the stream's life, 0..100
 * @param jitterMillis the interarrival jitter (RFC 3550 A.8)
 * @param jitterBufferMillis the audio held in the jitter buffer
 * @param roundTripMillis the RTCP round-trip time, or -1 before the first report
 * @param mos the E-model MOS estimate, 1.0..4.5
 */
public record StreamStatistics(
    String codec,
    long packetsSent,
    long bytesSent,
    long packetsReceived,
    long bytesReceived,
    long packetsLost,
    double lossPercent,
    double jitterMillis,
    double jitterBufferMillis,
    double roundTripMillis,
    double mos) {

  /**
   * Renders the statistics as one JSON object, the shape of the statistics event's JSON form.
   * Numbers use a dot and at most two decimals; the codec name is escaped.
   */
  public String toJson() {
    return new StringBuilder(256)
        .append("{\"codec\":")
        .append(Json.string(codec))
        .append(",\"packetsSent\":")
        .append(packetsSent)
        .append(",\"bytesSent\":")
        .append(bytesSent)
        .append(",\"packetsReceived\":")
        .append(packetsReceived)
        .append(",\"bytesReceived\":")
        .append(bytesReceived)
        .append(",\"packetsLost\":")
        .append(packetsLost)
        .append(",\"lossPercent\":")
        .append(Json.number(lossPercent))
        .append(",\"jitterMs\":")
        .append(Json.number(jitterMillis))
        .append(",\"jitterBufferMs\":")
        .append(Json.number(jitterBufferMillis))
        .append(",\"rttMs\":")
        .append(Json.number(roundTripMillis))
        .append(",\"mos\":")
        .append(Json.number(mos))
        .append('}')
        .toString();
  }
}
