/**
 * Parley's SIP signalling domain: messages, transactions, dialogs, authentication, registration and
 * calls (RFC 3261 and its extensions).
 *
 * <p>Pure domain code: no sockets, no threads, no wall clock. Everything that touches the outside
 * world goes through the ports in {@link io.parley.sip.port}.
 */
package io.parley.sip;
