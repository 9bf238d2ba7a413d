package io.parley.sdp;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;

/**
 * The {@code a=crypto} attribute of SDES (RFC 4568 §9.1): {@code <tag> <crypto-suite> <key-params>
 * [<session-params>]}.
 *
 * @param tag the decimal tag, 0-999999999, that the answer echoes
 * @param suite the crypto suite name as written
 * @param keys the inline keys, at least one
 * @param sessionParams the session parameters, e.g. {@code KDR=1}, {@code UNENCRYPTED_SRTCP}
 */
public record Crypto(int tag, String suite, List<InlineKey> keys, List<String> sessionParams) {

  /**
   * Checks the fields.
   *
   * @throws IllegalArgumentException if the tag is out of range, the suite is not a word, there is
   *     no key, or a known suite's key||salt has the wrong length
   */
  public Crypto {
    if (tag < 0 || tag > 999_999_999) {
      throw new IllegalArgumentException("crypto tag must be 0-999999999: " + tag);
    }
    Syntax.checkWord(suite, "crypto suite");
    keys = List.copyOf(keys);
    sessionParams = List.copyOf(sessionParams);
    if (keys.isEmpty()) {
      throw new IllegalArgumentException("crypto needs at least one inline key");
    }
    for (String param : sessionParams) {
      Syntax.checkWord(param, "crypto session parameter");
    }
    String wrongKey = wrongKeyLength(suite, keys);
    if (wrongKey != null) {
      throw new IllegalArgumentException(wrongKey);
    }
  }

  /** A crypto line for a known suite with one inline key and no session parameters. */
  public static Crypto of(int tag, CryptoSuite suite, byte[] keySalt) {
    return new Crypto(tag, suite.name(), List.of(InlineKey.of(keySalt)), List.of());
  }

  /**
   * Parses the attribute value after {@code a=crypto:}.
   *
   * @throws SdpParseException (line number 0) naming what is malformed
   */
  public static Crypto parse(String value) throws SdpParseException {
    String text = "a=crypto:" + value;
    List<String> f = Syntax.fields(value);
    Syntax.require(f.size() >= 3, text, "<tag> <crypto-suite> <key-params> [<session-params>]");
    int tag = (int) Syntax.number(f.get(0), 0, 999_999_999, text, "a tag of 1-9 digits");
    List<InlineKey> keys = new ArrayList<>(2);
    for (String keyParam : f.get(2).split(";", -1)) {
      keys.add(InlineKey.parse(keyParam, text));
    }
    String wrongKey = wrongKeyLength(f.get(1), keys);
    Syntax.require(wrongKey == null, text, String.valueOf(wrongKey));
    return new Crypto(tag, f.get(1), keys, f.subList(3, f.size()));
  }

  private static String wrongKeyLength(String suite, List<InlineKey> keys) {
    Optional<CryptoSuite> known = CryptoSuite.byName(suite);
    if (known.isEmpty()) {
      return null;
    }
    int want = known.get().keyLength() + known.get().saltLength();
    for (InlineKey key : keys) {
      int got = key.keySalt().length;
      if (got != want) {
        return "a key||salt of " + want + " bytes for " + suite + ", got " + got;
      }
    }
    return null;
  }

  /** The suite as an enum constant, or empty when Parley does not know it. */
  public Optional<CryptoSuite> knownSuite() {
    return CryptoSuite.byName(suite);
  }

  /**
   * The SRTP master key of the first inline key.
   *
   * @throws IllegalStateException if the suite is unknown, so the key cannot be split from salt
   */
  public byte[] masterKey() {
    CryptoSuite s = requireKnownSuite();
    return Arrays.copyOfRange(keys.get(0).keySalt(), 0, s.keyLength());
  }

  /**
   * The SRTP master salt of the first inline key.
   *
   * @throws IllegalStateException if the suite is unknown, so the salt cannot be split from key
   */
  public byte[] masterSalt() {
    CryptoSuite s = requireKnownSuite();
    return Arrays.copyOfRange(keys.get(0).keySalt(), s.keyLength(), s.keyLength() + s.saltLength());
  }

  private CryptoSuite requireKnownSuite() {
    return knownSuite()
        .orElseThrow(
            () -> new IllegalStateException("unknown crypto suite " + suite + ": no key length"));
  }

  /** This line with another tag, as an answer echoing the offer's tag needs (RFC 4568 §7.1.2). */
  public Crypto withTag(int newTag) {
    return new Crypto(newTag, suite, keys, sessionParams);
  }

  /** The attribute value after {@code a=crypto:}. */
  @Override
  public String toString() {
    StringBuilder s = new StringBuilder().append(tag).append(' ').append(suite).append(' ');
    for (int i = 0; i < keys.size(); i++) {
      s.append(i == 0 ? "" : ";").append(keys.get(i));
    }
    for (String param : sessionParams) {
      s.append(' ').append(param);
    }
    return s.toString();
  }
}
