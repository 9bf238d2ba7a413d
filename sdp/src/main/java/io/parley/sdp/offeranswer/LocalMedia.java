package io.parley.sdp.offeranswer;

import io.parley.sdp.Connection;
import io.parley.sdp.Direction;
import java.util.List;

/**
 * Everything we can do in a session: our media address, one capability per stream, and whose codec
 * order wins when we answer.
 *
 * @param connection our media address, written as the session-level {@code c=}
 * @param streams one capability per stream we want, in m-line order
 * @param codecOrder whose preference orders an answer's codecs
 */
public record LocalMedia(
    Connection connection, List<MediaCapability> streams, CodecOrder codecOrder) {

  /**
   * Checks the fields.
   *
   * @throws IllegalArgumentException if there are no streams
   */
  public LocalMedia {
    streams = List.copyOf(streams);
    if (streams.isEmpty()) {
      throw new IllegalArgumentException("local media needs at least one stream capability");
    }
  }

  /** Our media on {@code address} with our own codec order. */
  public static LocalMedia of(String address, MediaCapability... streams) {
    return new LocalMedia(Connection.of(address), List.of(streams), CodecOrder.LOCAL);
  }

  /** The same media, answers ordered by {@code order}. */
  public LocalMedia withCodecOrder(CodecOrder order) {
    return new LocalMedia(connection, streams, order);
  }

  /** The same media with every stream's direction replaced, as hold and resume need. */
  public LocalMedia withDirection(Direction direction) {
    return new LocalMedia(
        connection, streams.stream().map(s -> s.withDirection(direction)).toList(), codecOrder);
  }
}
