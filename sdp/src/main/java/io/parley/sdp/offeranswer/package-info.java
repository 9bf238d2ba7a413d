/**
 * Owns SDP offer/answer: building offers, answering, taking answers and per-session versions.
 * Follows RFC 3264, with RFC 4733 telephone-event, RFC 5761 rtcp-mux and RFC 4568 SDES crypto.
 */
package io.parley.sdp.offeranswer;
