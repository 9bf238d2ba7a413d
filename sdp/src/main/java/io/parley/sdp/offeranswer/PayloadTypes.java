package io.parley.sdp.offeranswer;

import java.util.ArrayList;
import java.util.BitSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The dynamic payload type numbers bound in one session. RFC 3264 §8.3.2: once a number names a
 * codec it keeps naming it, so later offers reuse the numbers of earlier exchanges.
 */
final class PayloadTypes {

  static final int FIRST_DYNAMIC = 96;
  static final int LAST_DYNAMIC = 127;

  private final Map<String, Integer> byCodec = new HashMap<>();
  private final Map<Integer, String> byNumber = new HashMap<>();

  /** Remembers the number of a codec that has one, unless either is already bound. */
  void bind(Codec codec) {
    int pt = codec.payloadType();
    if (pt < FIRST_DYNAMIC || byCodec.containsKey(codec.key()) || byNumber.containsKey(pt)) {
      return;
    }
    byCodec.put(codec.key(), pt);
    byNumber.put(pt, codec.key());
  }

  /**
   * Gives every codec a payload type: its static one, the number bound earlier in the session, its
   * preferred dynamic number when free, else the lowest free dynamic number.
   *
   * @throws IllegalArgumentException if two codecs claim one number or 96-127 are used up
   */
  List<Codec> assign(List<Codec> codecs) {
    BitSet used = new BitSet(128);
    List<Codec> out = new ArrayList<>(codecs.size());
    for (Codec codec : codecs) {
      Integer bound = byCodec.get(codec.key());
      int pt = bound != null ? bound : codec.payloadType();
      if (pt < FIRST_DYNAMIC && pt >= 0) {
        if (used.get(pt)) {
          throw new IllegalArgumentException("two codecs claim static payload type " + pt);
        }
      } else if (pt == Codec.DYNAMIC || used.get(pt) || isBoundElsewhere(pt, codec)) {
        pt = freeNumber(used, codec);
      }
      used.set(pt);
      Codec assigned = codec.withPayloadType(pt);
      bind(assigned);
      out.add(assigned);
    }
    return out;
  }

  private boolean isBoundElsewhere(int pt, Codec codec) {
    String owner = byNumber.get(pt);
    return owner != null && !owner.equals(codec.key());
  }

  private int freeNumber(BitSet used, Codec codec) {
    for (int pt = FIRST_DYNAMIC; pt <= LAST_DYNAMIC; pt++) {
      if (!used.get(pt) && !byNumber.containsKey(pt)) {
        return pt;
      }
    }
    throw new IllegalArgumentException(
        "no free dynamic payload type (96-127) left for " + codec + " (RFC 3551 §3)");
  }
}
