package io.parley.sdp;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The {@code a=fmtp} attribute (RFC 8866 §6.15): {@code <format> <format specific parameters>}.
 *
 * @param format the media format, for RTP the payload type number
 * @param parameters the parameters, kept verbatim
 */
public record Fmtp(String format, String parameters) {

  /**
   * Checks the fields.
   *
   * @throws IllegalArgumentException if the format is empty or holds white space, or the parameters
   *     hold CR, LF or NUL
   */
  public Fmtp {
    Syntax.checkWord(format, "fmtp format");
    Syntax.checkText(parameters, "fmtp parameters");
  }

  static Fmtp parse(String value) throws SdpParseException {
    String text = "a=fmtp:" + value;
    String trimmed = Syntax.trimTrailing(value);
    int space = 0;
    while (space < trimmed.length() && !Syntax.isBlank(trimmed.charAt(space))) {
      space++;
    }
    Syntax.require(
        space > 0 && Syntax.isWord(trimmed.substring(0, space)),
        text,
        "<format> <format specific parameters>");
    int start = space;
    while (start < trimmed.length() && Syntax.isBlank(trimmed.charAt(start))) {
      start++;
    }
    return new Fmtp(trimmed.substring(0, space), trimmed.substring(start));
  }

  /**
   * The parameters read as {@code key=value} pairs separated by semicolons, as most audio payload
   * formats use them (e.g. RFC 7587 Opus); keys without {@code =} map to the empty string.
   */
  public Map<String, String> parameterMap() {
    Map<String, String> out = new LinkedHashMap<>();
    for (String pair : parameters.split(";")) {
      String p = pair.strip();
      if (p.isEmpty()) {
        continue;
      }
      int eq = p.indexOf('=');
      out.put(eq < 0 ? p : p.substring(0, eq).strip(), eq < 0 ? "" : p.substring(eq + 1).strip());
    }
    return Collections.unmodifiableMap(out);
  }

  /** The attribute value after {@code a=fmtp:}. */
  @Override
  public String toString() {
    return format + " " + parameters;
  }
}
