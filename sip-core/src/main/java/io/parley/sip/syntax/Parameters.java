package io.parley.sip.syntax;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * An ordered list of {@code ;name[=value]} parameters, from a header (RFC 3261 §7.3.1
 * generic-param) or a SIP URI (§19.1.1 uri-parameters, with %-escapes).
 *
 * <p>Names compare case-insensitively (§19.1.4, §20). The list keeps its source text, so it prints
 * exactly as received, and reads values only when asked: parsing allocates one offset array. Header
 * values come back with quotes and quoted-pairs removed; URI names and values come back with
 * %-escapes decoded.
 */
public final class Parameters {

  /** The empty parameter list. */
  public static final Parameters EMPTY = new Parameters("", new int[0], 0, false);

  private static final int STRIDE = 4;

  private final String source;
  private final int[] offsets; // nameStart, nameEnd, valueStart (-1: none), valueEnd
  private final int count;
  private final boolean escaped;

  private Parameters(String source, int[] offsets, int count, boolean escaped) {
    this.source = source;
    this.offsets = offsets;
    this.count = count;
    this.escaped = escaped;
  }

  /**
   * Reads header parameters ({@code *( SEMI generic-param )}) from the lexer's position. Stops
   * before a comma or at the end; the lexer is left there.
   *
   * @throws SipParseException if a parameter has no name, or its value is neither a token, a host
   *     nor a quoted string
   */
  public static Parameters parse(Lexer lx) throws SipParseException {
    int[] off = null;
    int n = 0;
    int first = -1;
    String s = lx.text();
    while (lx.consume(';')) {
      lx.skipLws();
      if (first < 0) {
        first = lx.position();
      }
      int nameStart = lx.skipToken("a parameter name after ';'");
      int nameEnd = lx.position();
      int valueStart = -1;
      int valueEnd = -1;
      if (lx.consume('=')) {
        lx.skipLws();
        valueStart = lx.position();
        if (lx.peek() == '"') {
          lx.quotedString();
        } else {
          genValue(lx);
        }
        valueEnd = lx.position();
      }
      off = grow(off, n);
      int at = n * STRIDE;
      off[at] = nameStart;
      off[at + 1] = nameEnd;
      off[at + 2] = valueStart;
      off[at + 3] = valueEnd;
      n++;
    }
    return n == 0 ? EMPTY : new Parameters(s, off, n, false);
  }

  private static void genValue(Lexer lx) throws SipParseException {
    String s = lx.text();
    int p = lx.position();
    int start = p;
    while (p < lx.end()) {
      char c = s.charAt(p);
      // gen-value = token / host / quoted-string: a host adds ':' and the IPv6 brackets
      if (!Lexer.isTokenChar(c) && c != ':' && c != '[' && c != ']') {
        break;
      }
      p++;
    }
    if (p == start) {
      throw lx.error("a parameter value (token, host or quoted string) after '='");
    }
    lx.position(p);
  }

  /**
   * Reads SIP URI parameters from {@code s[start, end)}, which starts with {@code ';'}.
   *
   * @throws SipParseException at the offending offset if a name is empty, a character is not a
   *     paramchar, or an escape is not {@code %HH}
   */
  public static Parameters parseUri(String s, int start, int end, String what)
      throws SipParseException {
    int[] off = null;
    int n = 0;
    int p = start;
    while (p < end) {
      if (s.charAt(p) != ';') {
        throw new SipParseException(p, what, "';' before a URI parameter");
      }
      int nameStart = ++p;
      p = scanParamChars(s, p, end, what);
      if (p == nameStart) {
        throw new SipParseException(p, what, "a URI parameter name after ';'");
      }
      int nameEnd = p;
      int valueStart = -1;
      int valueEnd = -1;
      if (p < end && s.charAt(p) == '=') {
        valueStart = ++p;
        p = scanParamChars(s, p, end, what);
        if (p == valueStart) {
          throw new SipParseException(p, what, "a URI parameter value after '='");
        }
        valueEnd = p;
      }
      off = grow(off, n);
      int at = n * STRIDE;
      off[at] = nameStart;
      off[at + 1] = nameEnd;
      off[at + 2] = valueStart;
      off[at + 3] = valueEnd;
      n++;
    }
    return n == 0 ? EMPTY : new Parameters(s, off, n, true);
  }

  private static int scanParamChars(String s, int p, int end, String what)
      throws SipParseException {
    while (p < end) {
      char c = s.charAt(p);
      if (c == ';' || c == '=') {
        return p;
      }
      if (c == '%') {
        Escapes.checkEscape(s, p, end, what);
        p += 3;
        continue;
      }
      if (!UriChars.isParamChar(c)) {
        throw new SipParseException(p, what, "a URI parameter character, not '" + c + "'");
      }
      p++;
    }
    return p;
  }

  private static int[] grow(int[] off, int n) {
    if (off == null) {
      return new int[STRIDE * 2];
    }
    return (n + 1) * STRIDE > off.length ? Arrays.copyOf(off, off.length * 2) : off;
  }

  /** Number of parameters. */
  public int size() {
    return count;
  }

  /** Whether there are no parameters. */
  public boolean isEmpty() {
    return count == 0;
  }

  /** Name of parameter {@code i} (0-based), as written but with URI escapes decoded. */
  public String name(int i) {
    int at = checkIndex(i);
    return text(offsets[at], offsets[at + 1]);
  }

  /**
   * Value of parameter {@code i}, or {@code null} if it has none ({@code ;lr}). Quotes and escapes
   * are removed.
   */
  public String value(int i) {
    int at = checkIndex(i);
    int vs = offsets[at + 2];
    if (vs < 0) {
      return null;
    }
    int ve = offsets[at + 3];
    if (!escaped && source.charAt(vs) == '"') {
      return Lexer.unquote(source, vs + 1, ve - 1);
    }
    return text(vs, ve);
  }

  /** Whether parameter {@code i} has a value ({@code ;name=value} rather than {@code ;name}). */
  public boolean hasValue(int i) {
    return offsets[checkIndex(i) + 2] >= 0;
  }

  /** Whether value {@code i} was written as a quoted string (quoted values are case-sensitive). */
  public boolean isQuoted(int i) {
    int at = checkIndex(i);
    return !escaped && offsets[at + 2] >= 0 && source.charAt(offsets[at + 2]) == '"';
  }

  /** Whether a parameter called {@code name} (any case) is present, with or without a value. */
  public boolean has(String name) {
    return indexOf(name) >= 0;
  }

  /**
   * The value of the first parameter called {@code name} (any case). Empty if the parameter is
   * absent; an empty string if it is present without a value.
   */
  public Optional<String> get(String name) {
    int i = indexOf(name);
    if (i < 0) {
      return Optional.empty();
    }
    String v = value(i);
    return Optional.of(v == null ? "" : v);
  }

  /** The value of {@code name}, or {@code null} if absent or valueless. Allocation-light. */
  public String valueOf(String name) {
    int i = indexOf(name);
    return i < 0 ? null : value(i);
  }

  /** Index of the first parameter called {@code name} (any case), or -1. */
  public int indexOf(String name) {
    for (int i = 0; i < count; i++) {
      if (matches(i, name)) {
        return i;
      }
    }
    return -1;
  }

  /**
   * Whether parameter {@code i} is called {@code name} (any case, URI escapes decoded).
   *
   * @throws IndexOutOfBoundsException if {@code i} is not from 0 to {@link #size()} - 1
   */
  public boolean nameIs(int i, String name) {
    checkIndex(i);
    return matches(i, name);
  }

  private boolean matches(int i, String name) {
    int at = i * STRIDE;
    int ns = offsets[at];
    int len = offsets[at + 1] - ns;
    if (len == name.length() && Lexer.equalsIgnoreCase(source, ns, name)) {
      return true;
    }
    return escaped
        && hasPercent(ns, ns + len)
        && name.equalsIgnoreCase(Escapes.decode(source, ns, ns + len));
  }

  /** Whether {@code source[from, to)} holds a %-escape; scans only the name, not the rest. */
  private boolean hasPercent(int from, int to) {
    for (int p = from; p < to; p++) {
      if (source.charAt(p) == '%') {
        return true;
      }
    }
    return false;
  }

  /** All names, lower-cased, in order. */
  public List<String> names() {
    List<String> names = new ArrayList<>(count);
    for (int i = 0; i < count; i++) {
      names.add(name(i).toLowerCase(Locale.ROOT));
    }
    return names;
  }

  private int checkIndex(int i) {
    if (i < 0 || i >= count) {
      throw new IndexOutOfBoundsException("parameter " + i + " of " + count);
    }
    return i * STRIDE;
  }

  private String text(int start, int end) {
    return escaped ? Escapes.decode(source, start, end) : source.substring(start, end);
  }

  /** The parameters exactly as written, each with its leading {@code ;}. */
  @Override
  public String toString() {
    if (count == 0) {
      return "";
    }
    StringBuilder out = new StringBuilder();
    for (int i = 0; i < count; i++) {
      int at = i * STRIDE;
      out.append(';').append(source, offsets[at], offsets[at + 1]);
      if (offsets[at + 2] >= 0) {
        out.append('=').append(source, offsets[at + 2], offsets[at + 3]);
      }
    }
    return out.toString();
  }

  /**
   * Equal when both hold the same names (any case) with the same values in the same order; token
   * values compare case-insensitively, quoted values exactly (RFC 3261 §20).
   */
  @Override
  public boolean equals(Object o) {
    if (!(o instanceof Parameters other) || other.count != count) {
      return false;
    }
    for (int i = 0; i < count; i++) {
      if (!name(i).equalsIgnoreCase(other.name(i))) {
        return false;
      }
      String a = value(i);
      String b = other.value(i);
      if (a == null || b == null) {
        if (a != b) {
          return false;
        }
      } else if (isQuoted(i) || other.isQuoted(i) ? !a.equals(b) : !a.equalsIgnoreCase(b)) {
        return false;
      }
    }
    return true;
  }

  @Override
  public int hashCode() {
    int h = count;
    for (int i = 0; i < count; i++) {
      h = 31 * h + name(i).toLowerCase(Locale.ROOT).hashCode();
    }
    return h;
  }
}
