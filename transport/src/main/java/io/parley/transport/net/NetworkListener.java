package io.parley.transport.net;

import java.nio.ByteBuffer;
import java.security.cert.X509Certificate;
import java.util.List;

/**
 * Receives what the network layer delivers. Every method runs on the network's I/O thread, so
 * implementations must return quickly (post work to a SIP loop) and must not block. An exception
 * thrown here is logged and swallowed; it never stops the I/O thread.
 */
public interface NetworkListener {

  /**
   * A UDP datagram or one frame cut from a TCP/TLS stream by the flow's {@link StreamDecoder}. CRLF
   * keep-alives (RFC 5626 §3.5.1) never arrive here.
   *
   * @param flow where the message came from; pass it to {@link NioNetwork#send(ByteBuffer, Flow)}
   *     to answer on the same connection
   * @param message the message bytes, owned by the listener from now on
   */
  void onMessage(Flow flow, ByteBuffer message);

  /** Messages could not be sent (RFC 3261 §8.1.3.1 transport error). The default does nothing. */
  default void onSendFailure(SendFailure failure) {}

  /**
   * A TCP/TLS connection is ready for messages: connected and, for TLS, the handshake verified. It
   * comes before any message on the flow. The default does nothing.
   *
   * @param peerCertificates for TLS the chain the peer presented, its own certificate first (RFC
   *     5922 §7: the SIP layer may check the domain it names); empty for TCP and for a TLS client
   *     that presented none
   */
  default void onFlowOpened(Flow flow, List<X509Certificate> peerCertificates) {}

  /**
   * A TCP/TLS connection closed: by the peer, on an idle timeout, on a malformed frame or on a
   * reset. The default does nothing.
   *
   * @param reason a sentence for logs
   */
  default void onFlowClosed(Flow flow, String reason) {}

  /**
   * No CRLF pong answered the ping sent with {@link NioNetwork#ping} within the pong timeout (RFC
   * 5626 §4.4.1): the flow is probably dead. The connection stays open; the caller decides. The
   * default does nothing.
   */
  default void onPongMissing(Flow flow) {}
}
