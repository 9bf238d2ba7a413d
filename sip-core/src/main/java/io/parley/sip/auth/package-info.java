/**
 * HTTP Digest authentication for SIP (RFC 3261 §22.4): challenge selection, response computation
 * and nonce counting per RFC 2617, RFC 7616 and RFC 8760 (MD5, SHA-256, SHA-512/256, their -sess
 * variants, qop auth and auth-int).
 *
 * <p>Pure computation: the header syntax is read by the message layer, the randomness for client
 * nonces comes in as an argument.
 */
package io.parley.sip.auth;
