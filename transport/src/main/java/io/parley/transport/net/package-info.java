/**
 * The byte-level SIP network: NIO listeners and connections for UDP, TCP and TLS, stream framing
 * hooks and CRLF keep-alives; it moves datagrams and frames, never parses SIP.
 *
 * <p>Follows RFC 3261 §18 (transports, connection reuse, responses on the request's connection),
 * RFC 5626 §3.5.1 (CRLF ping/pong) and RFC 5246/8446 via the JDK's {@code SSLEngine}.
 */
package io.parley.transport.net;
