/**
 * Opus through the pure-Java Concentus port of libopus: bitrate, complexity, in-band FEC, DTX and
 * bandwidth, negotiated through fmtp.
 *
 * <p>Follows RFC 7587 (RTP payload format and SDP parameters for Opus) and RFC 6716 (Opus).
 */
package io.parley.codecs.opus;
