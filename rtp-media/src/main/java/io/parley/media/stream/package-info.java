/**
 * One RTP audio stream put together: sending with sequence, timestamp and marker handling, RFC 4733
 * DTMF, SRTP, RTCP reports, symmetric latching, keep-alive and media timeout, and the receive path
 * into the jitter buffer. Driven by media-clock ticks; no threads of its own.
 *
 * <p>Follows RFC 3550, RFC 3551, RFC 3711, RFC 4733, RFC 4961, RFC 5761 and RFC 6263.
 */
package io.parley.media.stream;
