package io.parley.transport.net;

import java.net.InetSocketAddress;
import java.util.Objects;

/**
 * Why messages to a peer could not be sent. A SIP layer treats every failure as the transport error
 * of RFC 3261 §8.1.3.1 (a client transaction reports it as a 503).
 *
 * @param protocol the protocol the messages were meant to travel on
 * @param remote the peer
 * @param reason the kind of failure
 * @param detail a sentence for logs naming the peer and the cause
 * @param messagesLost how many queued messages were dropped (at least 1, or 0 when only a {@link
 *     NioNetwork#ping ping} or a connection without queued messages failed)
 */
public record SendFailure(
    Protocol protocol, InetSocketAddress remote, Reason reason, String detail, int messagesLost) {

  /** Checks that the parts are present. */
  public SendFailure {
    Objects.requireNonNull(protocol, "protocol");
    Objects.requireNonNull(remote, "remote");
    Objects.requireNonNull(reason, "reason");
    Objects.requireNonNull(detail, "detail");
  }

  /** The kinds of send failure. */
  public enum Reason {
    /** The peer refused the TCP connection or the network is unreachable. */
    CONNECT_REFUSED,
    /** The connection or its TLS handshake did not complete within the connect timeout. */
    CONNECT_TIMEOUT,
    /** The TLS handshake failed: protocol or cipher mismatch, or an alert from the peer. */
    TLS_HANDSHAKE,
    /** The peer's certificate chain is not trusted or does not match the expected host name. */
    TLS_VERIFICATION,
    /** An established connection was reset or closed before the messages were written. */
    CONNECTION_LOST,
    /** The connection's send queue is full: the peer reads more slowly than we write. */
    QUEUE_FULL,
    /** The connection limit is reached, so no new connection was opened. */
    TOO_MANY_CONNECTIONS,
    /** The flow a message was addressed to is closed. */
    FLOW_CLOSED,
    /** No listener exists for the protocol and address family, or the OS refused the datagram. */
    NO_ROUTE,
    /** The network layer was closed before the messages were sent. */
    SHUTDOWN
  }
}
