/**
 * G.711 µ-law (PCMU) and A-law (PCMA): table-driven companding of 16-bit PCM to 8-bit codes.
 *
 * <p>Follows ITU-T G.711 (encoding as the G.191 reference tools do) and RFC 3551 §4.5.14 (payload
 * types 0 and 8).
 */
package io.parley.codecs.g711;
