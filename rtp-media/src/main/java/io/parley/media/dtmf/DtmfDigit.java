package io.parley.media.dtmf;

import java.util.Optional;

/** The sixteen DTMF digits with their RFC 4733 §3.2 event codes and ITU-T Q.23 frequency pairs. */
public enum DtmfDigit {
  /** Digit 0. */
  D0('0', 0, 941, 1336),
  /** Digit 1. */
  D1('1', 1, 697, 1209),
  /** Digit 2. */
  D2('2', 2, 697, 1336),
  /** Digit 3. */
  D3('3', 3, 697, 1477),
  /** Digit 4. */
  D4('4', 4, 770, 1209),
  /** Digit 5. */
  D5('5', 5, 770, 1336),
  /** Digit 6. */
  D6('6', 6, 770, 1477),
  /** Digit 7. */
  D7('7', 7, 852, 1209),
  /** Digit 8. */
  D8('8', 8, 852, 1336),
  /** Digit 9. */
  D9('9', 9, 852, 1477),
  /** The star key. */
  STAR('*', 10, 941, 1209),
  /** The pound (hash) key. */
  POUND('#', 11, 941, 1477),
  /** Key A. */
  A('A', 12, 697, 1633),
  /** Key B. */
  B('B', 13, 770, 1633),
  /** Key C. */
  C('C', 14, 852, 1633),
  /** Key D. */
  D('D', 15, 941, 1633);

  private static final DtmfDigit[] BY_EVENT = values().clone();

  static {
    for (DtmfDigit digit : values()) {
      BY_EVENT[digit.event] = digit;
    }
  }

  private final char symbol;
  private final int event;
  private final int lowHz;
  private final int highHz;

  DtmfDigit(char symbol, int event, int lowHz, int highHz) {
    this.symbol = symbol;
    this.event = event;
    this.lowHz = lowHz;
    this.highHz = highHz;
  }

  /** Returns the key as written: 0-9, *, #, A-D. */
  public char symbol() {
    return symbol;
  }

  /** Returns the RFC 4733 event code, 0..15. */
  public int event() {
    return event;
  }

  /** Returns the low-group (row) frequency in Hz. */
  public int lowHz() {
    return lowHz;
  }

  /** Returns the high-group (column) frequency in Hz. */
  public int highHz() {
    return highHz;
  }

  /** Finds the digit for a key; letters may be lower case. Empty for any other character. */
  public static Optional<DtmfDigit> of(char symbol) {
    char upper = Character.toUpperCase(symbol);
    for (DtmfDigit digit : values()) {
      if (digit.symbol == upper) {
        return Optional.of(digit);
      }
    }
    return Optional.empty();
  }

  /** Finds the digit for an RFC 4733 event code; empty for codes other than 0..15. */
  public static Optional<DtmfDigit> ofEvent(int event) {
    return event >= 0 && event < 16 ? Optional.of(BY_EVENT[event]) : Optional.empty();
  }
}
