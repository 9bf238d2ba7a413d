/**
 * Parley's media domain: RTP/RTCP (RFC 3550), SRTP (RFC 3711), jitter buffering, DTMF (RFC 4733),
 * mixing, recording and the codec SPI.
 *
 * <p>Pure domain code: no sockets, no threads, no wall clock; the ports in {@link
 * io.parley.media.port} reach the outside world.
 */
package io.parley.media;
