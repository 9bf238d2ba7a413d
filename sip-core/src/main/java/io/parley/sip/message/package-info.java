/**
 * Owns SIP messages: the request and response model, parsing, serialization, builders and stream
 * framing. Follows RFC 3261 §7 (messages), §8.2.6 (responses), §18.3 (framing) and RFC 5626 §3.5.1.
 */
package io.parley.sip.message;
