/**
 * An in-memory network for {@link io.parley.sip.port.SipTransport}: messages cross it as bytes on
 * the virtual clock, with per-link loss, delay, jitter (and so reordering) and duplication, like
 * pjsip's loop transport. Every retransmission path of RFC 3261 §17 can be tested with it, without
 * sockets and in microseconds.
 */
package io.parley.testkit.network;
