/**
 * UDP sockets for RTP and RTCP over NIO, one selector thread for all of them, with port pairs from
 * a configured range (RFC 3550 §11: even RTP port, RTCP on the next; RFC 5761 rtcp-mux).
 */
package io.parley.transport.rtp;
