/**
 * Media measurements: per-packet costs of RTP, SRTP and the jitter buffer, and a load harness of
 * concurrent G.711 streams over loopback UDP (RFC 3550, RFC 3711; the targets of issue 7).
 */
package io.parley.benchmarks.media;
