package io.parley.media.dtmf;

import io.parley.media.MalformedPacketException;
import java.util.Locale;

/**
 * DTMF carried in SIP INFO request bodies: {@code application/dtmf-relay} ({@code Signal=} and
 * {@code Duration=} lines, durations in milliseconds) and {@code application/dtmf} (the bare key).
 *
 * @param digit the digit
 * @param durationMillis how long the key was held; 0 when the body does not say
 */
public record DtmfInfoBody(DtmfDigit digit, int durationMillis) {

  /** The content type with Signal/Duration lines. */
  public static final String DTMF_RELAY = "application/dtmf-relay";

  /** The content type whose body is just the key. */
  public static final String DTMF = "application/dtmf";

  /** The duration used when a dtmf-relay body has none. */
  public static final int DEFAULT_DURATION_MILLIS = 250;

  /**
   * Validates the duration.
   *
   * @throws IllegalArgumentException if {@code durationMillis} is negative
   */
  public DtmfInfoBody {
    if (durationMillis < 0) {
      throw new IllegalArgumentException("durationMillis must not be negative");
    }
  }

  /**
   * Parses a body.
   *
   * @param contentType the Content-Type without parameters, {@link #DTMF_RELAY} or {@link #DTMF}
   *     (case-insensitive)
   * @param body the body text
   * @throws MalformedPacketException with the character offset, for an unknown content type, a
   *     missing or unknown signal, or a bad duration
   */
  public static DtmfInfoBody parse(String contentType, String body)
      throws MalformedPacketException {
    String type = contentType.trim().toLowerCase(Locale.ROOT);
    if (type.equals(DTMF)) {
      return new DtmfInfoBody(signal(body.trim(), 0), 0);
    }
    if (!type.equals(DTMF_RELAY)) {
      throw new MalformedPacketException(0, "not a DTMF content type: " + contentType);
    }
    DtmfDigit digit = null;
    int duration = DEFAULT_DURATION_MILLIS;
    int offset = 0;
    for (String line : body.split("\r?\n", -1)) {
      int equals = line.indexOf('=');
      if (equals > 0) {
        String key = line.substring(0, equals).trim().toLowerCase(Locale.ROOT);
        String value = line.substring(equals + 1).trim();
        if (key.equals("signal")) {
          digit = signal(value, offset + equals + 1);
        } else if (key.equals("duration")) {
          duration = duration(value, offset + equals + 1);
        }
      }
      offset += line.length() + 1;
    }
    if (digit == null) {
      throw new MalformedPacketException(0, "dtmf-relay body has no Signal line");
    }
    return new DtmfInfoBody(digit, duration);
  }

  /** Formats an {@code application/dtmf-relay} body with CRLF line endings. */
  public String formatRelay() {
    return "Signal=" + digit.symbol() + "\r\nDuration=" + durationMillis + "\r\n";
  }

  /** Formats an {@code application/dtmf} body: the key alone. */
  public String formatDtmf() {
    return String.valueOf(digit.symbol());
  }

  /** Accepts the key itself or, as some gateways send, the event code 10/11 for * and #. */
  private static DtmfDigit signal(String value, int offset) throws MalformedPacketException {
    if (value.length() == 1) {
      return DtmfDigit.of(value.charAt(0))
          .orElseThrow(
              () -> new MalformedPacketException(offset, "unknown signal '" + value + "'"));
    }
    if (value.matches("1[0-5]")) {
      return DtmfDigit.ofEvent(Integer.parseInt(value)).orElseThrow();
    }
    throw new MalformedPacketException(offset, "unknown signal '" + value + "'");
  }

  private static int duration(String value, int offset) throws MalformedPacketException {
    if (value.isEmpty() || value.length() > 6 || !value.chars().allMatch(Character::isDigit)) {
      throw new MalformedPacketException(
          offset, "Duration must be milliseconds, got '" + value + "'");
    }
    return Integer.parseInt(value);
  }
}
