/**
 * Codec benchmarks: encode plus decode of one frame for every registered codec, G.711 bulk
 * throughput, and Parley's Opus path against Concentus called directly.
 *
 * <p>Codecs are picked by rtpmap name through the RFC 3551 / RFC 4566 codec registry.
 */
package io.parley.benchmarks.codec;
