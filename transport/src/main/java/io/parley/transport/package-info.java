/**
 * The driven-side network adapters: NIO SIP transports over UDP, TCP and TLS (RFC 3261 §18), RTP
 * datagram sockets, and the RFC 3263 target resolver over dnsjava.
 */
package io.parley.transport;
