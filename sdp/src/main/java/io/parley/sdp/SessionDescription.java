package io.parley.sdp;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

/**
 * A session description (RFC 8866): the session-level lines ({@code v o s i u e p c b t r z k a})
 * and the media descriptions, kept in order and byte for byte, with typed access to what a user
 * agent needs.
 *
 * <p>Instances are immutable and always valid. {@link #parse(String)} accepts LF or CRLF line ends
 * and trailing white space; {@link #toString()} writes CRLF.
 */
public final class SessionDescription {

  private static final String SESSION_ORDER = "vosiuepcbtrzka";

  private final List<SdpLine> lines;
  private final List<MediaDescription> media;
  private final Origin origin;
  private final Optional<Connection> connection;
  private final List<Bandwidth> bandwidths;
  private final Attributes attributes;

  private SessionDescription(
      List<SdpLine> lines,
      List<MediaDescription> media,
      Origin origin,
      Optional<Connection> connection,
      List<Bandwidth> bandwidths,
      Attributes attributes) {
    this.lines = lines;
    this.media = media;
    this.origin = origin;
    this.connection = connection;
    this.bandwidths = bandwidths;
    this.attributes = attributes;
  }

  /**
   * Parses SDP text.
   *
   * @throws SdpParseException naming the line number, the line and what was expected there
   */
  public static SessionDescription parse(String text) throws SdpParseException {
    return SdpParser.parse(text);
  }

  /**
   * Parses an SDP body in UTF-8 (RFC 8866 §5: the default character set of text fields).
   *
   * @throws SdpParseException naming the line number, the line and what was expected there
   */
  public static SessionDescription parse(byte[] body) throws SdpParseException {
    return SdpParser.parse(new String(body, StandardCharsets.UTF_8));
  }

  /** Starts a description with {@code v=0}, this origin and this session name. */
  public static Builder builder(Origin origin, String sessionName) {
    return new Builder(origin, sessionName);
  }

  /** The checked session-level part, read before the media so errors come in line order. */
  record Level(
      List<SdpLine> lines,
      Origin origin,
      Optional<Connection> connection,
      List<Bandwidth> bandwidths,
      Attributes attributes) {}

  /**
   * Reads the session-level lines; {@code numbers[i]} is the document line number of line i, and
   * {@code next} the number of the first {@code m=} line (0 when there is none).
   */
  static Level readLevel(List<SdpLine> sessionLines, int[] numbers, int next)
      throws SdpParseException {
    List<SdpLine> copy = List.copyOf(sessionLines);
    Origin origin = readHead(copy, numbers, next);
    Optional<Connection> connection = Optional.empty();
    List<Bandwidth> bandwidths = new ArrayList<>(1);
    List<SdpLine> attributeLines = new ArrayList<>();
    int[] attributeNumbers = new int[copy.size()];
    int[] counts = new int[26];
    for (int i = 3; i < copy.size(); i++) {
      SdpLine line = copy.get(i);
      try {
        counts[line.type() - 'a']++;
        checkSessionLine(line, counts);
        switch (line.type()) {
          case 'c' -> connection = Optional.of(Connection.parse(line.value()));
          case 'b' -> bandwidths.add(Bandwidth.parse(line.value()));
          case 't' -> checkTiming(line.value());
          case 'a' -> attributeNumbers[attributeLines.size()] = numbers[i];
          default -> {}
        }
      } catch (SdpParseException e) {
        throw e.at(numbers[i], line.toString());
      }
      if (line.type() == 'a') {
        attributeLines.add(line);
      }
    }
    if (counts['t' - 'a'] == 0) {
      throw new SdpParseException(
          numbers[copy.size() - 1] + 1, "", "a t= line before the media (RFC 8866 §5.9)");
    }
    Attributes attributes = Attributes.read(attributeLines, attributeNumbers);
    return new Level(copy, origin, connection, List.copyOf(bandwidths), attributes);
  }

  /** Joins a session level and its media, checking every stream has a connection address. */
  static SessionDescription assemble(Level level, List<MediaDescription> media, int[] mediaNumbers)
      throws SdpParseException {
    checkMediaConnections(level.connection().isPresent(), media, mediaNumbers);
    return new SessionDescription(
        level.lines(),
        List.copyOf(media),
        level.origin(),
        level.connection(),
        level.bandwidths(),
        level.attributes());
  }

  /** Checks that the session starts v=0, o=, s= (RFC 8866 §5) and returns the origin. */
  private static Origin readHead(List<SdpLine> lines, int[] numbers, int next)
      throws SdpParseException {
    expectType(lines, numbers, 0, 'v', next);
    if (!Syntax.trimTrailing(lines.get(0).value()).equals("0")) {
      throw new SdpParseException(numbers[0], lines.get(0).toString(), "v=0, the only SDP version");
    }
    expectType(lines, numbers, 1, 'o', next);
    expectType(lines, numbers, 2, 's', next);
    return parseOrigin(lines.get(1), numbers[1]);
  }

  private static void expectType(List<SdpLine> lines, int[] numbers, int index, char type, int next)
      throws SdpParseException {
    String expected = type + "= as line " + (index + 1) + " of the session (RFC 8866 §5)";
    if (index >= lines.size()) {
      int number = index == 0 ? Math.max(next, 1) : next > 0 ? next : numbers[index - 1] + 1;
      throw new SdpParseException(number, "", expected);
    }
    if (lines.get(index).type() != type) {
      throw new SdpParseException(numbers[index], lines.get(index).toString(), expected);
    }
  }

  private static Origin parseOrigin(SdpLine line, int number) throws SdpParseException {
    try {
      return Origin.parse(line.value());
    } catch (SdpParseException e) {
      throw e.at(number, line.toString());
    }
  }

  private static void checkSessionLine(SdpLine line, int[] counts) throws SdpParseException {
    char type = line.type();
    Syntax.require(
        SESSION_ORDER.indexOf(type) >= 3,
        line.toString(),
        "a session-level line (i u e p c b t r z k a) or m=; '" + type + "=' is not one");
    boolean once = "iuczk".indexOf(type) >= 0;
    Syntax.require(
        !once || counts[type - 'a'] == 1,
        line.toString(),
        "at most one " + type + "= line at session level");
  }

  private static void checkTiming(String value) throws SdpParseException {
    List<String> f = Syntax.fields(value);
    Syntax.require(
        f.size() == 2 && Syntax.isDigits(f.get(0)) && Syntax.isDigits(f.get(1)),
        "t=" + value,
        "<start-time> <stop-time> in decimal NTP seconds");
  }

  private static void checkMediaConnections(
      boolean sessionConnection, List<MediaDescription> media, int[] mediaNumbers)
      throws SdpParseException {
    for (int i = 0; i < media.size(); i++) {
      MediaDescription m = media.get(i);
      if (!sessionConnection && m.port() != 0 && m.connections().isEmpty()) {
        throw new SdpParseException(
            mediaNumbers[i],
            m.lines().get(0).toString(),
            "a c= line in this media description or at session level (RFC 8866 §5.7)");
      }
    }
  }

  /** The {@code o=} line. */
  public Origin origin() {
    return origin;
  }

  /** The {@code s=} text. */
  public String sessionName() {
    return lines.get(2).value();
  }

  /** The session-level {@code c=} line. */
  public Optional<Connection> connection() {
    return connection;
  }

  /** The session-level {@code b=} lines. */
  public List<Bandwidth> bandwidths() {
    return bandwidths;
  }

  /** The session-level attributes. */
  public Attributes attributes() {
    return attributes;
  }

  /** The media descriptions in order. */
  public List<MediaDescription> media() {
    return media;
  }

  /** The session-level lines, {@code v=} first, exactly as they will be written. */
  public List<SdpLine> lines() {
    return lines;
  }

  /** The connection that applies to {@code m}: its own {@code c=}, else the session's. */
  public Optional<Connection> connectionOf(MediaDescription m) {
    return m.connection().or(() -> connection);
  }

  /** The direction that applies to {@code m}: its own, else the session's, else sendrecv. */
  public Direction directionOf(MediaDescription m) {
    return m.attributes().direction().or(attributes::direction).orElse(Direction.SENDRECV);
  }

  /** This description with another origin, everything else unchanged. */
  public SessionDescription withOrigin(Origin newOrigin) {
    List<SdpLine> changed = new ArrayList<>(lines);
    changed.set(1, new SdpLine('o', newOrigin.toString()));
    return new SessionDescription(
        List.copyOf(changed), media, newOrigin, connection, bandwidths, attributes);
  }

  /**
   * This description with other media descriptions.
   *
   * @throws IllegalArgumentException if a stream with a port has no connection at either level
   */
  public SessionDescription withMedia(List<MediaDescription> newMedia) {
    try {
      checkMediaConnections(connection.isPresent(), newMedia, new int[newMedia.size()]);
    } catch (SdpParseException e) {
      throw new IllegalArgumentException(e.getMessage(), e);
    }
    return new SessionDescription(
        lines, List.copyOf(newMedia), origin, connection, bandwidths, attributes);
  }

  /** The description encoded as an SDP body in UTF-8. */
  public byte[] toBytes() {
    return toString().getBytes(StandardCharsets.UTF_8);
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof SessionDescription s && s.lines.equals(lines) && s.media.equals(media);
  }

  @Override
  public int hashCode() {
    return 31 * lines.hashCode() + media.hashCode();
  }

  /** The SDP text, every line ended by CRLF (RFC 8866 §5). */
  @Override
  public String toString() {
    StringBuilder s = new StringBuilder(512);
    for (SdpLine line : lines) {
      s.append(line).append("\r\n");
    }
    for (MediaDescription m : media) {
      s.append(m);
    }
    return s.toString();
  }

  /** Assembles a description; session lines are written in RFC 8866 order. */
  public static final class Builder {
    private final Origin origin;
    private final String sessionName;
    private final List<SdpLine> lines = new ArrayList<>();
    private final List<MediaDescription> media = new ArrayList<>();

    private Builder(Origin origin, String sessionName) {
      this.origin = origin;
      this.sessionName = Syntax.checkText(sessionName, "session name");
    }

    /** Sets the session-level {@code c=} line. */
    public Builder connection(Connection connection) {
      return line(new SdpLine('c', connection.toString()));
    }

    /** Adds a {@code b=} line. */
    public Builder bandwidth(Bandwidth bandwidth) {
      return line(new SdpLine('b', bandwidth.toString()));
    }

    /** Adds a {@code t=} line; without one, {@code t=0 0} (an unbounded session) is written. */
    public Builder timing(long start, long stop) {
      return line(new SdpLine('t', start + " " + stop));
    }

    /** Adds an {@code a=} line. */
    public Builder attribute(Attribute attribute) {
      return line(new SdpLine('a', attribute.toString()));
    }

    /** Adds any session-level line other than v, o, s and m. */
    public Builder line(SdpLine line) {
      lines.add(line);
      return this;
    }

    /** Adds a media description. */
    public Builder media(MediaDescription description) {
      media.add(description);
      return this;
    }

    /**
     * Builds the description.
     *
     * @throws IllegalArgumentException if a line is malformed, repeated where it may appear once,
     *     or a stream has no connection address
     */
    public SessionDescription build() {
      List<SdpLine> all = new ArrayList<>(lines.size() + 4);
      all.add(new SdpLine('v', "0"));
      all.add(new SdpLine('o', origin.toString()));
      all.add(new SdpLine('s', sessionName));
      List<SdpLine> rest = new ArrayList<>(lines);
      if (rest.stream().noneMatch(l -> l.type() == 't')) {
        rest.add(new SdpLine('t', "0 0"));
      }
      rest.sort(Comparator.comparingInt(l -> rank(l.type())));
      all.addAll(rest);
      try {
        Level level = readLevel(all, new int[all.size()], 0);
        return assemble(level, media, new int[media.size()]);
      } catch (SdpParseException e) {
        throw new IllegalArgumentException(e.getMessage(), e);
      }
    }

    private static int rank(char type) {
      return type == 'r' ? SESSION_ORDER.indexOf('t') : SESSION_ORDER.indexOf(type);
    }
  }
}
