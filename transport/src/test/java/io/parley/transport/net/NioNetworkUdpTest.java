package io.parley.transport.net;

import static io.parley.transport.net.SipFixtures.bytes;
import static io.parley.transport.net.SipFixtures.listening;
import static io.parley.transport.net.SipFixtures.options;
import static io.parley.transport.net.SipFixtures.socketAddress;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import io.parley.transport.ListenAddress;
import java.io.IOException;
import java.net.BindException;
import java.net.DatagramPacket;
import java.net.DatagramSocket;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

class NioNetworkUdpTest {

  @Test
  void rfc3261Section18_udpRoundTripOnIpv4() throws IOException {
    roundTrip("udp:127.0.0.1:0");
  }

  @Test
  void rfc5118_udpRoundTripOnIpv6() throws IOException {
    assumeTrue(SipFixtures.hasIpv6Loopback(), "::1 is not configured on this host");
    roundTrip("udp:[::1]:0");
  }

  @Test
  void rfc3581_datagramsCarryTheSourceAddressAndPortSeenOnTheSocket() throws IOException {
    RecordingListener listener = new RecordingListener();
    try (NioNetwork network = NioNetwork.open(listening("udp:127.0.0.1:0").build(), listener);
        DatagramSocket peer = new DatagramSocket(0, InetAddress.getLoopbackAddress())) {
      InetSocketAddress target = socketAddress(network.listenAddresses().get(0));
      byte[] data = options(1, "").getBytes(StandardCharsets.UTF_8);
      peer.send(new DatagramPacket(data, data.length, target));

      RecordingListener.Received received = listener.message();
      assertThat(received.flow().remote().getPort()).isEqualTo(peer.getLocalPort());
      assertThat(received.flow().local()).isEqualTo(target);
      assertThat(received.flow().connectionId()).isZero();

      network.send(bytes("SIP/2.0 200 OK\r\n\r\n"), received.flow());
      DatagramPacket answer = new DatagramPacket(new byte[2048], 2048);
      peer.setSoTimeout(20_000);
      peer.receive(answer);
      assertThat(new String(answer.getData(), 0, answer.getLength(), StandardCharsets.UTF_8))
          .isEqualTo("SIP/2.0 200 OK\r\n\r\n");
    }
  }

  @Test
  void portZeroReportsTheBoundPortForEveryListener() throws IOException {
    NetworkConfig config = listening("udp:127.0.0.1:0", "tcp:127.0.0.1:0").build();
    try (NioNetwork network = NioNetwork.open(config, new RecordingListener())) {
      assertThat(network.listenAddresses()).hasSize(2);
      assertThat(network.listenAddresses())
          .allSatisfy(address -> assertThat(address.port()).isPositive());
      assertThat(network.listenAddresses().get(1).protocol()).isEqualTo("tcp");
    }
  }

  @Test
  void udpPortInUseIsNamedInTheError() throws IOException {
    try (DatagramSocket taken = new DatagramSocket(0, InetAddress.getLoopbackAddress())) {
      String address = "udp:127.0.0.1:" + taken.getLocalPort();
      assertThatThrownBy(() -> NioNetwork.open(listening(address).build(), new RecordingListener()))
          .isInstanceOf(BindException.class)
          .hasMessage(address + " is already in use");
    }
  }

  @Test
  void tcpPortInUseIsNamedAndNothingStaysBound() throws IOException {
    try (ServerSocket taken = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
      int free = SipFixtures.unusedPort();
      String tcp = "tcp:127.0.0.1:" + taken.getLocalPort();
      NetworkConfig config = listening("udp:127.0.0.1:" + free, tcp).build();
      assertThatThrownBy(() -> NioNetwork.open(config, new RecordingListener()))
          .isInstanceOf(BindException.class)
          .hasMessage(tcp + " is already in use");
      try (DatagramSocket again = new DatagramSocket(free, InetAddress.getLoopbackAddress())) {
        assertThat(again.getLocalPort()).isEqualTo(free);
      }
    }
  }

  @Test
  void sendingUdpWithoutAListenerOfThatFamilyIsReported() throws IOException {
    RecordingListener listener = new RecordingListener();
    try (NioNetwork network = NioNetwork.open(listening("tcp:127.0.0.1:0").build(), listener)) {
      network.send(bytes("x"), Protocol.UDP, new InetSocketAddress("127.0.0.1", 5060));
      SendFailure failure = listener.failure();
      assertThat(failure.reason()).isEqualTo(SendFailure.Reason.NO_ROUTE);
      assertThat(failure.detail()).contains("no UDP listener for IPv4");
    }
  }

  @Test
  void unresolvedAddressesAndUseAfterCloseAreMisuse() throws IOException {
    NioNetwork network =
        NioNetwork.open(listening("udp:127.0.0.1:0").build(), new RecordingListener());
    assertThatThrownBy(
            () ->
                network.send(
                    bytes("x"),
                    Protocol.UDP,
                    InetSocketAddress.createUnresolved("example.test", 5060)))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("unresolved");
    network.close();
    network.close();
    assertThatThrownBy(
            () -> network.send(bytes("x"), Protocol.UDP, new InetSocketAddress("127.0.0.1", 5060)))
        .isInstanceOf(IllegalStateException.class)
        .hasMessageContaining("closed");
  }

  private static void roundTrip(String listen) throws IOException {
    RecordingListener alice = new RecordingListener();
    RecordingListener bob = new RecordingListener();
    try (NioNetwork a = NioNetwork.open(listening(listen).build(), alice);
        NioNetwork b = NioNetwork.open(listening(listen).build(), bob)) {
      ListenAddress bobAddress = b.listenAddresses().get(0);
      a.send(bytes(options(1, "ping")), Protocol.UDP, socketAddress(bobAddress));

      RecordingListener.Received request = bob.message();
      assertThat(request.text()).isEqualTo(options(1, "ping"));
      assertThat(request.flow().protocol()).isEqualTo(Protocol.UDP);
      assertThat(request.flow().remote()).isEqualTo(socketAddress(a.listenAddresses().get(0)));

      b.send(bytes("SIP/2.0 200 OK\r\nContent-Length: 0\r\n\r\n"), request.flow());
      RecordingListener.Received response = alice.message();
      assertThat(response.text()).startsWith("SIP/2.0 200 OK");
      assertThat(response.flow().remote()).isEqualTo(socketAddress(bobAddress));
    }
  }
}
