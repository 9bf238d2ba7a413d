/**
 * L16: uncompressed 16-bit linear PCM in network byte order, mono, at 8, 16, 44.1 and 48 kHz.
 *
 * <p>Follows RFC 3551 §4.5.11 (payload type 11 for 44.1 kHz mono, dynamic otherwise).
 */
package io.parley.codecs.l16;
