package io.parley.sdp;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

/**
 * One media description (RFC 8866 §5.14): the {@code m=} line and the {@code i=}, {@code c=},
 * {@code b=}, {@code k=} and {@code a=} lines that follow it, kept in order and byte for byte.
 *
 * <p>Instances are immutable and always valid; {@code with...} methods return a changed copy.
 */
public final class MediaDescription {

  private final List<SdpLine> lines;
  private final MediaLine mediaLine;
  private final List<Connection> connections;
  private final List<Bandwidth> bandwidths;
  private final Attributes attributes;

  private MediaDescription(
      List<SdpLine> lines,
      MediaLine mediaLine,
      List<Connection> connections,
      List<Bandwidth> bandwidths,
      Attributes attributes) {
    this.lines = lines;
    this.mediaLine = mediaLine;
    this.connections = connections;
    this.bandwidths = bandwidths;
    this.attributes = attributes;
  }

  /**
   * Reads a media section whose first line is {@code m=}; {@code numbers[i]} is the document line
   * number of {@code lines.get(i)}, or 0 when the lines were built in code.
   */
  static MediaDescription read(List<SdpLine> lines, int[] numbers) throws SdpParseException {
    List<SdpLine> copy = List.copyOf(lines);
    MediaLine m;
    try {
      m = MediaLine.parse(copy.get(0).value());
    } catch (SdpParseException e) {
      throw e.at(numbers[0], copy.get(0).toString());
    }
    List<Connection> connections = new ArrayList<>(1);
    List<Bandwidth> bandwidths = new ArrayList<>(1);
    List<SdpLine> attributeLines = new ArrayList<>(copy.size());
    int[] attributeNumbers = new int[copy.size()];
    int infos = 0;
    int keys = 0;
    for (int i = 1; i < copy.size(); i++) {
      SdpLine line = copy.get(i);
      try {
        switch (line.type()) {
          case 'i' -> infos++;
          case 'c' -> connections.add(Connection.parse(line.value()));
          case 'b' -> bandwidths.add(Bandwidth.parse(line.value()));
          case 'k' -> keys++;
          case 'a' -> {
            attributeNumbers[attributeLines.size()] = numbers[i];
            attributeLines.add(line);
          }
          default ->
              throw new SdpParseException(
                  0, line.toString(), "only i=, c=, b=, k= or a= inside a media description");
        }
        Syntax.require(infos <= 1 && keys <= 1, line.toString(), "at most one i= and one k=");
      } catch (SdpParseException e) {
        throw e.at(numbers[i], line.toString());
      }
    }
    Attributes attributes = Attributes.read(attributeLines, attributeNumbers);
    return new MediaDescription(
        copy, m, List.copyOf(connections), List.copyOf(bandwidths), attributes);
  }

  /** Starts a media description with this {@code m=} line. */
  public static Builder builder(MediaLine mediaLine) {
    return new Builder(mediaLine);
  }

  /** The {@code m=} line. */
  public MediaLine mediaLine() {
    return mediaLine;
  }

  /** The media type, e.g. {@code audio}. */
  public String media() {
    return mediaLine.media();
  }

  /** The port, 0 when the stream is rejected. */
  public int port() {
    return mediaLine.port();
  }

  /** The first media-level {@code c=} line. */
  public Optional<Connection> connection() {
    return connections.isEmpty() ? Optional.empty() : Optional.of(connections.get(0));
  }

  /** Every media-level {@code c=} line (several only for layered multicast). */
  public List<Connection> connections() {
    return connections;
  }

  /** The media-level {@code b=} lines. */
  public List<Bandwidth> bandwidths() {
    return bandwidths;
  }

  /** The media-level attributes. */
  public Attributes attributes() {
    return attributes;
  }

  /** Every line, the {@code m=} line first, exactly as it will be written. */
  public List<SdpLine> lines() {
    return lines;
  }

  /** This description with another port on its {@code m=} line; 0 rejects the stream. */
  public MediaDescription withPort(int port) {
    List<SdpLine> changed = new ArrayList<>(lines);
    changed.set(0, new SdpLine('m', mediaLine.withPort(port).toString()));
    return build(changed);
  }

  /** This description with its direction attribute replaced, or added when it had none. */
  public MediaDescription withDirection(Direction direction) {
    List<SdpLine> changed = new ArrayList<>(lines.size() + 1);
    boolean replaced = false;
    for (SdpLine line : lines) {
      if (line.type() == 'a' && isDirection(Syntax.trimTrailing(line.value()))) {
        if (!replaced) {
          changed.add(new SdpLine('a', direction.attribute()));
          replaced = true;
        }
      } else {
        changed.add(line);
      }
    }
    if (!replaced) {
      changed.add(new SdpLine('a', direction.attribute()));
    }
    return build(changed);
  }

  private static boolean isDirection(String value) {
    return value.equals("sendrecv")
        || value.equals("sendonly")
        || value.equals("recvonly")
        || value.equals("inactive");
  }

  private static MediaDescription build(List<SdpLine> lines) {
    try {
      return read(lines, new int[lines.size()]);
    } catch (SdpParseException e) {
      throw new IllegalArgumentException(e.getMessage(), e);
    }
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof MediaDescription m && m.lines.equals(lines);
  }

  @Override
  public int hashCode() {
    return lines.hashCode();
  }

  /** The section as written on the wire, each line ended by CRLF. */
  @Override
  public String toString() {
    StringBuilder s = new StringBuilder(lines.size() * 24);
    for (SdpLine line : lines) {
      s.append(line).append("\r\n");
    }
    return s.toString();
  }

  /** Assembles a media description; lines are written in RFC 8866 order: i, c, b, k, a. */
  public static final class Builder {
    private final MediaLine mediaLine;
    private final List<SdpLine> lines = new ArrayList<>();

    private Builder(MediaLine mediaLine) {
      this.mediaLine = mediaLine;
    }

    /** Adds a {@code c=} line. */
    public Builder connection(Connection connection) {
      return line(new SdpLine('c', connection.toString()));
    }

    /** Adds a {@code b=} line. */
    public Builder bandwidth(Bandwidth bandwidth) {
      return line(new SdpLine('b', bandwidth.toString()));
    }

    /** Adds an {@code a=} line. */
    public Builder attribute(Attribute attribute) {
      return line(new SdpLine('a', attribute.toString()));
    }

    /** Adds {@code a=<name>:<value>}, for example {@code attribute("rtpmap", map.toString())}. */
    public Builder attribute(String name, Object value) {
      return attribute(Attribute.of(name, value.toString()));
    }

    /** Adds the direction attribute. */
    public Builder direction(Direction direction) {
      return attribute(Attribute.property(direction.attribute()));
    }

    /** Adds any {@code i=}, {@code c=}, {@code b=}, {@code k=} or {@code a=} line. */
    public Builder line(SdpLine line) {
      lines.add(line);
      return this;
    }

    /**
     * Builds the description.
     *
     * @throws IllegalArgumentException if a line is malformed or not allowed at media level
     */
    public MediaDescription build() {
      List<SdpLine> all = new ArrayList<>(lines.size() + 1);
      all.add(new SdpLine('m', mediaLine.toString()));
      lines.stream()
          .sorted(Comparator.comparingInt(l -> "icbka".indexOf(l.type())))
          .forEach(all::add);
      return MediaDescription.build(all);
    }
  }
}
