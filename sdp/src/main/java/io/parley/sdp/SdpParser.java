package io.parley.sdp;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * Cuts SDP text into lines and sections (RFC 8866 §5). Tolerant where the RFC lets a parser be: LF
 * as well as CRLF line ends, trailing white space, blank lines. Strict elsewhere: every line is
 * {@code <type>=<value>} with a lower-case type, and the session starts {@code v=}, {@code o=},
 * {@code s=}.
 */
final class SdpParser {

  private final List<SdpLine> lines = new ArrayList<>();
  private int[] numbers = new int[32];

  private SdpParser() {}

  static SessionDescription parse(String text) throws SdpParseException {
    SdpParser parser = new SdpParser();
    parser.split(text);
    return parser.sections();
  }

  private void split(String text) throws SdpParseException {
    int number = 0;
    int start = 0;
    while (start < text.length()) {
      int end = text.indexOf('\n', start);
      int next = end < 0 ? text.length() : end + 1;
      int stop = end < 0 ? text.length() : end;
      if (stop > start && text.charAt(stop - 1) == '\r') {
        stop--;
      }
      number++;
      addLine(text.substring(start, stop), number);
      start = next;
    }
    if (lines.isEmpty()) {
      throw new SdpParseException(1, "", "v=0 (the SDP body is empty)");
    }
  }

  private void addLine(String raw, int number) throws SdpParseException {
    if (Syntax.trimTrailing(raw).isEmpty()) {
      return;
    }
    if (raw.length() < 2 || raw.charAt(1) != '=' || raw.charAt(0) < 'a' || raw.charAt(0) > 'z') {
      throw new SdpParseException(number, raw, "<type>=<value> with a type letter a-z");
    }
    for (int i = 2; i < raw.length(); i++) {
      char c = raw.charAt(i);
      if (c == '\r' || c == 0) {
        throw new SdpParseException(number, raw, "no CR or NUL inside a line (column " + i + ")");
      }
    }
    if (lines.size() == numbers.length) {
      numbers = Arrays.copyOf(numbers, numbers.length * 2);
    }
    numbers[lines.size()] = number;
    lines.add(new SdpLine(raw.charAt(0), raw.substring(2)));
  }

  private SessionDescription sections() throws SdpParseException {
    int firstMedia = lines.size();
    for (int i = 0; i < lines.size(); i++) {
      if (lines.get(i).type() == 'm') {
        firstMedia = i;
        break;
      }
    }
    SessionDescription.Level level =
        SessionDescription.readLevel(
            lines.subList(0, firstMedia),
            Arrays.copyOf(numbers, firstMedia),
            firstMedia < lines.size() ? numbers[firstMedia] : 0);
    List<MediaDescription> media = new ArrayList<>();
    int[] mediaNumbers = new int[lines.size() - firstMedia];
    int start = firstMedia;
    while (start < lines.size()) {
      mediaNumbers[media.size()] = numbers[start];
      int end = start + 1;
      while (end < lines.size() && lines.get(end).type() != 'm') {
        end++;
      }
      media.add(
          MediaDescription.read(
              lines.subList(start, end), Arrays.copyOfRange(numbers, start, end)));
      start = end;
    }
    return SessionDescription.assemble(level, media, mediaNumbers);
  }
}
