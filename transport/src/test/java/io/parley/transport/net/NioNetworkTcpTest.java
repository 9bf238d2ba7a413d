package io.parley.transport.net;

import static io.parley.transport.net.SipFixtures.bytes;
import static io.parley.transport.net.SipFixtures.listening;
import static io.parley.transport.net.SipFixtures.options;
import static io.parley.transport.net.SipFixtures.socketAddress;
import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.HashSet;
import java.util.Set;
import org.junit.jupiter.api.Test;

class NioNetworkTcpTest {

  private static final String OK = "SIP/2.0 200 OK\r\nContent-Length: 0\r\n\r\n";

  @Test
  void rfc3261Section18_3_severalFramesInOneReadArriveOneByOne() throws IOException {
    RecordingListener listener = new RecordingListener();
    try (NioNetwork network = NioNetwork.open(listening("tcp:127.0.0.1:0").build(), listener);
        Socket peer = connect(network)) {
      String three = options(1, "a") + options(2, "") + options(3, "ccc");
      peer.getOutputStream().write(three.getBytes(StandardCharsets.UTF_8));

      assertThat(listener.message().text()).isEqualTo(options(1, "a"));
      assertThat(listener.message().text()).isEqualTo(options(2, ""));
      assertThat(listener.message().text()).isEqualTo(options(3, "ccc"));
    }
  }

  @Test
  void rfc3261Section18_3_framesSplitAcrossManySmallWritesAreReassembled() throws IOException {
    RecordingListener listener = new RecordingListener();
    try (NioNetwork network = NioNetwork.open(listening("tcp:127.0.0.1:0").build(), listener);
        Socket peer = connect(network)) {
      peer.setTcpNoDelay(true);
      byte[] data =
          (options(1, "x".repeat(300)) + options(2, "y")).getBytes(StandardCharsets.UTF_8);
      OutputStream out = peer.getOutputStream();
      for (int i = 0; i < data.length; i += 7) {
        out.write(data, i, Math.min(7, data.length - i));
        out.flush();
      }
      assertThat(listener.message().text()).isEqualTo(options(1, "x".repeat(300)));
      assertThat(listener.message().text()).isEqualTo(options(2, "y"));
    }
  }

  @Test
  void rfc3261Section18_pipelinedLargeMessagesBothWaysUseOneConnection() throws IOException {
    RecordingListener alice = new RecordingListener();
    RecordingListener bob = new RecordingListener();
    try (NioNetwork a = NioNetwork.open(listening("tcp:127.0.0.1:0").build(), alice);
        NioNetwork b = NioNetwork.open(listening("tcp:127.0.0.1:0").build(), bob)) {
      InetSocketAddress bobAddress = socketAddress(b.listenAddresses().get(0));
      String big = "b".repeat(60_000);
      for (int i = 1; i <= 20; i++) {
        a.send(bytes(options(i, i % 2 == 0 ? big : "small")), Protocol.TCP, bobAddress);
      }
      RecordingListener.Opened opened = alice.openedFlow();
      assertThat(opened.flow().remote()).isEqualTo(bobAddress);
      assertThat(opened.peerCertificates()).isEmpty();
      Set<Long> bobConnections = new HashSet<>();
      for (int i = 1; i <= 20; i++) {
        RecordingListener.Received request = bob.message();
        assertThat(request.text()).isEqualTo(options(i, i % 2 == 0 ? big : "small"));
        bobConnections.add(request.flow().connectionId());
        if (i % 2 == 0) {
          b.send(bytes(OK), request.flow());
        } else {
          // RFC 3261 §18.2.2: a response to the source address reuses the request's connection
          b.send(bytes(OK), Protocol.TCP, request.flow().remote());
        }
      }
      Set<Long> aliceConnections = new HashSet<>();
      for (int i = 1; i <= 20; i++) {
        RecordingListener.Received response = alice.message();
        assertThat(response.text()).isEqualTo(OK);
        aliceConnections.add(response.flow().connectionId());
      }
      assertThat(bobConnections).hasSize(1);
      assertThat(aliceConnections).containsExactly(opened.flow().connectionId());
      assertThat(alice.opened).isEmpty();
      assertThat(bob.opened).hasSize(1);
      assertThat(alice.failures).isEmpty();
      assertThat(bob.failures).isEmpty();
    }
  }

  @Test
  void idleConnectionsAreClosedOnBothSides() throws IOException {
    RecordingListener alice = new RecordingListener();
    RecordingListener bob = new RecordingListener();
    NetworkConfig quick = listening("tcp:127.0.0.1:0").idleTimeout(Duration.ofMillis(300)).build();
    try (NioNetwork a = NioNetwork.open(quick, alice);
        NioNetwork b = NioNetwork.open(listening("tcp:127.0.0.1:0").build(), bob)) {
      a.send(bytes(options(1, "")), Protocol.TCP, socketAddress(b.listenAddresses().get(0)));
      Flow atBob = bob.message().flow();

      RecordingListener.Closed closedAtAlice = alice.closedFlow();
      assertThat(closedAtAlice.reason()).contains("idle");
      RecordingListener.Closed closedAtBob = bob.closedFlow();
      assertThat(closedAtBob.flow()).isEqualTo(atBob);
      assertThat(closedAtBob.reason()).contains("closed by the peer");

      b.send(bytes(OK), atBob);
      SendFailure failure = bob.failure();
      assertThat(failure.reason()).isEqualTo(SendFailure.Reason.FLOW_CLOSED);
      assertThat(failure.remote()).isEqualTo(atBob.remote());
    }
  }

  @Test
  void rfc5626Section3_5_1_pingIsAnsweredWithPongAndNotDelivered() throws IOException {
    RecordingListener listener = new RecordingListener();
    try (NioNetwork network = NioNetwork.open(listening("tcp:127.0.0.1:0").build(), listener);
        Socket peer = connect(network)) {
      peer.setSoTimeout(20_000);
      OutputStream out = peer.getOutputStream();
      out.write("\r\n\r\n".getBytes(StandardCharsets.US_ASCII));
      InputStream in = peer.getInputStream();
      assertThat(in.read()).isEqualTo('\r');
      assertThat(in.read()).isEqualTo('\n');

      out.write(("\r\n\r\n" + options(1, "after ping")).getBytes(StandardCharsets.UTF_8));
      assertThat(listener.message().text()).isEqualTo(options(1, "after ping"));
      assertThat(in.read()).isEqualTo('\r');
      assertThat(in.read()).isEqualTo('\n');
      assertThat(in.available()).isZero();
    }
  }

  @Test
  void rfc5626Section4_4_1_clientPingsAndLearnsOfMissingPongs() throws IOException {
    RecordingListener listener = new RecordingListener();
    NetworkConfig config = NetworkConfig.builder().pongTimeout(Duration.ofSeconds(2)).build();
    try (NioNetwork network = NioNetwork.open(config, listener);
        ServerSocket server = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
      network.send(
          bytes(options(1, "")),
          Protocol.TCP,
          new InetSocketAddress(server.getInetAddress(), server.getLocalPort()));
      try (Socket peer = server.accept()) {
        peer.setSoTimeout(20_000);
        InputStream in = peer.getInputStream();
        in.readNBytes(options(1, "").length());
        OutputStream out = peer.getOutputStream();
        out.write(OK.getBytes(StandardCharsets.US_ASCII));
        Flow flow = listener.message().flow();

        network.ping(flow);
        assertThat(new String(in.readNBytes(4), StandardCharsets.US_ASCII)).isEqualTo("\r\n\r\n");
        // the pong, then a message that proves the pong was read before the next ping
        out.write(("\r\n" + OK).getBytes(StandardCharsets.US_ASCII));
        assertThat(listener.message().text()).isEqualTo(OK);

        network.ping(flow);
        assertThat(new String(in.readNBytes(4), StandardCharsets.US_ASCII)).isEqualTo("\r\n\r\n");
        assertThat(listener.pongMissing()).isEqualTo(flow);
        assertThat(listener.pongsMissing).isEmpty();
      }
    }
  }

  @Test
  void malformedFrameClosesOnlyItsConnection() throws IOException {
    RecordingListener listener = new RecordingListener();
    try (NioNetwork network = NioNetwork.open(listening("tcp:127.0.0.1:0").build(), listener);
        Socket bad = connect(network);
        Socket good = connect(network)) {
      bad.setSoTimeout(20_000);
      bad.getOutputStream()
          .write("SIP/2.0 200 OK\r\nCSeq: 1 X\r\n\r\n".getBytes(StandardCharsets.US_ASCII));
      assertThat(bad.getInputStream().read()).isEqualTo(-1);
      assertThat(listener.closedFlow().reason()).contains("without Content-Length");

      good.getOutputStream().write(options(5, "still here").getBytes(StandardCharsets.UTF_8));
      assertThat(listener.message().text()).isEqualTo(options(5, "still here"));
    }
  }

  @Test
  void rfc3261Section8_1_3_1_connectRefusedIsReportedAsASendFailure() throws IOException {
    RecordingListener listener = new RecordingListener();
    try (NioNetwork network = NioNetwork.open(NetworkConfig.builder().build(), listener)) {
      InetSocketAddress nobody = new InetSocketAddress("127.0.0.1", SipFixtures.unusedPort());
      network.send(bytes(options(1, "")), Protocol.TCP, nobody);
      SendFailure failure = listener.failure();
      assertThat(failure.reason()).isEqualTo(SendFailure.Reason.CONNECT_REFUSED);
      assertThat(failure.remote()).isEqualTo(nobody);
      assertThat(failure.messagesLost()).isEqualTo(1);
      assertThat(failure.detail()).contains("tcp:127.0.0.1:" + nobody.getPort());
    }
  }

  @Test
  void aFullSendQueueRejectsTheMessage() throws IOException {
    RecordingListener listener = new RecordingListener();
    NetworkConfig small = NetworkConfig.builder().maxQueuedBytes(1000).build();
    try (NioNetwork network = NioNetwork.open(small, listener);
        ServerSocket server = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
      InetSocketAddress remote =
          new InetSocketAddress(server.getInetAddress(), server.getLocalPort());
      network.send(bytes(options(1, "z".repeat(2000))), Protocol.TCP, remote);
      SendFailure failure = listener.failure();
      assertThat(failure.reason()).isEqualTo(SendFailure.Reason.QUEUE_FULL);
      assertThat(failure.detail()).contains("1000 bytes");
    }
  }

  @Test
  void closeEndsTheIoThreadAndFreesThePorts() throws IOException {
    NioNetwork network =
        NioNetwork.open(listening("tcp:127.0.0.1:0").build(), new RecordingListener());
    int port = network.listenAddresses().get(0).port();
    Set<String> before = ioThreads();
    assertThat(before).isNotEmpty();
    network.close();
    assertThat(ioThreads()).doesNotContainAnyElementsOf(before);
    try (ServerSocket again = new ServerSocket(port, 1, InetAddress.getLoopbackAddress())) {
      assertThat(again.getLocalPort()).isEqualTo(port);
    }
  }

  @Test
  void rfc5118_tcpOverIpv6() throws IOException {
    assumeTrue(SipFixtures.hasIpv6Loopback(), "::1 is not configured on this host");
    RecordingListener alice = new RecordingListener();
    RecordingListener bob = new RecordingListener();
    try (NioNetwork a = NioNetwork.open(NetworkConfig.builder().build(), alice);
        NioNetwork b = NioNetwork.open(listening("tcp:[::1]:0").build(), bob)) {
      a.send(bytes(options(1, "v6")), Protocol.TCP, socketAddress(b.listenAddresses().get(0)));
      RecordingListener.Received request = bob.message();
      assertThat(request.text()).isEqualTo(options(1, "v6"));
      assertThat(request.flow().toString()).startsWith("tcp:[::1]:");
      b.send(bytes(OK), request.flow());
      assertThat(alice.message().text()).isEqualTo(OK);
    }
  }

  private static Socket connect(NioNetwork network) throws IOException {
    return new Socket(InetAddress.getLoopbackAddress(), network.listenAddresses().get(0).port());
  }

  private static Set<String> ioThreads() {
    Set<String> names = new HashSet<>();
    for (Thread thread : Thread.getAllStackTraces().keySet()) {
      if (thread.getName().startsWith("parley-net-") && thread.isAlive()) {
        names.add(thread.getName());
      }
    }
    return names;
  }
}
