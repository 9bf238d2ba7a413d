package io.parley.transport.dns;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.random.RandomGenerator;
import org.xbill.DNS.SRVRecord;

/**
 * Orders SRV records as RFC 2782 ("Usage rules") says: lowest priority first, and within one
 * priority a weighted random draw, so a record with twice the weight is picked first twice as
 * often. Records of weight 0 go first in the draw list, which leaves them a small chance.
 */
final class SrvOrder {

  private SrvOrder() {}

  /** The records in the order to try them; records whose target is "." are dropped. */
  static List<SRVRecord> order(List<SRVRecord> records, RandomGenerator random) {
    List<SRVRecord> usable = new ArrayList<>();
    for (SRVRecord record : records) {
      // RFC 2782: a target of "." means the service is decidedly not available at this domain.
      if (!record.getTarget().equals(org.xbill.DNS.Name.root)) {
        usable.add(record);
      }
    }
    usable.sort(
        Comparator.comparingInt(SRVRecord::getPriority)
            .thenComparing(record -> record.getWeight() != 0));
    List<SRVRecord> ordered = new ArrayList<>(usable.size());
    int start = 0;
    while (start < usable.size()) {
      int end = start;
      while (end < usable.size()
          && usable.get(end).getPriority() == usable.get(start).getPriority()) {
        end++;
      }
      drawByWeight(new ArrayList<>(usable.subList(start, end)), random, ordered);
      start = end;
    }
    return ordered;
  }

  private static void drawByWeight(
      List<SRVRecord> group, RandomGenerator random, List<SRVRecord> into) {
    while (!group.isEmpty()) {
      long sum = 0;
      for (SRVRecord record : group) {
        sum += record.getWeight();
      }
      long pick = random.nextLong(sum + 1);
      long running = 0;
      for (int i = 0; i < group.size(); i++) {
        running += group.get(i).getWeight();
        if (running >= pick) {
          into.add(group.remove(i));
          break;
        }
      }
    }
  }
}
