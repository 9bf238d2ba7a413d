/**
 * Audio codecs behind the codec SPI of {@code rtp-media}: G.711 (ITU-T G.711, RFC 3551 payload
 * types 0 and 8), G.722, GSM 06.10, L16, Opus (RFC 7587) and Speex.
 */
package io.parley.codecs;
