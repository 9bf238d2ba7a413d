package io.parley.transport.rtp;

import static org.assertj.core.api.Assertions.assertThat;

import io.parley.media.dtmf.DtmfDigit;
import io.parley.media.port.MediaAddress;
import io.parley.media.port.RtpSocket;
import io.parley.media.srtp.SdesCrypto;
import io.parley.media.srtp.SrtpSuite;
import io.parley.media.stream.StreamConfig;
import io.parley.transport.clock.PooledMediaClock;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.function.BooleanSupplier;
import java.util.function.Function;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Two RTP streams over real loopback UDP sockets, paced by the pooled clock. */
class LoopbackMediaTest {

  private static final long TIMEOUT_NANOS = 30_000_000_000L;

  private UdpRtpSocketFactory sockets;
  private PooledMediaClock clock;
  private LoopbackPhone alice;
  private LoopbackPhone bob;

  @BeforeEach
  void open() throws Exception {
    sockets = new UdpRtpSocketFactory(new PortRange(41000, 41999));
    clock = new PooledMediaClock(2);
    alice = new LoopbackPhone(sockets.open("127.0.0.1", true), 1000);
    bob = new LoopbackPhone(sockets.open("127.0.0.1", true), 0);
  }

  @AfterEach
  void close() {
    clock.close();
    sockets.close();
  }

  @Test
  void rfc3551Section4_5_14_pcmuToneArrivesAtOneKilohertzWithFewGaps() throws Exception {
    start(alice.socket, bob.socket, null, null, Function.identity());

    awaitTrue(() -> bob.played.size() >= 100);
    clock.close();

    List<short[]> frames = new ArrayList<>(bob.played);
    long onTone =
        frames.stream().filter(f -> zeroCrossings(f) >= 38 && zeroCrossings(f) <= 42).count();
    assertThat(onTone).isGreaterThanOrEqualTo(frames.size() * 9L / 10);
    assertThat(bob.concealed).isLessThan(10);
    assertThat(bob.stream().statistics().packetsReceived()).isGreaterThanOrEqualTo(100);
    assertThat(bob.stream().statistics().packetsLost()).isZero();
  }

  @Test
  void rfc4733Section2_5_telephoneEventsArriveAsDigits() throws Exception {
    start(alice.socket, bob.socket, null, null, Function.identity());
    for (char symbol : "12#".toCharArray()) {
      alice.toSend.add(DtmfDigit.of(symbol).orElseThrow());
    }

    awaitTrue(() -> bob.digits.size() >= 3);

    assertThat(bob.digits).containsExactly(DtmfDigit.D1, DtmfDigit.D2, DtmfDigit.POUND);
  }

  @Test
  void rfc3711Section3_3_srtpRoundTripAndTamperedPacketRejected() throws Exception {
    SplittableRandom random = new SplittableRandom();
    SdesCrypto aliceKey = SdesCrypto.generate(1, SrtpSuite.AES_CM_128_HMAC_SHA1_80, random);
    SdesCrypto bobKey = SdesCrypto.generate(1, SrtpSuite.AES_CM_128_HMAC_SHA1_80, random);
    AtomicBoolean tamperNext = new AtomicBoolean();
    start(alice.socket, bob.socket, aliceKey, bobKey, socket -> new Tampering(socket, tamperNext));

    awaitTrue(() -> bob.played.size() >= 50);
    tamperNext.set(true);
    int before = bob.played.size();
    awaitTrue(() -> !tamperNext.get() && bob.played.size() >= before + 50);
    clock.close();

    assertThat(bob.stream().rejectedDatagrams()).isEqualTo(1);
    long onTone =
        bob.played.stream().filter(f -> zeroCrossings(f) >= 38 && zeroCrossings(f) <= 42).count();
    assertThat(onTone).isGreaterThanOrEqualTo(bob.played.size() * 9L / 10);
  }

  private void start(
      RtpSocket a,
      RtpSocket b,
      SdesCrypto aKey,
      SdesCrypto bKey,
      Function<RtpSocket, RtpSocket> wrap) {
    StreamConfig toBob = StreamConfig.pcmu(b.localAddress());
    StreamConfig toAlice = StreamConfig.pcmu(a.localAddress());
    if (aKey != null) {
      toBob = toBob.withSrtp(aKey, bKey);
      toAlice = toAlice.withSrtp(bKey, aKey);
    }
    alice.start(clock, toBob, wrap);
    bob.start(clock, toAlice, Function.identity());
  }

  static int zeroCrossings(short[] frame) {
    int count = 0;
    for (int i = 1; i < frame.length; i++) {
      if ((frame[i - 1] < 0) != (frame[i] < 0)) {
        count++;
      }
    }
    return count;
  }

  static void awaitTrue(BooleanSupplier condition) throws InterruptedException {
    long deadline = System.nanoTime() + TIMEOUT_NANOS;
    while (!condition.getAsBoolean()) {
      assertThat(System.nanoTime()).as("condition within 30 s").isLessThan(deadline);
      Thread.sleep(20);
    }
  }

  /** Flips one byte of the next audio packet's payload after SRTP protected it. */
  private record Tampering(RtpSocket delegate, AtomicBoolean tamperNext) implements RtpSocket {
    @Override
    public void send(MediaAddress to, byte[] data, int offset, int length) {
      if (length > 100 && tamperNext.compareAndSet(true, false)) {
        byte[] copy = data.clone();
        copy[offset + 40] ^= 0x01;
        delegate.send(to, copy, offset, length);
        return;
      }
      delegate.send(to, data, offset, length);
    }

    @Override
    public void receive(Receiver receiver) {
      delegate.receive(receiver);
    }

    @Override
    public MediaAddress localAddress() {
      return delegate.localAddress();
    }

    @Override
    public void close() {
      delegate.close();
    }
  }
}
