package io.parley.transport.rtp;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.parley.media.port.MediaAddress;
import io.parley.media.port.RtpSocket;
import io.parley.media.port.RtpSocketFactory;
import java.io.IOException;
import java.net.BindException;
import java.net.InetSocketAddress;
import java.nio.ByteBuffer;
import java.nio.channels.DatagramChannel;
import java.nio.charset.StandardCharsets;
import java.util.ServiceLoader;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

class UdpRtpSocketFactoryTest {

  private final UdpRtpSocketFactory factory = new UdpRtpSocketFactory(new PortRange(42001, 42010));

  @AfterEach
  void close() {
    factory.close();
  }

  @Test
  void rfc3550Section11_rtpTakesAnEvenPortAndReservesTheNextForRtcp() throws Exception {
    UdpRtpSocket socket = (UdpRtpSocket) factory.open("127.0.0.1", false);

    assertThat(socket.localAddress().port() % 2).isZero();
    assertThat(socket.rtcpPort()).isEqualTo(socket.localAddress().port() + 1);
    try (DatagramChannel intruder = DatagramChannel.open()) {
      assertThatThrownBy(() -> intruder.bind(new InetSocketAddress("127.0.0.1", socket.rtcpPort())))
          .isInstanceOf(BindException.class);
    }
  }

  @Test
  void rfc3550Section11_datagramsToTheRtcpPortReachTheSameReceiver() throws Exception {
    UdpRtpSocket socket = (UdpRtpSocket) factory.open("127.0.0.1", false);
    BlockingQueue<String> received = new ArrayBlockingQueue<>(4);
    socket.receive((from, data, length, arrival) -> received.add(text(data, length)));

    try (DatagramChannel peer = DatagramChannel.open()) {
      peer.send(bytes("rtcp"), new InetSocketAddress("127.0.0.1", socket.rtcpPort()));
      peer.send(bytes("rtp"), new InetSocketAddress("127.0.0.1", socket.localAddress().port()));
      assertThat(received.poll(10, TimeUnit.SECONDS)).isNotNull();
      assertThat(received.poll(10, TimeUnit.SECONDS)).isNotNull();
    }
  }

  @Test
  void rfc5761Section4_rtcpMuxBindsOnePort() throws Exception {
    UdpRtpSocket socket = (UdpRtpSocket) factory.open("127.0.0.1", true);

    assertThat(socket.rtcpPort()).isEqualTo(socket.localAddress().port());
  }

  @Test
  void exhaustedRangeIsAClearError() throws Exception {
    for (int i = 0; i < 4; i++) {
      factory.open("127.0.0.1", false);
    }

    assertThatThrownBy(() -> factory.open("127.0.0.1", false))
        .isInstanceOf(IOException.class)
        .hasMessageContaining("no free RTP port pair in 42001..42010 on 127.0.0.1");
  }

  @Test
  void closedSocketReleasesItsPortsForReuse() throws Exception {
    for (int i = 0; i < 4; i++) {
      factory.open("127.0.0.1", false).close();
    }

    assertThat(factory.open("127.0.0.1", false).localAddress().port()).isBetween(42002, 42008);
    assertThat(factory.openSockets()).isEqualTo(1);
  }

  @Test
  void ipv6LoopbackCarriesDatagramsWithTheRealSource() throws Exception {
    RtpSocket a = factory.open("::1", true);
    RtpSocket b = factory.open("::1", true);
    BlockingQueue<MediaAddress> sources = new ArrayBlockingQueue<>(1);
    BlockingQueue<Long> arrivals = new ArrayBlockingQueue<>(1);
    b.receive(
        (from, data, length, arrival) -> {
          sources.add(from);
          arrivals.add(arrival);
        });
    long before = System.nanoTime();

    a.send(b.localAddress(), new byte[] {1, 2, 3}, 0, 3);

    assertThat(sources.poll(10, TimeUnit.SECONDS)).isEqualTo(a.localAddress());
    assertThat(arrivals.poll(1, TimeUnit.SECONDS)).isGreaterThanOrEqualTo(before);
    assertThat(a.localAddress().host()).isEqualTo("0:0:0:0:0:0:0:1");
  }

  @Test
  void hostNamesAreRefusedBecauseMediaNeverResolves() {
    assertThatThrownBy(() -> factory.open("localhost", true))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("literal IP address, got 'localhost'");
  }

  @Test
  void sendAfterCloseNamesTheSocket() throws Exception {
    RtpSocket socket = factory.open("127.0.0.1", true);
    socket.close();

    assertThatThrownBy(() -> socket.send(socket.localAddress(), new byte[1], 0, 1))
        .isInstanceOf(IllegalStateException.class)
        .hasMessageContaining(socket.localAddress() + " is closed");
  }

  @Test
  void factoryIsFoundThroughServiceLoader() {
    assertThat(ServiceLoader.load(RtpSocketFactory.class).stream())
        .anyMatch(p -> p.type() == UdpRtpSocketFactory.class);
  }

  @Test
  void portRangeCountsOnlyFullPairs() {
    assertThat(new PortRange(42001, 42010).pairs()).isEqualTo(4);
    assertThat(new PortRange(42000, 42009).pairs()).isEqualTo(5);
    assertThatThrownBy(() -> new PortRange(80, 90))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("got 80..90");
  }

  private static ByteBuffer bytes(String text) {
    return ByteBuffer.wrap(text.getBytes(StandardCharsets.US_ASCII));
  }

  private static String text(byte[] data, int length) {
    return new String(data, 0, length, StandardCharsets.US_ASCII);
  }
}
