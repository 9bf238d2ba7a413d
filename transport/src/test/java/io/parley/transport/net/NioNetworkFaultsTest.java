package io.parley.transport.net;

import static io.parley.transport.net.SipFixtures.bytes;
import static io.parley.transport.net.SipFixtures.listening;
import static io.parley.transport.net.SipFixtures.options;
import static io.parley.transport.net.SipFixtures.socketAddress;
import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.util.concurrent.atomic.AtomicBoolean;
import org.junit.jupiter.api.Test;

class NioNetworkFaultsTest {

  @Test
  void aListenerThatThrowsDoesNotStopTheIoThread() throws IOException {
    RecordingListener recording = new RecordingListener();
    AtomicBoolean thrown = new AtomicBoolean();
    NetworkListener flaky =
        (flow, message) -> {
          if (thrown.compareAndSet(false, true)) {
            throw new IllegalStateException("listener bug");
          }
          recording.onMessage(flow, message);
        };
    try (NioNetwork network = NioNetwork.open(listening("tcp:127.0.0.1:0").build(), flaky);
        Socket peer = connect(network)) {
      peer.getOutputStream()
          .write((options(1, "lost") + options(2, "kept")).getBytes(StandardCharsets.UTF_8));
      assertThat(recording.message().text()).isEqualTo(options(2, "kept"));
      assertThat(thrown).isTrue();
    }
  }

  @Test
  void aDecoderThatThrowsClosesOnlyItsConnection() throws IOException {
    RecordingListener listener = new RecordingListener();
    StreamDecoder.Factory buggyOnFirst =
        new StreamDecoder.Factory() {
          private int created;

          @Override
          public StreamDecoder create(Flow flow) {
            return ++created == 1 ? new BrokenDecoder() : new LineDecoder();
          }
        };
    NetworkConfig config = listening("tcp:127.0.0.1:0").decoders(buggyOnFirst).build();
    try (NioNetwork network = NioNetwork.open(config, listener);
        Socket first = connect(network)) {
      first.setSoTimeout(20_000);
      first.getOutputStream().write("boom\n".getBytes(StandardCharsets.US_ASCII));
      assertThat(first.getInputStream().read()).isEqualTo(-1);
      try (Socket second = connect(network)) {
        second.getOutputStream().write("one\ntwo\n".getBytes(StandardCharsets.US_ASCII));
        assertThat(listener.message().text()).isEqualTo("one");
        assertThat(listener.message().text()).isEqualTo("two");
      }
    }
  }

  @Test
  void rfc3261Section18_3_aSlowReaderGetsEveryByteInOrder() throws IOException {
    slowReaderGetsEverything(NetworkConfig.builder().build(), Protocol.TCP);
  }

  @Test
  void rfc3261Section26_3_1_aSlowTlsReaderGetsEveryByteInOrder()
      throws IOException, GeneralSecurityException {
    TestCertificates ca = new TestCertificates("Slow CA");
    TestCertificates.Identity server = ca.issue("slow.example.test", null);
    NetworkConfig client =
        NetworkConfig.builder().tls(TlsConfig.of(TestCertificates.context(null, ca))).build();
    RecordingListener serverListener = new RecordingListener();
    NetworkConfig serverConfig =
        listening("tls:127.0.0.1:0")
            .tls(TlsConfig.of(TestCertificates.context(server, ca)))
            .decoders(ContentLengthDecoder.factory(200_000))
            .build();
    try (NioNetwork b = NioNetwork.open(serverConfig, serverListener);
        NioNetwork a = NioNetwork.open(client, new RecordingListener())) {
      String body = "0123456789".repeat(15_000);
      for (int i = 1; i <= 6; i++) {
        a.send(
            bytes(options(i, body)),
            Protocol.TLS,
            socketAddress(b.listenAddresses().get(0)),
            "slow.example.test");
      }
      for (int i = 1; i <= 6; i++) {
        assertThat(serverListener.message().text()).isEqualTo(options(i, body));
      }
    }
  }

  private static void slowReaderGetsEverything(NetworkConfig config, Protocol protocol)
      throws IOException {
    RecordingListener listener = new RecordingListener();
    try (NioNetwork network = NioNetwork.open(config, listener);
        ServerSocket server = new ServerSocket()) {
      server.setReceiveBufferSize(4096);
      server.bind(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 1);
      InetSocketAddress remote =
          new InetSocketAddress(server.getInetAddress(), server.getLocalPort());
      StringBuilder expected = new StringBuilder();
      for (int i = 1; i <= 16; i++) {
        // 16 x 50 kB fits the default 1 MiB send queue even before the connection is up
        String message = options(i, String.valueOf((char) ('a' + i)).repeat(50_000));
        expected.append(message);
        network.send(bytes(message), protocol, remote);
      }
      byte[] want = expected.toString().getBytes(StandardCharsets.UTF_8);
      try (Socket peer = server.accept()) {
        peer.setSoTimeout(20_000);
        InputStream in = peer.getInputStream();
        byte[] got = new byte[want.length];
        int read = 0;
        byte[] chunk = new byte[1000];
        while (read < want.length) {
          int n = in.read(chunk, 0, Math.min(chunk.length, want.length - read));
          if (n < 0) {
            break;
          }
          System.arraycopy(chunk, 0, got, read, n);
          read += n;
        }
        assertThat(read).isEqualTo(want.length);
        assertThat(got).isEqualTo(want);
      }
      assertThat(listener.failures).isEmpty();
    }
  }

  private static Socket connect(NioNetwork network) throws IOException {
    return new Socket(InetAddress.getLoopbackAddress(), network.listenAddresses().get(0).port());
  }

  /** A decoder with a bug, to show it cannot take the I/O thread down. */
  private static final class BrokenDecoder implements StreamDecoder {
    @Override
    public ByteBuffer decode(ByteBuffer buffer) {
      throw new IllegalStateException("decoder bug");
    }

    @Override
    public int maxFrameSize() {
      return 1000;
    }
  }

  /** A different framing (one frame per line) to show decoders are pluggable. */
  private static final class LineDecoder implements StreamDecoder {
    @Override
    public ByteBuffer decode(ByteBuffer buffer) throws FrameException {
      for (int i = buffer.position(); i < buffer.limit(); i++) {
        if (buffer.get(i) == '\n') {
          ByteBuffer line = buffer.duplicate().limit(i);
          ByteBuffer frame = ByteBuffer.allocate(line.remaining()).put(line).flip();
          buffer.position(i + 1);
          return frame;
        }
      }
      if (buffer.remaining() > maxFrameSize()) {
        throw new FrameException("line longer than " + maxFrameSize());
      }
      return null;
    }

    @Override
    public int maxFrameSize() {
      return 1000;
    }
  }
}
