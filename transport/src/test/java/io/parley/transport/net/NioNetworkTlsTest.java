package io.parley.transport.net;

import static io.parley.transport.net.SipFixtures.bytes;
import static io.parley.transport.net.SipFixtures.listening;
import static io.parley.transport.net.SipFixtures.options;
import static io.parley.transport.net.SipFixtures.socketAddress;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.net.InetSocketAddress;
import java.security.GeneralSecurityException;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

class NioNetworkTlsTest {

  private static final String SERVER_NAME = "sip.example.test";
  private static final String OK = "SIP/2.0 200 OK\r\nContent-Length: 0\r\n\r\n";

  private static TestCertificates ca;
  private static TestCertificates stranger;
  private static TestCertificates.Identity server;
  private static TestCertificates.Identity client;

  @BeforeAll
  static void issueCertificates() throws GeneralSecurityException {
    ca = new TestCertificates("Parley Test CA");
    stranger = new TestCertificates("Someone Else CA");
    server = ca.issue(SERVER_NAME, "127.0.0.1");
    client = ca.issue("alice.example.test", null);
  }

  @Test
  void rfc3261Section26_3_1_verifiedHandshakeCarriesMessagesBothWays()
      throws IOException, GeneralSecurityException {
    RecordingListener alice = new RecordingListener();
    RecordingListener bob = new RecordingListener();
    try (NioNetwork b = tlsServer(TlsConfig.of(TestCertificates.context(server, ca)), bob);
        NioNetwork a = tlsClient(TlsConfig.of(TestCertificates.context(null, ca)), alice)) {
      InetSocketAddress bobAddress = socketAddress(b.listenAddresses().get(0));
      String big = "t".repeat(50_000);
      a.send(bytes(options(1, "hello")), Protocol.TLS, bobAddress, SERVER_NAME);
      a.send(bytes(options(2, big)), Protocol.TLS, bobAddress, SERVER_NAME);

      RecordingListener.Received first = bob.message();
      assertThat(first.text()).isEqualTo(options(1, "hello"));
      assertThat(first.flow().protocol()).isEqualTo(Protocol.TLS);
      assertThat(bob.message().text()).isEqualTo(options(2, big));

      b.send(bytes(OK), first.flow());
      RecordingListener.Received answer = alice.message();
      assertThat(answer.text()).isEqualTo(OK);
      assertThat(answer.flow().remote()).isEqualTo(bobAddress);
      assertThat(alice.failures).isEmpty();
    }
  }

  @Test
  void rfc5922Section7_3_certificateNamingTheAddressIsAcceptedWithoutAServerName()
      throws IOException, GeneralSecurityException {
    RecordingListener alice = new RecordingListener();
    RecordingListener bob = new RecordingListener();
    try (NioNetwork b = tlsServer(TlsConfig.of(TestCertificates.context(server, ca)), bob);
        NioNetwork a = tlsClient(TlsConfig.of(TestCertificates.context(null, ca)), alice)) {
      a.send(bytes(options(1, "")), Protocol.TLS, socketAddress(b.listenAddresses().get(0)));
      assertThat(bob.message().text()).isEqualTo(options(1, ""));
    }
  }

  @Test
  void rfc5118_tlsOverIpv6VerifiesTheAddressInTheCertificate()
      throws IOException, GeneralSecurityException {
    assumeTrue(SipFixtures.hasIpv6Loopback(), "::1 is not configured on this host");
    TestCertificates.Identity v6 = ca.issue(SERVER_NAME, "::1");
    RecordingListener alice = new RecordingListener();
    RecordingListener bob = new RecordingListener();
    NetworkConfig serverConfig =
        listening("tls:[::1]:0").tls(TlsConfig.of(TestCertificates.context(v6, ca))).build();
    try (NioNetwork b = NioNetwork.open(serverConfig, bob);
        NioNetwork a = tlsClient(TlsConfig.of(TestCertificates.context(null, ca)), alice)) {
      a.send(bytes(options(1, "v6")), Protocol.TLS, socketAddress(b.listenAddresses().get(0)));
      RecordingListener.Received request = bob.message();
      assertThat(request.text()).isEqualTo(options(1, "v6"));
      assertThat(request.flow().toString()).startsWith("tls:[::1]:");
      b.send(bytes(OK), request.flow());
      assertThat(alice.message().text()).isEqualTo(OK);
    }
  }

  @Test
  void rfc5922Section7_3_wrongHostNameFailsVerificationWithAClearReason()
      throws IOException, GeneralSecurityException {
    RecordingListener alice = new RecordingListener();
    RecordingListener bob = new RecordingListener();
    try (NioNetwork b = tlsServer(TlsConfig.of(TestCertificates.context(server, ca)), bob);
        NioNetwork a = tlsClient(TlsConfig.of(TestCertificates.context(null, ca)), alice)) {
      InetSocketAddress bobAddress = socketAddress(b.listenAddresses().get(0));
      a.send(bytes(options(1, "")), Protocol.TLS, bobAddress, "wrong.example.test");

      SendFailure failure = alice.failure();
      assertThat(failure.reason()).isEqualTo(SendFailure.Reason.TLS_VERIFICATION);
      assertThat(failure.remote()).isEqualTo(bobAddress);
      assertThat(failure.messagesLost()).isEqualTo(1);
      assertThat(failure.detail())
          .contains("tls:127.0.0.1:" + bobAddress.getPort())
          .contains("wrong.example.test")
          .contains("certificate verification");
      assertThat(bob.messages).isEmpty();
    }
  }

  @Test
  void untrustedCertificateFailsVerificationWithAClearReason()
      throws IOException, GeneralSecurityException {
    RecordingListener alice = new RecordingListener();
    RecordingListener bob = new RecordingListener();
    try (NioNetwork b = tlsServer(TlsConfig.of(TestCertificates.context(server, ca)), bob);
        NioNetwork a = tlsClient(TlsConfig.of(TestCertificates.context(null, stranger)), alice)) {
      InetSocketAddress bobAddress = socketAddress(b.listenAddresses().get(0));
      a.send(bytes(options(1, "")), Protocol.TLS, bobAddress, SERVER_NAME);

      SendFailure failure = alice.failure();
      assertThat(failure.reason()).isEqualTo(SendFailure.Reason.TLS_VERIFICATION);
      assertThat(failure.detail())
          .contains("tls:127.0.0.1:" + bobAddress.getPort())
          .contains(SERVER_NAME)
          .containsIgnoringCase("certification path");
    }
  }

  @Test
  void hostNameCheckCanBeTurnedOffButTheChainIsStillVerified()
      throws IOException, GeneralSecurityException {
    RecordingListener alice = new RecordingListener();
    RecordingListener bob = new RecordingListener();
    TlsConfig lax = TlsConfig.of(TestCertificates.context(null, ca)).withoutHostnameVerification();
    try (NioNetwork b = tlsServer(TlsConfig.of(TestCertificates.context(server, ca)), bob);
        NioNetwork a = tlsClient(lax, alice)) {
      a.send(
          bytes(options(1, "")),
          Protocol.TLS,
          socketAddress(b.listenAddresses().get(0)),
          "wrong.example.test");
      assertThat(bob.message().text()).isEqualTo(options(1, ""));
    }
  }

  @Test
  void rfc5630Section3_2_mutualTlsAcceptsATrustedClientCertificate()
      throws IOException, GeneralSecurityException {
    RecordingListener alice = new RecordingListener();
    RecordingListener bob = new RecordingListener();
    TlsConfig demanding =
        TlsConfig.of(TestCertificates.context(server, ca))
            .withClientAuth(TlsConfig.ClientAuth.NEED);
    try (NioNetwork b = tlsServer(demanding, bob);
        NioNetwork a = tlsClient(TlsConfig.of(TestCertificates.context(client, ca)), alice)) {
      a.send(
          bytes(options(1, "mutual")),
          Protocol.TLS,
          socketAddress(b.listenAddresses().get(0)),
          SERVER_NAME);
      RecordingListener.Received request = bob.message();
      assertThat(request.text()).isEqualTo(options(1, "mutual"));
      RecordingListener.Opened atBob = bob.openedFlow();
      assertThat(atBob.flow()).isEqualTo(request.flow());
      assertThat(atBob.peerCertificates())
          .first()
          .satisfies(
              c ->
                  assertThat(c.getSubjectX500Principal().getName()).contains("alice.example.test"));
      b.send(bytes(OK), request.flow());
      assertThat(alice.message().text()).isEqualTo(OK);
      assertThat(alice.openedFlow().peerCertificates())
          .first()
          .satisfies(c -> assertThat(c.getSubjectX500Principal().getName()).contains(SERVER_NAME));
    }
  }

  @Test
  void rfc5630Section3_2_mutualTlsRejectsAClientWithoutCertificate()
      throws IOException, GeneralSecurityException {
    RecordingListener alice = new RecordingListener();
    RecordingListener bob = new RecordingListener();
    TlsConfig demanding =
        TlsConfig.of(TestCertificates.context(server, ca))
            .withClientAuth(TlsConfig.ClientAuth.NEED);
    try (NioNetwork b = tlsServer(demanding, bob);
        NioNetwork a = tlsClient(TlsConfig.of(TestCertificates.context(null, ca)), alice)) {
      a.send(
          bytes(options(1, "anonymous")),
          Protocol.TLS,
          socketAddress(b.listenAddresses().get(0)),
          SERVER_NAME);
      SendFailure failure = alice.failure();
      assertThat(failure.reason())
          .isIn(SendFailure.Reason.TLS_HANDSHAKE, SendFailure.Reason.CONNECTION_LOST);
      assertThat(failure.detail()).contains("tls:127.0.0.1:");
      assertThat(bob.messages).isEmpty();
    }
  }

  @Test
  void rfc5246_tls12OnlyPeersStillConnect() throws IOException, GeneralSecurityException {
    RecordingListener alice = new RecordingListener();
    RecordingListener bob = new RecordingListener();
    TlsConfig tls12 = TlsConfig.of(TestCertificates.context(server, ca)).withProtocols("TLSv1.2");
    try (NioNetwork b = tlsServer(tls12, bob);
        NioNetwork a = tlsClient(TlsConfig.of(TestCertificates.context(null, ca)), alice)) {
      a.send(
          bytes(options(1, "1.2")),
          Protocol.TLS,
          socketAddress(b.listenAddresses().get(0)),
          SERVER_NAME);
      RecordingListener.Received request = bob.message();
      assertThat(request.text()).isEqualTo(options(1, "1.2"));
      b.send(bytes(OK), request.flow());
      assertThat(alice.message().text()).isEqualTo(OK);
    }
  }

  @Test
  void unsupportedProtocolVersionsAreRejectedAtOnce() throws GeneralSecurityException {
    TlsConfig tls = TlsConfig.of(TestCertificates.context(server, ca));
    assertThatThrownBy(() -> tls.withProtocols("TLSv9"))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("'TLSv9' is not supported");
    assertThatThrownBy(tls::withProtocols)
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("at least one");
  }

  @Test
  void tlsSendWithoutTlsConfigIsReported() throws IOException {
    RecordingListener alice = new RecordingListener();
    try (NioNetwork a = NioNetwork.open(NetworkConfig.builder().build(), alice)) {
      a.send(bytes("x"), Protocol.TLS, new InetSocketAddress("127.0.0.1", 5061), SERVER_NAME);
      SendFailure failure = alice.failure();
      assertThat(failure.reason()).isEqualTo(SendFailure.Reason.NO_ROUTE);
      assertThat(failure.detail()).contains("TLS is not configured");
    }
  }

  private static NioNetwork tlsServer(TlsConfig tls, RecordingListener listener)
      throws IOException {
    return NioNetwork.open(listening("tls:127.0.0.1:0").tls(tls).build(), listener);
  }

  private static NioNetwork tlsClient(TlsConfig tls, RecordingListener listener)
      throws IOException {
    return NioNetwork.open(NetworkConfig.builder().tls(tls).build(), listener);
  }
}
