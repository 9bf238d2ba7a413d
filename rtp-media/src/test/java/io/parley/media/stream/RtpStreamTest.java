package io.parley.media.stream;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import io.parley.media.dtmf.DtmfDigit;
import io.parley.media.jitter.Playout;
import io.parley.media.port.MediaAddress;
import io.parley.media.port.RtpSocket;
import io.parley.media.srtp.SdesCrypto;
import io.parley.media.srtp.SrtpSuite;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.PriorityQueue;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

class RtpStreamTest {

  private static final long MS = 1_000_000L;
  private static final MediaAddress ALICE = new MediaAddress("192.0.2.10", 4000);
  private static final MediaAddress BOB = new MediaAddress("198.51.100.20", 6000);

  @Test
  void rfc3550Section5_audioFlowsBothWaysInOrder() {
    Call call = new Call(StreamConfig.pcmu(BOB), StreamConfig.pcmu(ALICE), ALICE);

    call.run(200, true, true);
    call.deliverUntil(5000 * MS);

    assertThat(call.bobHeard).hasSizeGreaterThan(190).isSorted().doesNotHaveDuplicates();
    assertThat(call.aliceHeard).hasSizeGreaterThan(190).isSorted();
    assertThat(call.bob.statistics().packetsReceived()).isEqualTo(200);
    assertThat(call.alice.statistics().packetsSent()).isEqualTo(200);
  }

  @Test
  void rfc4733Section2_5_digitsArriveOnceEachInOrder() {
    Call call = new Call(StreamConfig.pcmu(BOB), StreamConfig.pcmu(ALICE), ALICE);
    call.alice.sendDtmf(DtmfDigit.D1);
    call.alice.sendDtmf(DtmfDigit.POUND);
    call.bob.sendDtmf(DtmfDigit.D9);

    call.run(100, true, true);

    assertThat(call.bobEvents)
        .filteredOn(StreamEvent.DtmfReceived.class::isInstance)
        .containsExactly(
            new StreamEvent.DtmfReceived(DtmfDigit.D1),
            new StreamEvent.DtmfReceived(DtmfDigit.POUND));
    assertThat(call.aliceEvents).contains(new StreamEvent.DtmfReceived(DtmfDigit.D9));
  }

  @Test
  void rfc4733Section2_5_withoutTelephoneEventDtmfMustGoByInfo() {
    StreamConfig noEvents =
        new StreamConfig(
            "PCMA",
            8,
            8000,
            20,
            -1,
            BOB,
            true,
            null,
            null,
            15_000,
            30_000,
            io.parley.media.jitter.JitterConfig.voice(8000));
    Call call = new Call(noEvents, StreamConfig.pcmu(ALICE), ALICE);

    assertThatThrownBy(() -> call.alice.sendDtmf(DtmfDigit.D5))
        .isInstanceOf(IllegalStateException.class)
        .hasMessageContaining("SIP INFO");
  }

  @Test
  void rfc3711Section3_srtpCarriesAudioAndDtmfAndDropsForgeries() {
    SdesCrypto aliceKey = SdesCrypto.generate(1, SrtpSuite.AES_CM_128_HMAC_SHA1_80, rnd(1));
    SdesCrypto bobKey = SdesCrypto.generate(1, SrtpSuite.AES_CM_128_HMAC_SHA1_80, rnd(2));
    Call call =
        new Call(
            StreamConfig.pcmu(BOB).withSrtp(aliceKey, bobKey),
            StreamConfig.pcmu(ALICE).withSrtp(bobKey, aliceKey),
            ALICE);
    call.alice.sendDtmf(DtmfDigit.STAR);

    call.run(150, true, true);
    byte[] forged = new byte[60];
    forged[0] = (byte) 0x80;
    call.bob.onDatagram(ALICE, forged, forged.length, 3000 * MS);

    assertThat(call.bobHeard).hasSizeGreaterThan(130);
    assertThat(call.bobEvents).contains(new StreamEvent.DtmfReceived(DtmfDigit.STAR));
    assertThat(call.bob.rejectedDatagrams()).isEqualTo(1);
    assertThat(call.wire.stream().anyMatch(d -> containsPlainPayload(d))).isFalse();
  }

  @Test
  void rfc3550Section6_4_1_rtcpMeasuresTheRoundTrip() {
    Call call = new Call(StreamConfig.pcmu(BOB), StreamConfig.pcmu(ALICE), ALICE);

    call.run(1000, true, true);

    assertThat(call.alice.statistics().roundTripMillis()).isCloseTo(2 * Call.DELAY_MS, within(1.0));
    assertThat(call.bob.statistics().roundTripMillis()).isCloseTo(2 * Call.DELAY_MS, within(1.0));
    assertThat(call.bob.statistics().mos()).isGreaterThan(4.0);
    assertThat(call.bob.statistics().toJson()).contains("\"codec\":\"PCMU\"");
  }

  @Test
  void rfc4961Section3_sendsToWhereTheFarEndReallySendsFrom() {
    MediaAddress natted = new MediaAddress("203.0.113.5", 40000);
    Call call = new Call(StreamConfig.pcmu(BOB), StreamConfig.pcmu(ALICE), natted);

    call.run(50, true, true);

    assertThat(call.bobEvents).contains(new StreamEvent.RemoteLatched(natted));
    assertThat(call.aliceHeard).hasSizeGreaterThan(40);
  }

  @Test
  void rfc6263Section4_6_heldStreamSendsKeepAlivesAndFarEndDoesNotTimeOut() {
    Call call = new Call(StreamConfig.pcmu(BOB), StreamConfig.pcmu(ALICE), ALICE);

    call.run(2500, false, true);

    long keepAlives =
        call.wire.stream().filter(d -> d.from == ALICE && (d.data[1] & 0x7F) == 127).count();
    assertThat(keepAlives).isGreaterThanOrEqualTo(3);
    assertThat(call.bobEvents).noneMatch(StreamEvent.MediaTimeout.class::isInstance);
  }

  @Test
  void rfc3550Section6_3_5_silentFarEndTimesOutOnce() {
    StreamConfig quietAlice =
        new StreamConfig(
            "PCMU",
            0,
            8000,
            20,
            101,
            BOB,
            true,
            null,
            null,
            3_600_000,
            30_000,
            io.parley.media.jitter.JitterConfig.voice(8000));
    Call call = new Call(quietAlice, StreamConfig.pcmu(ALICE), ALICE);
    call.dropRtcp = true;

    call.run(2000, false, true);

    assertThat(call.bobEvents).containsOnlyOnce(new StreamEvent.MediaTimeout(30_000));
  }

  @Test
  void rfc3550Section6_6_byeReachesTheFarEnd() {
    Call call = new Call(StreamConfig.pcmu(BOB), StreamConfig.pcmu(ALICE), ALICE);
    call.run(20, true, true);

    call.alice.close("hangup", 500 * MS);
    call.deliverUntil(600 * MS);

    assertThat(call.bobEvents).contains(new StreamEvent.Goodbye("hangup"));
  }

  @Test
  void rfc3550Section5_garbageDatagramsAreCountedNeverThrown() {
    SdesCrypto key = SdesCrypto.generate(1, SrtpSuite.AEAD_AES_128_GCM, rnd(3));
    Call plain = new Call(StreamConfig.pcmu(BOB), StreamConfig.pcmu(ALICE), ALICE);
    Call secure =
        new Call(
            StreamConfig.pcmu(BOB).withSrtp(key, key),
            StreamConfig.pcmu(ALICE).withSrtp(key, key),
            ALICE);
    java.util.Random random = new java.util.Random(5);
    for (int i = 0; i < 20_000; i++) {
      byte[] junk = new byte[random.nextInt(120)];
      random.nextBytes(junk);
      if (junk.length > 1) {
        junk[0] = (byte) (0x80 | junk[0] & 0x3F);
        if (random.nextBoolean()) {
          junk[1] = (byte) (192 + random.nextInt(32));
        }
      }
      plain.bob.onDatagram(ALICE, junk, junk.length, i * MS);
      secure.bob.onDatagram(ALICE, junk, junk.length, i * MS);
    }

    assertThat(plain.bob.rejectedDatagrams()).isPositive();
    assertThat(secure.bob.rejectedDatagrams()).isEqualTo(20_000);
  }

  @Test
  void rfc3550Section8_2_ssrcCollisionPicksANewSsrcAndSaysGoodbye() {
    Call call = new Call(StreamConfig.pcmu(BOB), StreamConfig.pcmu(ALICE), ALICE);
    long before = call.bob.ssrc();
    byte[] clash =
        io.parley.media.rtp.RtpPacket.of(0, 1, 160, before, false, new byte[160]).toBytes();

    call.bob.onDatagram(ALICE, clash, clash.length, 0);
    call.deliverUntil(100 * MS);

    assertThat(call.bob.ssrc()).isNotEqualTo(before);
    assertThat(call.aliceEvents).contains(new StreamEvent.Goodbye("SSRC collision"));
  }

  private static boolean containsPlainPayload(Datagram datagram) {
    byte[] marker = new byte[] {0x55, 0x55, 0x55, 0x55, 0x55, 0x55};
    for (int i = 0; i + marker.length <= datagram.data.length; i++) {
      if (Arrays.equals(datagram.data, i, i + marker.length, marker, 0, marker.length)) {
        return true;
      }
    }
    return false;
  }

  private static SplittableRandom rnd(long seed) {
    return new SplittableRandom(seed);
  }

  /** A datagram in flight on the fake network. */
  static final class Datagram {
    final MediaAddress from;
    final MediaAddress to;
    final byte[] data;
    final long arrival;

    Datagram(MediaAddress from, MediaAddress to, byte[] data, long arrival) {
      this.from = from;
      this.to = to;
      this.data = data;
      this.arrival = arrival;
    }
  }

  /** Two streams over a fake network with a fixed one-way delay. */
  static final class Call {
    static final int DELAY_MS = 30;

    final PriorityQueue<Datagram> inFlight =
        new PriorityQueue<>((a, b) -> Long.compare(a.arrival, b.arrival));
    final List<Datagram> wire = new ArrayList<>();
    final List<StreamEvent> aliceEvents = new ArrayList<>();
    final List<StreamEvent> bobEvents = new ArrayList<>();
    final List<Integer> aliceHeard = new ArrayList<>();
    final List<Integer> bobHeard = new ArrayList<>();
    final RtpStream alice;
    final RtpStream bob;
    boolean dropRtcp;
    long now;

    Call(StreamConfig aliceConfig, StreamConfig bobConfig, MediaAddress aliceSource) {
      alice =
          new RtpStream(aliceConfig, socket(aliceSource), "alice@a", rnd(10), aliceEvents::add, 0);
      bob = new RtpStream(bobConfig, socket(BOB), "bob@b", rnd(20), bobEvents::add, 0);
    }

    RtpSocket socket(MediaAddress local) {
      return new RtpSocket() {
        @Override
        public void send(MediaAddress to, byte[] data, int offset, int length) {
          if (dropRtcp && (data[offset + 1] & 0xFF) >= 192 && (data[offset + 1] & 0xFF) <= 223) {
            return;
          }
          Datagram datagram =
              new Datagram(
                  local,
                  to,
                  Arrays.copyOfRange(data, offset, offset + length),
                  now + DELAY_MS * MS);
          wire.add(datagram);
          inFlight.add(datagram);
        }

        @Override
        public void receive(Receiver receiver) {}

        @Override
        public MediaAddress localAddress() {
          return local;
        }

        @Override
        public void close() {}
      };
    }

    void run(int frames, boolean aliceTalks, boolean bobTalks) {
      for (int frame = 0; frame < frames; frame++) {
        now = frame * 20 * MS;
        deliverUntil(now);
        byte[] payload = new byte[160];
        Arrays.fill(payload, (byte) 0x55);
        payload[0] = (byte) (frame >> 8);
        payload[1] = (byte) frame;
        if (aliceTalks) {
          alice.sendAudio(payload, now);
        } else {
          alice.skipFrame(now);
        }
        if (bobTalks) {
          bob.sendAudio(payload, now);
        } else {
          bob.skipFrame(now);
        }
        alice.tick(now);
        bob.tick(now);
        hear(alice.poll(now), aliceHeard);
        hear(bob.poll(now), bobHeard);
      }
    }

    void deliverUntil(long time) {
      while (!inFlight.isEmpty() && inFlight.peek().arrival <= time) {
        Datagram datagram = inFlight.poll();
        RtpStream target = datagram.to.equals(BOB) ? bob : alice;
        target.onDatagram(datagram.from, datagram.data, datagram.data.length, datagram.arrival);
      }
    }

    private static void hear(Playout playout, List<Integer> heard) {
      if (playout instanceof Playout.Frame frame) {
        heard.add((frame.payload()[0] & 0xFF) << 8 | frame.payload()[1] & 0xFF);
      }
    }
  }
}
