package io.parley.media.srtp;

/**
 * The sliding replay list of RFC 3711 §3.3.2: remembers which of the last 128 packet indices were
 * accepted, rejects repeats and anything older than the window.
 *
 * <p>Checking and accepting are separate so a forged packet (one that fails authentication) never
 * moves the window.
 */
public final class ReplayWindow {

  /** The window size in packets (RFC 3711 asks for at least 64). */
  public static final int SIZE = 128;

  private boolean started;
  private long highest;
  private long low;
  private long high;

  /** Returns true if {@code index} is new and inside the window. */
  public boolean fresh(long index) {
    if (!started || index > highest) {
      return true;
    }
    long age = highest - index;
    if (age >= SIZE) {
      return false;
    }
    return !bit(age);
  }

  /** Records {@code index} as accepted; call only after the packet authenticated. */
  public void accept(long index) {
    if (!started) {
      started = true;
      highest = index;
      low = 1;
      high = 0;
      return;
    }
    if (index > highest) {
      shift(index - highest);
      highest = index;
      low |= 1;
    } else if (highest - index < SIZE) {
      long age = highest - index;
      if (age < 64) {
        low |= 1L << age;
      } else {
        high |= 1L << (age - 64);
      }
    }
  }

  private boolean bit(long age) {
    return age < 64 ? (low >>> age & 1) != 0 : (high >>> (age - 64) & 1) != 0;
  }

  private void shift(long by) {
    if (by >= SIZE) {
      low = 0;
      high = 0;
    } else if (by >= 64) {
      high = low << (by - 64);
      low = 0;
    } else {
      high = high << by | low >>> (64 - by);
      low <<= by;
    }
  }
}
