package io.parley.media.jitter;

/**
 * A snapshot of a jitter buffer's work.
 *
 * @param received packets offered
 * @param played frames played from received packets
 * @param concealed frames handed to loss concealment
 * @param late packets dropped because their time had passed
 * @param duplicates packets dropped as copies
 * @param dropped frames dropped to shrink the buffer
 * @param underruns frame periods with nothing buffered at all
 * @param resyncs restarts for a new SSRC or a timestamp jump
 * @param overflows packets dropped because the buffer was full
 * @param currentDelayMillis the audio buffered now
 * @param targetDelayMillis the delay the buffer aims for
 */
public record JitterStatistics(
    long received,
    long played,
    long concealed,
    long late,
    long duplicates,
    long dropped,
    long underruns,
    long resyncs,
    long overflows,
    double currentDelayMillis,
    double targetDelayMillis) {}
