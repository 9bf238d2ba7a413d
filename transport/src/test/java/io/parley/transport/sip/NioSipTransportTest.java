package io.parley.transport.sip;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.parley.sip.message.SipMessage;
import io.parley.sip.message.SipRequest;
import io.parley.sip.message.SipResponse;
import io.parley.sip.port.ResolvedTarget;
import io.parley.sip.port.Transport;
import io.parley.sip.transaction.ClientTransaction;
import io.parley.sip.transaction.ServerTransaction;
import io.parley.sip.transaction.TransactionLayer;
import io.parley.sip.transaction.TransactionTimers;
import io.parley.sip.transaction.TransactionUser;
import io.parley.transport.ListenAddress;
import io.parley.transport.loop.EventLoop;
import io.parley.transport.net.TestCertificates;
import io.parley.transport.net.TlsConfig;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Random;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** Two transaction layers talking over real loopback sockets. */
class NioSipTransportTest {

  private final EventLoop aliceLoop = EventLoop.start("alice");
  private final EventLoop bobLoop = EventLoop.start("bob");
  private NioSipTransport alice;
  private NioSipTransport bob;

  @AfterEach
  void close() {
    if (alice != null) {
      alice.close();
    }
    if (bob != null) {
      bob.close();
    }
    aliceLoop.close();
    bobLoop.close();
  }

  private TransactionLayer layer(NioSipTransport transport, EventLoop loop) {
    TransactionLayer layer =
        new TransactionLayer(loop, transport, TransactionTimers.DEFAULT, new Random());
    transport.listen(layer.transportListener());
    return layer;
  }

  private static List<ListenAddress> loopback() {
    return List.of(
        new ListenAddress("udp", "127.0.0.1", 0), new ListenAddress("tcp", "127.0.0.1", 0));
  }

  private static ResolvedTarget target(NioSipTransport transport, Transport protocol) {
    String[] hostPort = transport.sentBy(protocol).split(":");
    return new ResolvedTarget(protocol, hostPort[0], Integer.parseInt(hostPort[1]));
  }

  private SipRequest options(Transport protocol, String branch) throws Exception {
    String text =
        "OPTIONS sip:bob@127.0.0.1 SIP/2.0\r\n"
            + "Via: SIP/2.0/"
            + protocol
            + " "
            + alice.sentBy(protocol)
            + ";rport;branch="
            + branch
            + "\r\nMax-Forwards: 70\r\nFrom: <sip:alice@127.0.0.1>;tag=a\r\n"
            + "To: <sip:bob@127.0.0.1>\r\nCall-ID: "
            + branch
            + "@test\r\nCSeq: 1 OPTIONS\r\nContent-Length: 0\r\n\r\n";
    return (SipRequest) SipMessage.parse(text.getBytes(StandardCharsets.UTF_8));
  }

  private static TransactionUser answering(int status) {
    return new TransactionUser() {
      @Override
      public void onRequest(ServerTransaction transaction, SipRequest request) {
        transaction.respond(SipResponse.builder(request, status).toTag("bob").build());
      }

      @Override
      public void onAck(SipRequest ack, ResolvedTarget source) {}

      @Override
      public void onStrayResponse(SipResponse response, ResolvedTarget source) {}
    };
  }

  private static final class Outcome implements ClientTransaction.Listener {
    final CompletableFuture<String> result = new CompletableFuture<>();

    @Override
    public void onResponse(ClientTransaction transaction, SipResponse response) {
      if (response.statusCode() >= 200) {
        result.complete(Integer.toString(response.statusCode()));
      }
    }

    @Override
    public void onTimeout(ClientTransaction transaction) {
      result.complete("timeout");
    }

    @Override
    public void onTransportError(ClientTransaction transaction, String reason) {
      result.complete("transport error: " + reason);
    }
  }

  private String roundTrip(Transport protocol) throws Exception {
    alice = NioSipTransport.open(loopback());
    bob = NioSipTransport.open(loopback());
    TransactionLayer aliceLayer = layer(alice, aliceLoop);
    TransactionLayer bobLayer = layer(bob, bobLoop);
    bobLayer.setUser(answering(200));
    aliceLayer.setUser(answering(500));
    Outcome outcome = new Outcome();
    SipRequest request = options(protocol, aliceLayer.newBranch());
    aliceLoop.execute(() -> aliceLayer.sendRequest(request, target(bob, protocol), outcome));
    return outcome.result.get(10, TimeUnit.SECONDS);
  }

  @Test
  void rfc3261Section18_optionsOverUdpIsAnswered() throws Exception {
    assertThat(roundTrip(Transport.UDP)).isEqualTo("200");
  }

  @Test
  void rfc3261Section18_2_2_optionsOverTcpIsAnsweredOnTheSameConnection() throws Exception {
    assertThat(roundTrip(Transport.TCP)).isEqualTo("200");
  }

  @Test
  void rfc3261Section8_1_3_1_aRefusedConnectionIsATransportErrorOfTheTransaction()
      throws Exception {
    alice = NioSipTransport.open(loopback());
    TransactionLayer aliceLayer = layer(alice, aliceLoop);
    aliceLayer.setUser(answering(500));
    int closedPort;
    try (java.net.ServerSocket probe = new java.net.ServerSocket(0)) {
      closedPort = probe.getLocalPort();
    }
    Outcome outcome = new Outcome();
    SipRequest request = options(Transport.TCP, aliceLayer.newBranch());
    ResolvedTarget nobody = new ResolvedTarget(Transport.TCP, "127.0.0.1", closedPort);
    aliceLoop.execute(() -> aliceLayer.sendRequest(request, nobody, outcome));
    assertThat(outcome.result.get(10, TimeUnit.SECONDS)).startsWith("transport error");
  }

  @Test
  void sentByNamesTheBoundAddressAndPort() throws Exception {
    alice = NioSipTransport.open(loopback());
    assertThat(alice.sentBy(Transport.UDP)).startsWith("127.0.0.1:").doesNotEndWith(":0");
  }

  @Test
  void rfc3261Section26_optionsOverVerifiedTlsIsAnswered() throws Exception {
    TestCertificates ca = new TestCertificates("Parley test CA");
    TlsConfig tls = TlsConfig.of(TestCertificates.context(ca.issue("localhost", "127.0.0.1"), ca));
    List<ListenAddress> listen = List.of(new ListenAddress("tls", "127.0.0.1", 0));
    alice = NioSipTransport.open(listen, tls);
    bob = NioSipTransport.open(listen, tls);
    TransactionLayer aliceLayer = layer(alice, aliceLoop);
    layer(bob, bobLoop).setUser(answering(200));
    aliceLayer.setUser(answering(500));
    Outcome outcome = new Outcome();
    SipRequest request = options(Transport.TLS, aliceLayer.newBranch());
    aliceLoop.execute(() -> aliceLayer.sendRequest(request, target(bob, Transport.TLS), outcome));
    assertThat(outcome.result.get(15, TimeUnit.SECONDS)).isEqualTo("200");
  }

  @Test
  void rfc3261Section26_anUntrustedServerIsATransportErrorNamingTheCause() throws Exception {
    TestCertificates ours = new TestCertificates("Our CA");
    TestCertificates theirs = new TestCertificates("Unknown CA");
    List<ListenAddress> listen = List.of(new ListenAddress("tls", "127.0.0.1", 0));
    alice =
        NioSipTransport.open(
            listen, TlsConfig.of(TestCertificates.context(ours.issue("alice", "127.0.0.1"), ours)));
    bob =
        NioSipTransport.open(
            listen,
            TlsConfig.of(TestCertificates.context(theirs.issue("bob", "127.0.0.1"), theirs)));
    TransactionLayer aliceLayer = layer(alice, aliceLoop);
    layer(bob, bobLoop).setUser(answering(200));
    aliceLayer.setUser(answering(500));
    Outcome outcome = new Outcome();
    SipRequest request = options(Transport.TLS, aliceLayer.newBranch());
    aliceLoop.execute(() -> aliceLayer.sendRequest(request, target(bob, Transport.TLS), outcome));
    assertThat(outcome.result.get(15, TimeUnit.SECONDS)).startsWith("transport error");
  }

  @Test
  void listeningOnTlsWithoutACertificateIsAClearError() {
    assertThatThrownBy(
            () -> NioSipTransport.open(List.of(new ListenAddress("tls", "127.0.0.1", 0))))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("certificate");
  }

  @Test
  void rfc5118_optionsOverIpv6IsAnswered() throws Exception {
    org.junit.jupiter.api.Assumptions.assumeTrue(
        hasIpv6Loopback(), "this machine has no IPv6 loopback");
    List<ListenAddress> listen =
        List.of(new ListenAddress("udp", "::1", 0), new ListenAddress("tcp", "::1", 0));
    alice = NioSipTransport.open(listen);
    bob = NioSipTransport.open(listen);
    TransactionLayer aliceLayer = layer(alice, aliceLoop);
    layer(bob, bobLoop).setUser(answering(200));
    aliceLayer.setUser(answering(500));
    for (Transport protocol : List.of(Transport.UDP, Transport.TCP)) {
      Outcome outcome = new Outcome();
      String sentBy = bob.sentBy(protocol);
      assertThat(sentBy).startsWith("[::1]:");
      ResolvedTarget to =
          new ResolvedTarget(
              protocol, "::1", Integer.parseInt(sentBy.substring(sentBy.lastIndexOf(':') + 1)));
      SipRequest request = options(protocol, aliceLayer.newBranch());
      aliceLoop.execute(() -> aliceLayer.sendRequest(request, to, outcome));
      assertThat(outcome.result.get(10, TimeUnit.SECONDS)).as(protocol.name()).isEqualTo("200");
    }
  }

  private static boolean hasIpv6Loopback() {
    try (java.nio.channels.DatagramChannel probe = java.nio.channels.DatagramChannel.open()) {
      probe.bind(new java.net.InetSocketAddress("::1", 0));
      return true;
    } catch (java.io.IOException e) {
      return false;
    }
  }

  @Test
  void designErrors_aMalformedRequestIsAnswered400AndTheTransportKeepsServing() throws Exception {
    bob = NioSipTransport.open(loopback());
    layer(bob, bobLoop).setUser(answering(200));
    int port = Integer.parseInt(bob.sentBy(Transport.UDP).split(":")[1]);
    try (java.net.DatagramSocket client = new java.net.DatagramSocket()) {
      client.setSoTimeout(10_000);
      String broken =
          "OPTIONS sip:bob@127.0.0.1 SIP/2.0\r\n"
              + "Via: SIP/2.0/UDP 127.0.0.1:"
              + client.getLocalPort()
              + ";branch=z9hG4bKbroken\r\nMax-Forwards: 70\r\n"
              + "From: <sip:a@127.0.0.1>;tag=1\r\nTo: <sip:bob@127.0.0.1>\r\n"
              + "Call-ID: broken@test\r\nCSeq: 1 OPTIONS\r\n"
              + "Contact: <sip:a@127.0.0.1\r\nContent-Length: 0\r\n\r\n";
      byte[] out = broken.getBytes(StandardCharsets.US_ASCII);
      client.send(
          new java.net.DatagramPacket(
              out, out.length, java.net.InetAddress.getByName("127.0.0.1"), port));
      byte[] in = new byte[4096];
      java.net.DatagramPacket reply = new java.net.DatagramPacket(in, in.length);
      client.receive(reply);
      String answer = new String(in, 0, reply.getLength(), StandardCharsets.US_ASCII);
      assertThat(answer).startsWith("SIP/2.0 400 ").contains("Warning: 399 parley");

      byte[] good =
          broken
              .replace("<sip:a@127.0.0.1\r\n", "<sip:a@127.0.0.1>\r\n")
              .replace("z9hG4bKbroken", "z9hG4bKgood")
              .getBytes(StandardCharsets.US_ASCII);
      client.send(
          new java.net.DatagramPacket(
              good, good.length, java.net.InetAddress.getByName("127.0.0.1"), port));
      client.receive(reply);
      assertThat(new String(in, 0, reply.getLength(), StandardCharsets.US_ASCII))
          .startsWith("SIP/2.0 200 ");
    }
  }

  @Test
  void rfc5626Section4_4_aClosedConnectionIsReportedAsAFailedFlow() throws Exception {
    alice = NioSipTransport.open(loopback());
    bob = NioSipTransport.open(loopback());
    TransactionLayer aliceLayer =
        new TransactionLayer(aliceLoop, alice, TransactionTimers.DEFAULT, new Random());
    CompletableFuture<ResolvedTarget> failed = new CompletableFuture<>();
    io.parley.sip.port.SipTransport.Listener hop = aliceLayer.transportListener();
    alice.listen(
        new io.parley.sip.port.SipTransport.Listener() {
          @Override
          public void onMessage(SipMessage message, ResolvedTarget source) {
            hop.onMessage(message, source);
          }

          @Override
          public void onSendFailed(SipMessage message, ResolvedTarget target, String reason) {
            hop.onSendFailed(message, target, reason);
          }

          @Override
          public void onFlowFailed(ResolvedTarget peer, String reason) {
            failed.complete(peer);
          }
        });
    aliceLayer.setUser(answering(500));
    layer(bob, bobLoop).setUser(answering(200));
    Outcome outcome = new Outcome();
    ResolvedTarget bobTcp = target(bob, Transport.TCP);
    SipRequest request = options(Transport.TCP, aliceLayer.newBranch());
    aliceLoop.execute(() -> aliceLayer.sendRequest(request, bobTcp, outcome));
    assertThat(outcome.result.get(10, TimeUnit.SECONDS)).isEqualTo("200");
    aliceLoop.execute(() -> alice.keepAlive(bobTcp)); // a ping on a live flow changes nothing
    bob.close();
    bob = null;
    assertThat(failed.get(10, TimeUnit.SECONDS)).isEqualTo(bobTcp);
  }
}
