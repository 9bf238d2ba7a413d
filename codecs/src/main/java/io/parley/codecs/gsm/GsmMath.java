package io.parley.codecs.gsm;

/** The basic operators of GSM 06.10 §4.1 (16-bit words, 32-bit longs, saturating). */
final class GsmMath {

  static final int MIN_WORD = Short.MIN_VALUE;
  static final int MAX_WORD = Short.MAX_VALUE;

  private GsmMath() {}

  static int saturate(long value) {
    return (int) Math.max(MIN_WORD, Math.min(MAX_WORD, value));
  }

  static int add(int a, int b) {
    return saturate((long) a + b);
  }

  static int sub(int a, int b) {
    return saturate((long) a - b);
  }

  static int mult(int a, int b) {
    return a == MIN_WORD && b == MIN_WORD ? MAX_WORD : (a * b) >> 15;
  }

  static int multR(int a, int b) {
    return a == MIN_WORD && b == MIN_WORD ? MAX_WORD : (a * b + 16384) >> 15;
  }

  static int abs(int a) {
    return a == MIN_WORD ? MAX_WORD : Math.abs(a);
  }

  static int lAdd(int a, int b) {
    return (int) Math.max(Integer.MIN_VALUE, Math.min(Integer.MAX_VALUE, (long) a + b));
  }

  /** Left shifts that normalise a non-zero 32-bit value (bit 30 differs from the sign). */
  static int norm(int value) {
    return (value >= 0 ? Integer.numberOfLeadingZeros(value) : Integer.numberOfLeadingZeros(~value))
        - 1;
  }

  /** num / denum in Q15 for 0 <= num <= denum, by restoring division. */
  static int div(int num, int denum) {
    if (num == 0) {
      return 0;
    }
    int quotient = 0;
    long rest = num;
    for (int k = 0; k < 15; k++) {
      quotient <<= 1;
      rest <<= 1;
      if (rest >= denum) {
        rest -= denum;
        quotient++;
      }
    }
    return quotient;
  }
}
