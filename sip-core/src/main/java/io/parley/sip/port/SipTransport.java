package io.parley.sip.port;

import io.parley.sip.message.SipMessage;

/**
 * Moves SIP messages to and from the network (RFC 3261 §18): the UDP/TCP/TLS adapter in production,
 * an in-memory network in tests.
 *
 * <p>The transport serializes what it sends and frames and parses what it receives; the transaction
 * layer above never sees bytes. Over a stream, a response to a request that came in on a connection
 * goes back on that connection when it is still open (§18.2.2); the transport decides that from the
 * target's transport, address and port.
 */
public interface SipTransport extends AutoCloseable {

  /**
   * Sends {@code message} to {@code target}. Never blocks and never throws for network problems:
   * those arrive later as {@link Listener#onSendFailed}.
   *
   * @throws IllegalStateException if the transport has been closed or no listener is set
   */
  void send(SipMessage message, ResolvedTarget target);

  /**
   * The address and port this transport puts in Via sent-by and Contact for {@code transport} (RFC
   * 3261 §18.1.1), as {@code host:port} with IPv6 in brackets.
   *
   * @throws IllegalArgumentException if the transport does not listen on {@code transport}
   */
  String sentBy(Transport transport);

  /**
   * Starts delivering what arrives to {@code listener}. Called once, before the first send.
   *
   * @throws IllegalStateException if a listener is already set
   */
  void listen(Listener listener);

  /**
   * Sends an RFC 5626 §4.4.1 keep-alive (a CRLF CRLF ping) on the connection to {@code peer}, if
   * the transport holds one; a missing pong is reported as {@link Listener#onFlowFailed}. Does
   * nothing for UDP and for transports without connections.
   */
  default void keepAlive(ResolvedTarget peer) {}

  /**
   * Unbinds every socket and closes every connection; later sends are rejected. Closing twice does
   * nothing.
   */
  @Override
  void close();

  /**
   * What a transport reports. Called on the transport's own threads: implementations hop to the
   * {@link Loop} that owns the message before touching any state machine.
   */
  interface Listener {

    /**
     * A well-formed message arrived. Malformed ones never reach here: the transport drops responses
     * and answers requests with 400 where it can (RFC 3261 §16.3, DESIGN.md).
     *
     * @param source where it came from; for requests this is also where responses go
     */
    void onMessage(SipMessage message, ResolvedTarget source);

    /**
     * {@code message} could not be sent to {@code target} (connection refused or reset, TLS
     * verification failure, ICMP unreachable, queue full). RFC 3261 §8.1.3.1 treats this like a 503
     * for the request's transaction.
     *
     * @param reason what went wrong, for logs and events
     */
    void onSendFailed(SipMessage message, ResolvedTarget target, String reason);

    /**
     * The connection to {@code peer} died: it was closed or reset, or a keep-alive ping went
     * unanswered (RFC 5626 §4.4). A registration over that flow registers again at once.
     */
    default void onFlowFailed(ResolvedTarget peer, String reason) {}
  }
}
