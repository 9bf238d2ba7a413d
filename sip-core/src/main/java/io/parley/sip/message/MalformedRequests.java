package io.parley.sip.message;

import io.parley.sip.syntax.SipParseException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * Answers a request that could not be parsed (DESIGN.md, RFC 3261 §8.2 and §16.3): a 400 Bad
 * Request (or the 414, 505 or 513 the parse error names) with a Warning that says what was wrong,
 * so the sender learns why instead of retransmitting into silence.
 *
 * <p>The response is built from the raw lines of the broken message: it needs a request line and
 * the Via, From, To, Call-ID and CSeq headers to be routable and matchable; when any of those
 * cannot be found, nothing is sent (a response nobody can match is worse than none). Responses
 * (status lines) are never answered.
 */
public final class MalformedRequests {

  private static final int MAX_WARNING = 200;

  private MalformedRequests() {}

  /**
   * The bytes of the error response to send back for {@code data}, which failed with {@code error},
   * or empty when the message is a response or lacks what a response needs.
   */
  public static Optional<byte[]> response(
      byte[] data, int offset, int length, SipParseException error) {
    String text = new String(data, offset, Math.min(length, 65_535), StandardCharsets.ISO_8859_1);
    int headerEnd = text.indexOf("\r\n\r\n");
    List<String> lines = unfold(headerEnd < 0 ? text : text.substring(0, headerEnd));
    if (lines.isEmpty() || lines.get(0).startsWith("SIP/") || !lines.get(0).contains(" SIP/2.0")) {
      return Optional.empty();
    }
    String method = lines.get(0).substring(0, Math.max(0, lines.get(0).indexOf(' ')));
    if (method.equals("ACK")) {
      return Optional.empty(); // an ACK is never answered (§17.2.3)
    }
    List<String> vias = values(lines, "via", "v");
    String from = first(lines, "from", "f");
    String to = first(lines, "to", "t");
    String callId = first(lines, "call-id", "i");
    String cseq = first(lines, "cseq", null);
    if (vias.isEmpty() || from == null || to == null || callId == null || cseq == null) {
      return Optional.empty();
    }
    int code = error.statusCode();
    StringBuilder out = new StringBuilder(512);
    out.append("SIP/2.0 ").append(code).append(' ').append(ReasonPhrases.of(code)).append("\r\n");
    for (String via : vias) {
      out.append("Via: ").append(via).append("\r\n");
    }
    out.append("From: ").append(from).append("\r\n");
    out.append("To: ").append(to);
    if (!to.toLowerCase(Locale.ROOT).contains("tag=")) {
      out.append(";tag=malformed");
    }
    out.append("\r\nCall-ID: ").append(callId).append("\r\n");
    out.append("CSeq: ").append(cseq).append("\r\n");
    out.append("Warning: 399 parley \"").append(warnText(error)).append("\"\r\n");
    out.append("Content-Length: 0\r\n\r\n");
    return Optional.of(out.toString().getBytes(StandardCharsets.ISO_8859_1));
  }

  private static String warnText(SipParseException error) {
    String message = String.valueOf(error.getMessage());
    StringBuilder safe = new StringBuilder(Math.min(message.length(), MAX_WARNING));
    for (int i = 0; i < message.length() && safe.length() < MAX_WARNING; i++) {
      char c = message.charAt(i);
      // A quoted-string may not hold raw quotes, backslashes or control characters.
      safe.append(c == '"' || c == '\\' || c < 0x20 || c > 0x7e ? '\'' : c);
    }
    return safe.toString();
  }

  /** Header lines with RFC 3261 §7.3.1 continuation lines joined. */
  private static List<String> unfold(String head) {
    List<String> lines = new ArrayList<>();
    for (String raw : head.split("\r?\n", -1)) {
      if (!raw.isEmpty() && (raw.charAt(0) == ' ' || raw.charAt(0) == '\t') && !lines.isEmpty()) {
        lines.set(lines.size() - 1, lines.get(lines.size() - 1) + " " + raw.trim());
      } else if (!raw.isEmpty() && raw.indexOf('\r') < 0) {
        lines.add(raw);
      }
    }
    return lines;
  }

  private static List<String> values(List<String> lines, String name, String compact) {
    List<String> found = new ArrayList<>();
    for (int i = 1; i < lines.size(); i++) {
      String line = lines.get(i);
      int colon = line.indexOf(':');
      if (colon <= 0) {
        continue;
      }
      String header = line.substring(0, colon).trim().toLowerCase(Locale.ROOT);
      if (header.equals(name) || header.equals(compact)) {
        found.add(line.substring(colon + 1).trim());
      }
    }
    return found;
  }

  private static String first(List<String> lines, String name, String compact) {
    List<String> found = values(lines, name, compact);
    return found.isEmpty() ? null : found.get(0);
  }
}
