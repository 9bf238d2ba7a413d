/**
 * Call quality statistics: per-stream counters, an E-model MOS estimate and a JSON rendering for
 * the periodic statistics event.
 *
 * <p>Follows ITU-T G.107 (E-model), ITU-T G.113 Appendix I (codec impairments) and RFC 3550 §6.4.
 */
package io.parley.media.stats;
