package io.parley.transport.dns;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;
import org.xbill.DNS.DClass;
import org.xbill.DNS.Name;
import org.xbill.DNS.SRVRecord;
import org.xbill.DNS.TextParseException;

class SrvOrderTest {

  private static SRVRecord srv(int priority, int weight, String target) throws TextParseException {
    return new SRVRecord(
        Name.fromString("_sip._udp.example.com."),
        DClass.IN,
        300,
        priority,
        weight,
        5060,
        target.equals(".") ? Name.root : Name.fromString(target + ".example.com."));
  }

  private static String host(SRVRecord record) {
    return record.getTarget().getLabelString(0);
  }

  @Test
  void rfc2782_lowerPriorityAlwaysFirst() throws Exception {
    List<SRVRecord> records = List.of(srv(30, 100, "c"), srv(10, 1, "a"), srv(20, 50, "b"));
    SplittableRandom random = new SplittableRandom(1);
    for (int i = 0; i < 100; i++) {
      assertThat(SrvOrder.order(records, random))
          .extracting(SrvOrderTest::host)
          .containsExactly("a", "b", "c");
    }
  }

  @Test
  void rfc2782_weightsShareFirstPlaceInProportion() throws Exception {
    List<SRVRecord> records = List.of(srv(10, 60, "a"), srv(10, 30, "b"), srv(10, 10, "c"));
    SplittableRandom random = new SplittableRandom(7);
    Map<String, Integer> first = new HashMap<>();
    int draws = 20_000;
    for (int i = 0; i < draws; i++) {
      List<SRVRecord> ordered = SrvOrder.order(records, random);
      assertThat(ordered).hasSize(3);
      first.merge(host(ordered.get(0)), 1, Integer::sum);
    }
    assertThat(first.get("a")).isBetween(11_000, 13_000);
    assertThat(first.get("b")).isBetween(5_000, 7_000);
    assertThat(first.get("c")).isBetween(1_400, 2_600);
  }

  @Test
  void rfc2782_weightZeroIsRarelyFirstButNeverLost() throws Exception {
    List<SRVRecord> records = List.of(srv(10, 100, "busy"), srv(10, 0, "spare"));
    SplittableRandom random = new SplittableRandom(3);
    int spareFirst = 0;
    for (int i = 0; i < 10_000; i++) {
      List<SRVRecord> ordered = SrvOrder.order(records, random);
      assertThat(ordered).extracting(SrvOrderTest::host).containsExactlyInAnyOrder("busy", "spare");
      if (host(ordered.get(0)).equals("spare")) {
        spareFirst++;
      }
    }
    // Chosen first only when the draw is exactly 0 of 0..100: about 1 in 101.
    assertThat(spareFirst).isBetween(40, 200);
  }

  @Test
  void rfc2782_rootTargetMeansNoService() throws Exception {
    assertThat(SrvOrder.order(List.of(srv(10, 0, "."), srv(20, 0, "b")), new SplittableRandom()))
        .extracting(SrvOrderTest::host)
        .containsExactly("b");
  }
}
