package io.parley.transport.rtp;

/**
 * The UDP ports media may bind: RTP takes the even ports of the range, RTCP the odd port above (RFC
 * 3550 §11) unless rtcp-mux shares the RTP port.
 *
 * @param first the lowest port, 1024..65534
 * @param last the highest port, at least {@code first + 1}, at most 65535
 */
public record PortRange(int first, int last) {

  /** The default range, 20000..29999: 5000 streams without rtcp-mux. */
  public static final PortRange DEFAULT = new PortRange(20000, 29999);

  /**
   * Validates the range.
   *
   * @throws IllegalArgumentException if the range is outside 1024..65535 or holds no port pair
   */
  public PortRange {
    if (first < 1024 || last > 65535 || last <= first) {
      throw new IllegalArgumentException(
          "port range must lie in 1024..65535 and hold a pair, got " + first + ".." + last);
    }
  }

  /** Returns the number of even RTP ports (each with its RTCP port) in the range. */
  public int pairs() {
    int lowestEven = (first + 1) & ~1;
    return lowestEven + 1 > last ? 0 : (last - lowestEven - 1) / 2 + 1;
  }

  /** Returns the {@code index}-th even RTP port, 0-based. */
  int rtpPort(int index) {
    return ((first + 1) & ~1) + 2 * index;
  }

  @Override
  public String toString() {
    return first + ".." + last;
  }
}
