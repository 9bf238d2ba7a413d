/**
 * The SDP model, parser and serializer (RFC 8866) and RFC 3264 offer/answer.
 *
 * <p>Pure domain code: no sockets, no threads, no wall clock.
 */
package io.parley.sdp;
