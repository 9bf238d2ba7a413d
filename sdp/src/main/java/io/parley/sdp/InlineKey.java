package io.parley.sdp;

import java.util.Arrays;
import java.util.Base64;
import java.util.Objects;

/**
 * One {@code inline:} key parameter of an {@code a=crypto} line (RFC 4568 §6.1): {@code
 * inline:<key||salt base64>[|<lifetime>][|<MKI>:<length>]}.
 */
public final class InlineKey {

  private final byte[] keySalt;
  private final String base64;
  private final String lifetime;
  private final String mki;

  private InlineKey(byte[] keySalt, String base64, String lifetime, String mki) {
    this.keySalt = keySalt;
    this.base64 = base64;
    this.lifetime = lifetime;
    this.mki = mki;
  }

  /**
   * A key with no lifetime and no MKI.
   *
   * @param keySalt the concatenated master key and master salt; copied
   * @throws IllegalArgumentException if {@code keySalt} is empty
   */
  public static InlineKey of(byte[] keySalt) {
    if (keySalt.length == 0) {
      throw new IllegalArgumentException("inline key||salt must not be empty");
    }
    byte[] copy = keySalt.clone();
    return new InlineKey(copy, Base64.getEncoder().encodeToString(copy), "", "");
  }

  static InlineKey parse(String keyParam, String text) throws SdpParseException {
    Syntax.require(
        keyParam.startsWith("inline:"), text, "key-params 'inline:<key||salt>' (RFC 4568 §6.1)");
    String[] parts = keyParam.substring("inline:".length()).split("\\|", -1);
    Syntax.require(parts.length <= 3, text, "inline:<key||salt>[|<lifetime>][|<MKI>:<length>]");
    byte[] bytes;
    try {
      bytes = Base64.getDecoder().decode(parts[0]);
    } catch (IllegalArgumentException e) {
      throw new SdpParseException(
          0, text, "base64 key||salt after inline:, got '" + parts[0] + "'");
    }
    Syntax.require(bytes.length > 0, text, "a non-empty key||salt after inline:");
    String lifetime = "";
    String mki = "";
    for (int i = 1; i < parts.length; i++) {
      String p = parts[i];
      if (p.indexOf(':') > 0 && mki.isEmpty()) {
        String[] m = p.split(":", -1);
        Syntax.require(
            m.length == 2 && Syntax.isDigits(m[0]) && Syntax.isDigits(m[1]),
            text,
            "MKI as <value>:<length> in decimal, got '" + p + "'");
        mki = p;
      } else {
        String digits = p.startsWith("2^") ? p.substring(2) : p;
        Syntax.require(
            lifetime.isEmpty() && mki.isEmpty() && Syntax.isDigits(digits),
            text,
            "lifetime as decimal or 2^<n> before the MKI, got '" + p + "'");
        lifetime = p;
      }
    }
    return new InlineKey(bytes, parts[0], lifetime, mki);
  }

  /** The master key and salt, concatenated; a fresh copy. */
  public byte[] keySalt() {
    return keySalt.clone();
  }

  /** The key lifetime as written ({@code 2^20} or decimal), or empty. */
  public String lifetime() {
    return lifetime;
  }

  /** The MKI as written ({@code <value>:<length>}), or empty. */
  public String mki() {
    return mki;
  }

  /** The key parameter as written: {@code inline:...}. */
  @Override
  public String toString() {
    StringBuilder s = new StringBuilder("inline:").append(base64);
    if (!lifetime.isEmpty()) {
      s.append('|').append(lifetime);
    }
    if (!mki.isEmpty()) {
      s.append('|').append(mki);
    }
    return s.toString();
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof InlineKey k
        && Arrays.equals(k.keySalt, keySalt)
        && k.lifetime.equals(lifetime)
        && k.mki.equals(mki);
  }

  @Override
  public int hashCode() {
    return Objects.hash(Arrays.hashCode(keySalt), lifetime, mki);
  }
}
