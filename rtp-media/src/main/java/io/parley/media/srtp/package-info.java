/**
 * SRTP and SRTCP: key derivation, AES counter mode with HMAC-SHA1, AES-GCM, rollover counter
 * estimation, replay protection, SDES key exchange in SDP and the SRTP policy of a call.
 *
 * <p>Follows RFC 3711 (§3.3, §3.4, §4, Appendix B), RFC 7714 (AEAD_AES_128_GCM) and RFC 4568.
 */
package io.parley.media.srtp;
