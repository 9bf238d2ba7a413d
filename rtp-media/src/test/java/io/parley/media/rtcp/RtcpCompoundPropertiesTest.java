package io.parley.media.rtcp;

import static org.assertj.core.api.Assertions.assertThat;

import io.parley.media.MalformedPacketException;
import java.util.ArrayList;
import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

class RtcpCompoundPropertiesTest {

  @Property
  void rfc3550Section6_1_everyCompoundRoundTrips(@ForAll("compounds") List<RtcpPacket> compound)
      throws MalformedPacketException {
    assertThat(RtcpCompound.parse(RtcpCompound.write(compound)))
        .containsExactlyElementsOf(compound);
  }

  @Provide
  Arbitrary<List<RtcpPacket>> compounds() {
    Arbitrary<Long> u32 = Arbitraries.longs().between(0, 0xFFFF_FFFFL);
    Arbitrary<ReportBlock> block =
        Combinators.combine(
                u32,
                Arbitraries.integers().between(0, 255),
                Arbitraries.integers().between(-0x800000, 0x7FFFFF),
                u32,
                u32,
                u32,
                u32)
            .as(ReportBlock::new);
    Arbitrary<RtcpPacket> report =
        Arbitraries.oneOf(
            Combinators.combine(u32, Arbitraries.longs(), u32, u32, u32, block.list().ofMaxSize(4))
                .as(SenderReport::new),
            Combinators.combine(u32, block.list().ofMaxSize(4)).as(ReceiverReport::new));
    Arbitrary<String> text = Arbitraries.strings().ofMaxLength(40);
    Arbitrary<RtcpPacket> other =
        Arbitraries.oneOf(
            Combinators.combine(u32, text).as(SourceDescription::cname),
            Combinators.combine(u32.list().ofMaxSize(3), text).as(Goodbye::new),
            Combinators.combine(
                    Arbitraries.integers().between(0, 31),
                    u32,
                    Arbitraries.strings().withCharRange('A', 'Z').ofLength(4),
                    Arbitraries.integers().between(0, 4))
                .as(
                    (sub, ssrc, name, words) ->
                        new ApplicationDefined(sub, ssrc, name, new byte[4 * words])));
    return Combinators.combine(report, other.list().ofMaxSize(3))
        .as(
            (first, rest) -> {
              List<RtcpPacket> all = new ArrayList<>();
              all.add(first);
              all.addAll(rest);
              return all;
            });
  }
}
