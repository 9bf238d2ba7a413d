/**
 * The codec SPI: {@link io.parley.media.codec.AudioCodec}, its ServiceLoader-discovered factory,
 * fmtp parameters, codec selection by name and order, and generic packet loss concealment.
 *
 * <p>Follows RFC 3551 (static payload types, clock rates) and RFC 4566 §6 (rtpmap and fmtp).
 */
package io.parley.media.codec;
