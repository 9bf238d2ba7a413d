/**
 * RTCP: SR/RR/SDES/BYE/APP compound packets, reception statistics (loss, interarrival jitter),
 * round-trip time from LSR/DLSR and the randomised report interval; rtcp-mux demultiplexing.
 *
 * <p>Follows RFC 3550 §6 and Appendices A.2, A.3, A.7 and A.8, and RFC 5761 §4.
 */
package io.parley.media.rtcp;
