/**
 * Audio codecs behind the codec SPI of {@code rtp-media}, registered with ServiceLoader: G.711,
 * G.722, GSM 06.10, L16, Opus and, with the {@code speex} Maven profile, Speex.
 *
 * <p>Follows RFC 3551 (static payload types and encodings), RFC 7587 (Opus) and RFC 5574 (Speex).
 */
package io.parley.codecs;
