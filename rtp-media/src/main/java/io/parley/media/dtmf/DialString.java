package io.parley.media.dtmf;

import java.util.ArrayList;
import java.util.List;

/**
 * A string of keys to send, such as {@code "1234,,#"}: digits, and commas or {@code p} for pauses,
 * as in {@code call.sendDtmf("12#")}.
 *
 * @param steps the keys and pauses in order
 */
public record DialString(List<Step> steps) {

  /** The length of one pause character. */
  public static final int PAUSE_MILLIS = 500;

  /** Copies the steps. */
  public DialString {
    steps = List.copyOf(steps);
  }

  /** One step: a key or a pause. */
  public sealed interface Step {}

  /**
   * Press a key.
   *
   * @param digit the key
   */
  public record Key(DtmfDigit digit) implements Step {}

  /**
   * Wait before the next key.
   *
   * @param millis how long
   */
  public record Pause(int millis) implements Step {}

  /**
   * Parses a dial string; spaces and dashes are ignored for readability.
   *
   * @throws IllegalArgumentException naming the position of a character that is neither a key nor a
   *     pause
   */
  public static DialString parse(String keys) {
    List<Step> steps = new ArrayList<>();
    for (int i = 0; i < keys.length(); i++) {
      char c = keys.charAt(i);
      if (c == ',' || c == 'p' || c == 'P') {
        steps.add(new Pause(PAUSE_MILLIS));
      } else if (c != ' ' && c != '-') {
        int position = i;
        steps.add(
            new Key(
                DtmfDigit.of(c)
                    .orElseThrow(
                        () ->
                            new IllegalArgumentException(
                                "'"
                                    + c
                                    + "' at position "
                                    + position
                                    + " of '"
                                    + keys
                                    + "' is not a DTMF key"))));
      }
    }
    return new DialString(steps);
  }
}
