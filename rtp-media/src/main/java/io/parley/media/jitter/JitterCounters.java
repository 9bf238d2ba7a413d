package io.parley.media.jitter;

/** The mutable counters behind {@link JitterStatistics}. */
final class JitterCounters {
  long received;
  long played;
  long concealed;
  long late;
  long duplicates;
  long dropped;
  long underruns;
  long resyncs;
  long overflows;

  JitterStatistics snapshot(double currentDelayMillis, double targetDelayMillis) {
    return new JitterStatistics(
        received,
        played,
        concealed,
        late,
        duplicates,
        dropped,
        underruns,
        resyncs,
        overflows,
        currentDelayMillis,
        targetDelayMillis);
  }
}
