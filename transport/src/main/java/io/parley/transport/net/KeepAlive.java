package io.parley.transport.net;

import java.nio.ByteBuffer;

/**
 * RFC 5626 §3.5.1 keep-alives on a stream: a ping is CRLF CRLF, a pong is one CRLF. Both travel
 * only between messages, so they are recognised at a frame boundary. RFC 3261 §7.5 lets a receiver
 * ignore stray CRLFs before a message, which is also what an unexpected pong is.
 */
final class KeepAlive {

  /** What {@link #strip} found at the start of the buffer. */
  enum Outcome {
    /** No keep-alive: the bytes start a frame. */
    NONE,
    /** A ping was consumed; the caller answers with {@link #pong()}. */
    PING,
    /** A pong or a stray CRLF was consumed. */
    CONSUMED,
    /** The bytes so far are CRLFs that may still become a ping; wait for more. */
    WAIT
  }

  static final int PING_LENGTH = 4;
  private static final byte[] PING = {'\r', '\n', '\r', '\n'};
  private static final byte[] PONG = {'\r', '\n'};

  private long pongDeadline;
  private boolean awaitingPong;

  static ByteBuffer ping() {
    return ByteBuffer.wrap(PING).asReadOnlyBuffer();
  }

  static ByteBuffer pong() {
    return ByteBuffer.wrap(PONG).asReadOnlyBuffer();
  }

  void pingSent(long deadline) {
    awaitingPong = true;
    pongDeadline = deadline;
  }

  /** True once when the pong has not come by the deadline. */
  boolean pongOverdue(long now) {
    if (awaitingPong && now - pongDeadline >= 0) {
      awaitingPong = false;
      return true;
    }
    return false;
  }

  /** Consumes a keep-alive at the buffer's position, if one is there. */
  Outcome strip(ByteBuffer buffer) {
    int p = buffer.position();
    int available = buffer.remaining();
    if (available == 0 || buffer.get(p) != '\r') {
      return Outcome.NONE;
    }
    if (available == 1) {
      return Outcome.WAIT;
    }
    if (buffer.get(p + 1) != '\n') {
      return Outcome.NONE;
    }
    if (available >= 4 && buffer.get(p + 2) == '\r' && buffer.get(p + 3) == '\n') {
      buffer.position(p + 4);
      return Outcome.PING;
    }
    boolean mayGrowIntoPing = available == 2 || (available == 3 && buffer.get(p + 2) == '\r');
    if (mayGrowIntoPing && !awaitingPong) {
      return Outcome.WAIT;
    }
    buffer.position(p + 2);
    awaitingPong = false;
    return Outcome.CONSUMED;
  }
}
