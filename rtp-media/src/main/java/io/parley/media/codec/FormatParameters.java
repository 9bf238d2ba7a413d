package io.parley.media.codec;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.OptionalInt;

/**
 * The format-specific parameters of an SDP {@code a=fmtp} line (RFC 4566 §6): an ordered list of
 * {@code name=value} pairs separated by semicolons. Names compare case-insensitively and are kept
 * in lower case. Immutable.
 */
public final class FormatParameters {

  /** No parameters. */
  public static final FormatParameters EMPTY = new FormatParameters(Map.of());

  private final Map<String, String> values;

  private FormatParameters(Map<String, String> values) {
    this.values = values;
  }

  /**
   * Parses the part of an {@code a=fmtp} line after the payload type, for example {@code
   * "maxplaybackrate=16000; useinbandfec=1"}. A bare token without {@code =} is kept with an empty
   * value (some codecs, like RFC 4733 events, use them).
   *
   * @param text the parameters; an empty or blank string gives {@link #EMPTY}
   * @return the parameters in their order
   * @throws CodecException if a name is empty or appears twice; the message names the offset
   */
  public static FormatParameters parse(String text) throws CodecException {
    if (text == null || text.isBlank()) {
      return EMPTY;
    }
    Map<String, String> parsed = new LinkedHashMap<>();
    int start = 0;
    while (start <= text.length()) {
      int end = text.indexOf(';', start);
      if (end < 0) {
        end = text.length();
      }
      String pair = text.substring(start, end).trim();
      if (!pair.isEmpty()) {
        int eq = pair.indexOf('=');
        String name = (eq < 0 ? pair : pair.substring(0, eq)).trim().toLowerCase(Locale.ROOT);
        String value = eq < 0 ? "" : pair.substring(eq + 1).trim();
        if (name.isEmpty()) {
          throw new CodecException(
              "fmtp: empty parameter name at offset " + start + " in '" + text + "'");
        }
        if (parsed.putIfAbsent(name, value) != null) {
          throw new CodecException("fmtp: parameter '" + name + "' repeated at offset " + start);
        }
      }
      start = end + 1;
    }
    return new FormatParameters(Collections.unmodifiableMap(parsed));
  }

  /**
   * Builds parameters from name/value pairs in the given order.
   *
   * @throws IllegalArgumentException if a name is blank
   */
  public static FormatParameters of(Map<String, String> pairs) {
    Map<String, String> copy = new LinkedHashMap<>();
    pairs.forEach(
        (name, value) -> {
          if (name == null || name.isBlank()) {
            throw new IllegalArgumentException("fmtp parameter name is blank: '" + name + "'");
          }
          copy.put(name.toLowerCase(Locale.ROOT), value == null ? "" : value);
        });
    return new FormatParameters(Collections.unmodifiableMap(copy));
  }

  /** Returns the parameters as an unmodifiable ordered map with lower-case names. */
  public Map<String, String> asMap() {
    return values;
  }

  /** Returns the value of {@code name} (any case), or {@code null} when absent. */
  public String get(String name) {
    return values.get(name.toLowerCase(Locale.ROOT));
  }

  /**
   * Returns the value of {@code name} as a decimal integer.
   *
   * @return the value, or empty when the parameter is absent
   * @throws CodecException if the value is not a decimal integer
   */
  public OptionalInt getInt(String name) throws CodecException {
    String value = get(name);
    if (value == null) {
      return OptionalInt.empty();
    }
    try {
      return OptionalInt.of(Integer.parseInt(value));
    } catch (NumberFormatException e) {
      throw new CodecException("fmtp: " + name + "=" + value + " is not an integer", e);
    }
  }

  /**
   * Returns a boolean flag in the RFC 7587 style ({@code 0} or {@code 1}).
   *
   * @return the flag, or {@code absent} when the parameter is missing
   * @throws CodecException if the value is neither 0 nor 1
   */
  public boolean getFlag(String name, boolean absent) throws CodecException {
    String value = get(name);
    if (value == null) {
      return absent;
    }
    return switch (value) {
      case "1" -> true;
      case "0" -> false;
      default -> throw new CodecException("fmtp: " + name + "=" + value + " must be 0 or 1");
    };
  }

  /** Returns true when there are no parameters. */
  public boolean isEmpty() {
    return values.isEmpty();
  }

  /** Formats the parameters as they appear in {@code a=fmtp}: {@code a=1;b=2}. */
  @Override
  public String toString() {
    StringBuilder out = new StringBuilder();
    values.forEach(
        (name, value) -> {
          if (!out.isEmpty()) {
            out.append(';');
          }
          out.append(name);
          if (!value.isEmpty()) {
            out.append('=').append(value);
          }
        });
    return out.toString();
  }

  @Override
  public boolean equals(Object other) {
    return other instanceof FormatParameters that && values.equals(that.values);
  }

  @Override
  public int hashCode() {
    return values.hashCode();
  }
}
