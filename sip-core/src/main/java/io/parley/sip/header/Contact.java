package io.parley.sip.header;

import io.parley.sip.syntax.Lexer;
import io.parley.sip.syntax.SipParseException;
import java.util.Optional;
import java.util.OptionalLong;

/**
 * One Contact value (RFC 3261 §20.10): an address with expires and q, plus the RFC 5626 outbound
 * parameters {@code +sip.instance} and {@code reg-id}; or the wildcard {@code *} that a REGISTER
 * uses to remove all bindings (§10.2.2).
 */
public final class Contact {

  /** The wildcard contact {@code *}. */
  public static final Contact WILDCARD = new Contact(null);

  private final Address address;

  private Contact(Address address) {
    this.address = address;
  }

  /** A contact for {@code address}. */
  public static Contact of(Address address) {
    return new Contact(address);
  }

  /**
   * Reads one Contact value (or {@code *}), stopping before a comma or at the end.
   *
   * @throws SipParseException if the value is not an address with parameters
   */
  public static Contact parse(Lexer lx) throws SipParseException {
    lx.skipLws();
    if (lx.peek() == '*') {
      lx.position(lx.position() + 1);
      lx.skipLws();
      if (!lx.atEnd()) {
        throw lx.error("nothing after the wildcard contact '*'");
      }
      return WILDCARD;
    }
    return new Contact(Address.parse(lx));
  }

  /** Whether this is the wildcard {@code *}. */
  public boolean isWildcard() {
    return address == null;
  }

  /**
   * The address.
   *
   * @throws IllegalStateException for the wildcard contact
   */
  public Address address() {
    if (address == null) {
      throw new IllegalStateException("the wildcard contact '*' has no address");
    }
    return address;
  }

  /**
   * The expires parameter in seconds, if present and numeric. RFC 3261 §20.19 caps delta-seconds at
   * 2^32-1, so longer values report that.
   */
  public OptionalLong expires() {
    String v = address == null ? null : address.parameters().valueOf("expires");
    return v == null ? OptionalLong.empty() : deltaSeconds(v);
  }

  static OptionalLong deltaSeconds(String v) {
    if (v.isEmpty() || !v.chars().allMatch(Character::isDigit)) {
      return OptionalLong.empty();
    }
    return OptionalLong.of(
        v.length() > 10 ? 0xFFFFFFFFL : Math.min(Long.parseLong(v), 0xFFFFFFFFL));
  }

  /** The q value (0 to 1), if present and well-formed. */
  public Optional<Double> q() {
    String v = address == null ? null : address.parameters().valueOf("q");
    if (v == null || !v.matches("0(\\.\\d{0,3})?|1(\\.0{0,3})?")) {
      return Optional.empty();
    }
    return Optional.of(Double.parseDouble(v));
  }

  /** The {@code +sip.instance} parameter (RFC 5626 §4.1) without its quotes and angle brackets. */
  public Optional<String> instance() {
    String v = address == null ? null : address.parameters().valueOf("+sip.instance");
    if (v == null) {
      return Optional.empty();
    }
    return Optional.of(v.startsWith("<") && v.endsWith(">") ? v.substring(1, v.length() - 1) : v);
  }

  /** The {@code reg-id} parameter (RFC 5626 §4.2), if present and numeric. */
  public OptionalLong regId() {
    String v = address == null ? null : address.parameters().valueOf("reg-id");
    return v == null ? OptionalLong.empty() : deltaSeconds(v);
  }

  @Override
  public String toString() {
    return address == null ? "*" : address.toString();
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof Contact other
        && (address == null ? other.address == null : address.equals(other.address));
  }

  @Override
  public int hashCode() {
    return address == null ? 0 : address.hashCode();
  }
}
