/**
 * RTP packets and per-source receive state: the packet codec, sequence and timestamp extension,
 * source validation, symmetric RTP latching and media liveness (keep-alive, timeout).
 *
 * <p>Follows RFC 3550 §5 and Appendix A.1, RFC 3551, RFC 4961 (symmetric RTP) and RFC 6263.
 */
package io.parley.media.rtp;
