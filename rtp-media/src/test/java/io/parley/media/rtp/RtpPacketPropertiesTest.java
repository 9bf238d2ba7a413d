package io.parley.media.rtp;

import static org.assertj.core.api.Assertions.assertThat;

import io.parley.media.MalformedPacketException;
import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.IntRange;
import net.jqwik.api.constraints.Size;

class RtpPacketPropertiesTest {

  @Property
  void rfc3550Section5_1_everyPacketRoundTrips(@ForAll("packets") RtpPacket packet)
      throws MalformedPacketException {
    byte[] wire = packet.toBytes();

    assertThat(wire).hasSize(packet.length());
    assertThat(RtpPacket.parse(wire)).isEqualTo(packet);
  }

  @Property
  void rfc3550Section5_1_anyPrefixOfAPacketFailsCleanlyOrParses(
      @ForAll("packets") RtpPacket packet, @ForAll @IntRange(min = 0, max = 400) int cut) {
    byte[] wire = packet.toBytes();
    int length = Math.min(cut, wire.length);
    try {
      RtpPacket.parse(wire, 0, length);
    } catch (MalformedPacketException expected) {
      assertThat(expected.offset()).isBetween(0, length);
    }
  }

  @Property
  void rfc3550Section5_1_arbitraryBytesNeverThrowUnchecked(@ForAll @Size(max = 64) byte[] junk) {
    try {
      RtpPacket.parse(junk);
    } catch (MalformedPacketException expected) {
      assertThat(expected.getMessage()).isNotBlank();
    }
  }

  @Provide
  Arbitrary<RtpPacket> packets() {
    Arbitrary<List<Long>> csrcs = Arbitraries.longs().between(0, 0xFFFF_FFFFL).list().ofMaxSize(15);
    Arbitrary<RtpPacket.HeaderExtension> extension =
        Combinators.combine(
                Arbitraries.integers().between(0, 0xFFFF), Arbitraries.integers().between(0, 5))
            .as((profile, words) -> new RtpPacket.HeaderExtension(profile, new byte[4 * words]))
            .injectNull(0.5);
    return Combinators.combine(
            Arbitraries.of(true, false),
            Arbitraries.integers().between(0, 127),
            Arbitraries.integers().between(0, 0xFFFF),
            Arbitraries.longs().between(0, 0xFFFF_FFFFL),
            Arbitraries.longs().between(0, 0xFFFF_FFFFL),
            csrcs,
            extension,
            Arbitraries.bytes().array(byte[].class).ofMaxSize(300))
        .as(
            (marker, type, seq, ts, ssrc, list, ext, payload) ->
                new RtpPacket(marker, type, seq, ts, ssrc, list, ext, payload, 0))
        .flatMap(
            packet ->
                Arbitraries.integers()
                    .between(0, 255)
                    .map(
                        padding ->
                            new RtpPacket(
                                packet.marker(),
                                packet.payloadType(),
                                packet.sequenceNumber(),
                                packet.timestamp(),
                                packet.ssrc(),
                                packet.csrcs(),
                                packet.extension(),
                                packet.payload(),
                                padding)));
  }
}
