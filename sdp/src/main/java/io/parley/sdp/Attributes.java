package io.parley.sdp;

import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.Set;

/**
 * The {@code a=} lines of one session or media level, in order, with typed access to the ones a
 * user agent acts on: rtpmap, fmtp, ptime, maxptime (RFC 8866 §6), direction (RFC 3264 §5.1), rtcp
 * (RFC 3605), rtcp-mux (RFC 5761), crypto (RFC 4568), ssrc (RFC 5576), mid (RFC 5888), label (RFC
 * 4574) and ICE candidates (RFC 8839). Every other attribute is kept as written.
 */
public final class Attributes {

  /** Value attributes that are read into typed fields and so must be well formed. */
  private static final Set<String> TYPED_VALUES =
      Set.of("rtpmap", "fmtp", "ptime", "maxptime", "rtcp", "crypto", "ssrc", "mid", "label");

  private final List<Attribute> all;
  private final Map<Integer, RtpMap> rtpMaps = new LinkedHashMap<>();
  private final Map<String, Fmtp> fmtps = new LinkedHashMap<>();
  private final List<Crypto> cryptos = new ArrayList<>(2);
  private final List<Ssrc> ssrcs = new ArrayList<>(2);
  private final List<String> candidates = new ArrayList<>(2);
  private Direction direction;
  private Rtcp rtcp;
  private boolean rtcpMux;
  private int ptime = -1;
  private int maxptime = -1;

  private Attributes(List<Attribute> all) {
    this.all = List.copyOf(all);
  }

  /**
   * Reads the attribute lines; {@code numbers[i]} is the document line number of {@code
   * lines.get(i)}, or 0.
   */
  static Attributes read(List<SdpLine> lines, int[] numbers) throws SdpParseException {
    List<Attribute> parsed = new ArrayList<>(lines.size());
    for (int i = 0; i < lines.size(); i++) {
      try {
        parsed.add(Attribute.parse(lines.get(i).value()));
      } catch (SdpParseException e) {
        throw e.at(numbers[i], lines.get(i).toString());
      }
    }
    Attributes attributes = new Attributes(parsed);
    for (int i = 0; i < parsed.size(); i++) {
      try {
        attributes.interpret(parsed.get(i));
      } catch (SdpParseException e) {
        throw e.at(numbers[i], lines.get(i).toString());
      }
    }
    return attributes;
  }

  private void interpret(Attribute a) throws SdpParseException {
    String text = "a=" + a;
    switch (a.name()) {
      case "sendrecv", "sendonly", "recvonly", "inactive" -> {
        Syntax.require(a.isProperty(), text, "a direction attribute without a value");
        Syntax.require(direction == null, text, "at most one direction attribute (RFC 3264 §5.1)");
        direction = Direction.fromAttribute(a.name());
      }
      case "rtcp-mux" -> rtcpMux = true;
      case "candidate" -> candidates.add(a.value());
      default -> interpretValue(a, text);
    }
  }

  private void interpretValue(Attribute a, String text) throws SdpParseException {
    if (!TYPED_VALUES.contains(a.name())) {
      return;
    }
    Syntax.require(!a.isProperty(), text, "a value after '" + a.name() + ":'");
    switch (a.name()) {
      case "rtpmap" -> {
        RtpMap map = RtpMap.parse(a.value());
        Syntax.require(
            rtpMaps.putIfAbsent(map.payloadType(), map) == null,
            text,
            "one rtpmap per payload type, " + map.payloadType() + " is mapped twice");
      }
      case "fmtp" -> {
        Fmtp fmtp = Fmtp.parse(a.value());
        Syntax.require(
            fmtps.putIfAbsent(fmtp.format(), fmtp) == null,
            text,
            "one fmtp per format, " + fmtp.format() + " has two");
      }
      case "ptime" -> ptime = milliseconds(a.value(), text);
      case "maxptime" -> maxptime = milliseconds(a.value(), text);
      case "rtcp" -> rtcp = Rtcp.parse(a.value());
      case "crypto" -> cryptos.add(Crypto.parse(a.value()));
      case "ssrc" -> ssrcs.add(Ssrc.parse(a.value()));
      default -> Syntax.require(!a.value().isEmpty(), text, "a non-empty " + a.name());
    }
  }

  /** RFC 8866 §6.4 allows a fractional packet time; media works in whole milliseconds. */
  private static int milliseconds(String value, String text) throws SdpParseException {
    int dot = value.indexOf('.');
    String whole = dot < 0 ? value : value.substring(0, dot);
    String fraction = dot < 0 ? "0" : value.substring(dot + 1);
    Syntax.require(
        Syntax.isDigits(whole) && Syntax.isDigits(fraction) && whole.length() < 9,
        text,
        "a packet time in milliseconds, got '" + value + "'");
    int ms = Integer.parseInt(whole) + (fraction.charAt(0) >= '5' ? 1 : 0);
    Syntax.require(ms > 0, text, "a packet time above 0 ms, got '" + value + "'");
    return ms;
  }

  /** All attributes in document order. */
  public List<Attribute> all() {
    return all;
  }

  /** The first attribute with this name. */
  public Optional<Attribute> first(String name) {
    return all.stream().filter(a -> a.name().equals(name)).findFirst();
  }

  /** Every attribute with this name, in order. */
  public List<Attribute> all(String name) {
    return all.stream().filter(a -> a.name().equals(name)).toList();
  }

  /** Whether an attribute with this name is present. */
  public boolean has(String name) {
    return first(name).isPresent();
  }

  /** The rtpmap of a payload type. */
  public Optional<RtpMap> rtpMap(int payloadType) {
    return Optional.ofNullable(rtpMaps.get(payloadType));
  }

  /** Every rtpmap, in order. */
  public List<RtpMap> rtpMaps() {
    return List.copyOf(rtpMaps.values());
  }

  /** The fmtp of a format (for RTP, the payload type as a decimal string). */
  public Optional<Fmtp> fmtp(String format) {
    return Optional.ofNullable(fmtps.get(format));
  }

  /** The fmtp of an RTP payload type. */
  public Optional<Fmtp> fmtp(int payloadType) {
    return fmtp(Integer.toString(payloadType));
  }

  /** The direction attribute at this level, if any (RFC 3264 §5.1 defaults to sendrecv). */
  public Optional<Direction> direction() {
    return Optional.ofNullable(direction);
  }

  /** {@code a=ptime} in milliseconds, fractions rounded. */
  public OptionalInt ptime() {
    return ptime < 0 ? OptionalInt.empty() : OptionalInt.of(ptime);
  }

  /** {@code a=maxptime} in milliseconds, fractions rounded. */
  public OptionalInt maxptime() {
    return maxptime < 0 ? OptionalInt.empty() : OptionalInt.of(maxptime);
  }

  /** {@code a=rtcp} (RFC 3605). */
  public Optional<Rtcp> rtcp() {
    return Optional.ofNullable(rtcp);
  }

  /** Whether {@code a=rtcp-mux} (RFC 5761 §5.1.1) is present. */
  public boolean rtcpMux() {
    return rtcpMux;
  }

  /** The {@code a=crypto} lines (RFC 4568), in order. */
  public List<Crypto> cryptos() {
    return Collections.unmodifiableList(cryptos);
  }

  /** The {@code a=ssrc} lines (RFC 5576), in order. */
  public List<Ssrc> ssrcs() {
    return Collections.unmodifiableList(ssrcs);
  }

  /** {@code a=mid} (RFC 5888). */
  public Optional<String> mid() {
    return first("mid").map(Attribute::value);
  }

  /** {@code a=label} (RFC 4574). */
  public Optional<String> label() {
    return first("label").map(Attribute::value);
  }

  /** The values of the {@code a=candidate} lines (RFC 8839), kept verbatim. */
  public List<String> candidates() {
    return Collections.unmodifiableList(candidates);
  }
}
