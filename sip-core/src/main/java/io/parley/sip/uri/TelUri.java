package io.parley.sip.uri;

import io.parley.sip.syntax.Parameters;
import io.parley.sip.syntax.SipParseException;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;

/**
 * A {@code tel:} URI (RFC 3966): a global number ({@code +1-201-555-0123}) or a local number with a
 * {@code phone-context}, plus parameters such as {@code ext} and {@code isub}.
 *
 * <p>{@link #equals} follows RFC 3966 §4: visual separators are ignored and parameters compare in
 * any order.
 */
public final class TelUri implements Uri {

  private final String text;
  private final String number;
  private final Parameters parameters;

  private TelUri(String text, String number, Parameters parameters) {
    this.text = text;
    this.number = number;
    this.parameters = parameters;
  }

  static TelUri parse(String s, int start, int end, String what) throws SipParseException {
    int p = start + 4;
    int semi = s.indexOf(';', p);
    int numberEnd = semi < 0 || semi >= end ? end : semi;
    boolean global = p < end && s.charAt(p) == '+';
    boolean digit = false;
    for (int i = global ? p + 1 : p; i < numberEnd; i++) {
      char c = s.charAt(i);
      boolean isDigit = c >= '0' && c <= '9';
      boolean localOnly = Character.digit(c, 16) >= 0 || c == '*' || c == '#';
      digit |= isDigit || (!global && localOnly);
      if (!isDigit && "-.()".indexOf(c) < 0 && (global || !localOnly)) {
        throw new SipParseException(i, what, "a phone digit or visual separator, not '" + c + "'");
      }
    }
    if (!digit) {
      throw new SipParseException(p, what, "a telephone number after 'tel:'");
    }
    Parameters params = Parameters.parseUri(s, numberEnd, end, what);
    if (!global && !params.has("phone-context")) {
      throw new SipParseException(numberEnd, what, "a phone-context parameter on a local number");
    }
    return new TelUri(s.substring(start, end), s.substring(p, numberEnd), params);
  }

  @Override
  public String scheme() {
    return "tel";
  }

  /** The number as written, visual separators included. */
  public String number() {
    return number;
  }

  /** Whether the number is global ({@code +} and a country code). */
  public boolean isGlobal() {
    return number.startsWith("+");
  }

  /** The parameters ({@code ext}, {@code isub}, {@code phone-context}, ...). */
  public Parameters parameters() {
    return parameters;
  }

  /** The value of parameter {@code name}, if present. */
  public Optional<String> parameter(String name) {
    return parameters.get(name);
  }

  private String digits() {
    StringBuilder out = new StringBuilder(number.length());
    for (int i = 0; i < number.length(); i++) {
      char c = number.charAt(i);
      if ("-.()".indexOf(c) < 0) {
        out.append(Character.toLowerCase(c));
      }
    }
    return out.toString();
  }

  @Override
  public String toString() {
    return text;
  }

  @Override
  public boolean equals(Object o) {
    if (!(o instanceof TelUri other)
        || !digits().equals(other.digits())
        || parameters.size() != other.parameters.size()) {
      return false;
    }
    for (int i = 0; i < parameters.size(); i++) {
      String name = parameters.name(i);
      Optional<String> theirs = other.parameters.get(name);
      Optional<String> mine = parameters.get(name);
      if (theirs.isEmpty()
          || !mine.get().toLowerCase(Locale.ROOT).equals(theirs.get().toLowerCase(Locale.ROOT))) {
        return false;
      }
    }
    return true;
  }

  @Override
  public int hashCode() {
    return Objects.hash(digits(), parameters.size());
  }
}
