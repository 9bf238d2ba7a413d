/**
 * The four transaction state machines of RFC 3261 §17 (with RFC 6026's Accepted state), their
 * timers A to M on the {@link io.parley.sip.port.Loop}, and the matching of requests and responses
 * to transactions (§17.1.3, §17.2.3, with the RFC 2543 fallback, and CANCEL per §9.2).
 */
package io.parley.sip.transaction;
