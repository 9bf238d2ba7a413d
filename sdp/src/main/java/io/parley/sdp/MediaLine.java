package io.parley.sdp;

import java.util.ArrayList;
import java.util.List;

/**
 * The {@code m=} line (RFC 8866 §5.14): {@code <media> <port>[/<number of ports>] <proto> <fmt>
 * ...}.
 *
 * <p>Port 0 marks a rejected or disabled stream (RFC 3264 §6, §8.2). For the RTP profiles the
 * formats are payload type numbers 0-127.
 *
 * @param media {@code audio}, {@code video}, {@code application}, ...
 * @param port the transport port, 0 when the stream is rejected
 * @param portCount the number of ports, 1 unless given after a slash
 * @param proto the transport protocol, e.g. {@code RTP/AVP} or {@code RTP/SAVP}
 * @param formats the media formats, at least one
 */
public record MediaLine(String media, int port, int portCount, String proto, List<String> formats) {

  /**
   * Checks the fields.
   *
   * @throws IllegalArgumentException if a field is malformed, a port is out of range or there are
   *     no formats
   */
  public MediaLine {
    Syntax.checkToken(media, "m= media");
    Syntax.checkWord(proto, "m= proto");
    if (port < 0 || port > 65535 || portCount < 1) {
      throw new IllegalArgumentException("m= port must be 0-65535 and count >= 1: " + port);
    }
    formats = List.copyOf(formats);
    if (formats.isEmpty()) {
      throw new IllegalArgumentException("m= needs at least one format");
    }
    for (String format : formats) {
      Syntax.checkWord(format, "m= fmt");
    }
  }

  /** A single-port media line. */
  public static MediaLine of(String media, int port, String proto, List<String> formats) {
    return new MediaLine(media, port, 1, proto, formats);
  }

  static MediaLine parse(String value) throws SdpParseException {
    String text = "m=" + value;
    List<String> f = Syntax.fields(value);
    Syntax.require(f.size() >= 4, text, "<media> <port>[/<number of ports>] <proto> <fmt> ...");
    Syntax.require(Syntax.isToken(f.get(0)), text, "a media type token");
    String portField = f.get(1);
    int slash = portField.indexOf('/');
    int port = Syntax.port(slash < 0 ? portField : portField.substring(0, slash), text);
    int count =
        slash < 0
            ? 1
            : (int)
                Syntax.number(
                    portField.substring(slash + 1), 1, 65535, text, "<number of ports> >= 1");
    String proto = f.get(2);
    List<String> formats = new ArrayList<>(f.subList(3, f.size()));
    if (isRtp(proto)) {
      for (String format : formats) {
        Syntax.number(
            format, 0, 127, text, "RTP payload type 0-127 as format, got '" + format + "'");
      }
    }
    return new MediaLine(f.get(0), port, count, proto, formats);
  }

  static boolean isRtp(String proto) {
    return proto.toUpperCase(java.util.Locale.ROOT).contains("RTP/");
  }

  /** Whether the proto is an RTP profile (RTP/AVP, RTP/SAVP, RTP/AVPF, UDP/TLS/RTP/SAVP, ...). */
  public boolean isRtp() {
    return isRtp(proto);
  }

  /** Whether the port is 0: the stream is rejected or disabled. */
  public boolean isRejected() {
    return port == 0;
  }

  /**
   * The formats as RTP payload type numbers.
   *
   * @throws IllegalStateException if the proto is not an RTP profile
   */
  public List<Integer> payloadTypes() {
    if (!isRtp()) {
      throw new IllegalStateException("formats of " + proto + " are not RTP payload types");
    }
    return formats.stream().map(Integer::valueOf).toList();
  }

  /** This line with another port; port 0 rejects the stream. */
  public MediaLine withPort(int newPort) {
    return new MediaLine(media, newPort, portCount, proto, formats);
  }

  /** The line value after {@code m=}. */
  @Override
  public String toString() {
    String ports = portCount == 1 ? Integer.toString(port) : port + "/" + portCount;
    return media + " " + ports + " " + proto + " " + String.join(" ", formats);
  }
}
