/**
 * Speex narrowband (8 kHz) and wideband (16 kHz) through jspeex, built only with the {@code speex}
 * Maven profile because jspeex is not on Maven Central.
 *
 * <p>Follows RFC 5574 (RTP payload format for Speex), one Speex frame per packet.
 */
package io.parley.codecs.speex;
