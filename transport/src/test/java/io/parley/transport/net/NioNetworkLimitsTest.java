package io.parley.transport.net;

import static io.parley.transport.net.SipFixtures.bytes;
import static io.parley.transport.net.SipFixtures.listening;
import static io.parley.transport.net.SipFixtures.options;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.security.GeneralSecurityException;
import java.time.Duration;
import org.junit.jupiter.api.Test;

class NioNetworkLimitsTest {

  @Test
  void aTlsPeerThatNeverAnswersTheHandshakeTimesOut() throws IOException, GeneralSecurityException {
    TestCertificates ca = new TestCertificates("Limits CA");
    RecordingListener listener = new RecordingListener();
    NetworkConfig config =
        NetworkConfig.builder()
            .tls(TlsConfig.of(TestCertificates.context(null, ca)))
            .connectTimeout(Duration.ofMillis(300))
            .build();
    try (NioNetwork network = NioNetwork.open(config, listener);
        ServerSocket silent = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
      InetSocketAddress remote =
          new InetSocketAddress(silent.getInetAddress(), silent.getLocalPort());
      network.send(bytes(options(1, "")), Protocol.TLS, remote, "sip.example.test");
      SendFailure failure = listener.failure();
      assertThat(failure.reason()).isEqualTo(SendFailure.Reason.CONNECT_TIMEOUT);
      assertThat(failure.messagesLost()).isEqualTo(1);
      assertThat(failure.detail()).contains("TLS handshake with tls:127.0.0.1:").contains("PT0.3S");
    }
  }

  @Test
  void closingReportsMessagesStillQueuedAsShutdown() throws IOException, GeneralSecurityException {
    TestCertificates ca = new TestCertificates("Shutdown CA");
    RecordingListener listener = new RecordingListener();
    NetworkConfig config =
        NetworkConfig.builder().tls(TlsConfig.of(TestCertificates.context(null, ca))).build();
    NioNetwork network = NioNetwork.open(config, listener);
    try (ServerSocket silent = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
      InetSocketAddress remote =
          new InetSocketAddress(silent.getInetAddress(), silent.getLocalPort());
      network.send(bytes(options(1, "")), Protocol.TLS, remote, "sip.example.test");
      network.send(bytes(options(2, "")), Protocol.TLS, remote, "sip.example.test");
      try (Socket accepted = silent.accept()) {
        network.close();
        SendFailure failure = listener.failure();
        assertThat(failure.reason()).isEqualTo(SendFailure.Reason.SHUTDOWN);
        assertThat(failure.messagesLost()).isEqualTo(2);
        assertThat(accepted.isConnected()).isTrue();
      }
    }
  }

  @Test
  void theConnectionLimitRefusesNewOutboundConnections() throws IOException {
    RecordingListener listener = new RecordingListener();
    NetworkConfig config = NetworkConfig.builder().maxConnections(1).build();
    try (NioNetwork network = NioNetwork.open(config, listener);
        ServerSocket first = new ServerSocket(0, 1, InetAddress.getLoopbackAddress());
        ServerSocket second = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
      network.send(bytes(options(1, "")), Protocol.TCP, address(first));
      network.send(bytes(options(2, "")), Protocol.TCP, address(second));
      SendFailure failure = listener.failure();
      assertThat(failure.reason()).isEqualTo(SendFailure.Reason.TOO_MANY_CONNECTIONS);
      assertThat(failure.remote()).isEqualTo(address(second));
      assertThat(failure.detail()).contains("1 connections open");
    }
  }

  @Test
  void theConnectionLimitClosesExtraInboundConnections() throws IOException {
    RecordingListener listener = new RecordingListener();
    NetworkConfig config = listening("tcp:127.0.0.1:0").maxConnections(1).build();
    try (NioNetwork network = NioNetwork.open(config, listener);
        Socket first = connect(network);
        Socket second = connect(network)) {
      first
          .getOutputStream()
          .write(options(1, "first").getBytes(java.nio.charset.StandardCharsets.UTF_8));
      assertThat(listener.message().text()).isEqualTo(options(1, "first"));
      second.setSoTimeout(20_000);
      assertThat(second.getInputStream().read()).isEqualTo(-1);
    }
  }

  @Test
  void configurationMistakesAreRejectedAtOnce() {
    assertThatThrownBy(() -> listening("tls:127.0.0.1:0").build())
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("tls:127.0.0.1:0 needs a TlsConfig");
    assertThatThrownBy(() -> NetworkConfig.builder().idleTimeout(Duration.ZERO))
        .hasMessageContaining("idleTimeout");
    assertThatThrownBy(() -> NetworkConfig.builder().maxConnections(0))
        .hasMessageContaining("maxConnections must be at least 1, not 0");
  }

  @Test
  void pingingAUdpFlowIsMisuse() throws IOException {
    try (NioNetwork network =
        NioNetwork.open(listening("udp:127.0.0.1:0").build(), new RecordingListener())) {
      Flow udp =
          new Flow(
              Protocol.UDP,
              new InetSocketAddress("127.0.0.1", 5060),
              new InetSocketAddress("127.0.0.1", 5070),
              0);
      assertThatThrownBy(() -> network.ping(udp))
          .isInstanceOf(IllegalArgumentException.class)
          .hasMessageContaining("TCP or TLS");
    }
  }

  private static InetSocketAddress address(ServerSocket socket) {
    return new InetSocketAddress(socket.getInetAddress(), socket.getLocalPort());
  }

  private static Socket connect(NioNetwork network) throws IOException {
    return new Socket(InetAddress.getLoopbackAddress(), network.listenAddresses().get(0).port());
  }
}
