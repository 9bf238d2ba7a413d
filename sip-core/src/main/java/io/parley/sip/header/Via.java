package io.parley.sip.header;

import io.parley.sip.syntax.Lexer;
import io.parley.sip.syntax.Parameters;
import io.parley.sip.syntax.SipParseException;
import io.parley.sip.uri.Host;
import java.util.Locale;
import java.util.Optional;
import java.util.OptionalInt;

/**
 * One Via value (RFC 3261 §20.42): sent-protocol, sent-by and the branch, received, rport, maddr
 * and ttl parameters (RFC 3581 for rport).
 *
 * <p>The transport stays a token ({@code UDP}, {@code TCP}, {@code TLS}, {@code SCTP}, {@code WS},
 * or anything else): transports are defined by the transport layer.
 */
public final class Via {

  /** The RFC 3261 §8.1.1.7 magic cookie that starts every RFC 3261 branch. */
  public static final String MAGIC_COOKIE = "z9hG4bK";

  private static final String SIP_2_0 = "SIP/2.0";
  private static final String[] TRANSPORTS = {"UDP", "TCP", "TLS", "SCTP", "WS", "WSS", "TLS-SCTP"};

  private final String source;
  private final int start;
  private final int end;
  private final String protocol;
  private final String transport;
  private final int hostStart;
  private final int hostEnd;
  private final Host.Kind hostKind;
  private final int port;
  private final Parameters parameters;
  private Host host;

  /** Reads one Via value from the lexer; checks eagerly, copies nothing but the odd token. */
  private Via(Lexer lx) throws SipParseException {
    lx.skipLws();
    this.source = lx.text();
    this.start = lx.position();
    String s = source;
    int nameStart = lx.skipToken("the protocol name (SIP)");
    int nameEnd = lx.position();
    lx.expect('/', "'/' after the protocol name");
    int versionStart = lx.skipToken("the protocol version");
    int versionEnd = lx.position();
    lx.expect('/', "'/' after the protocol version");
    int transportStart = lx.skipToken("the transport");
    this.transport = transport(s, transportStart, lx.position());
    this.protocol =
        nameEnd - nameStart == 3
                && Lexer.equalsIgnoreCase(s, nameStart, "SIP")
                && versionEnd - versionStart == 3
                && s.startsWith("2.0", versionStart)
            ? SIP_2_0
            : s.substring(nameStart, nameEnd) + "/" + s.substring(versionStart, versionEnd);
    if (!lx.skipLws()) {
      throw lx.error("white space before the sent-by host");
    }
    this.hostStart = lx.position();
    this.hostEnd = sentByEnd(lx);
    this.hostKind = Host.check(s, hostStart, hostEnd, lx.what());
    lx.position(hostEnd);
    int sentByPort = -1;
    if (lx.consume(':')) {
      long n = lx.number(5, "a port number");
      if (n > 65535) {
        throw lx.error("a port number from 0 to 65535");
      }
      sentByPort = (int) n;
    }
    this.port = sentByPort;
    this.parameters = Parameters.parse(lx);
    checkParameters(parameters, lx);
    this.end = lx.position();
  }

  private static int sentByEnd(Lexer lx) {
    String s = lx.text();
    int p = lx.position();
    if (lx.peek() == '[') {
      p = s.indexOf(']', p);
      return p < 0 || p >= lx.end() ? lx.end() : p + 1;
    }
    while (p < lx.end() && ":;, \t\r\n".indexOf(s.charAt(p)) < 0) {
      p++;
    }
    return p;
  }

  /**
   * Parses one Via value.
   *
   * @throws SipParseException if the value breaks the §20.42 grammar
   */
  public static Via parse(String value) throws SipParseException {
    Lexer lx = new Lexer(value, "Via");
    Via via = parse(lx);
    lx.expectEnd("the end of the Via value");
    return via;
  }

  /**
   * Reads one Via value, stopping before a comma or at the end.
   *
   * @throws SipParseException if the value breaks the §20.42 grammar
   */
  public static Via parse(Lexer lx) throws SipParseException {
    return new Via(lx);
  }

  private static String transport(String s, int start, int end) {
    for (String t : TRANSPORTS) {
      if (t.length() == end - start && Lexer.equalsIgnoreCase(s, start, t)) {
        return t;
      }
    }
    return s.substring(start, end).toUpperCase(Locale.ROOT);
  }

  /**
   * Checks the parameters whose values have a grammar of their own (§20.42, RFC 3581) in one pass
   * over the list; the first of each name is the one accessors read.
   */
  private static void checkParameters(Parameters params, Lexer lx) throws SipParseException {
    boolean received = false;
    boolean maddr = false;
    boolean rport = false;
    boolean branch = false;
    for (int i = 0; i < params.size(); i++) {
      if (!received && params.nameIs(i, "received")) {
        received = true;
        checkHost(params, i, "received", lx);
      } else if (!maddr && params.nameIs(i, "maddr")) {
        maddr = true;
        checkHost(params, i, "maddr", lx);
      } else if (!rport && params.nameIs(i, "rport")) {
        rport = true;
        checkRport(params.value(i), lx);
      } else if (!branch && params.nameIs(i, "branch")) {
        branch = true;
        if (!params.hasValue(i)) {
          throw lx.error("a token as the value of branch");
        }
      }
    }
  }

  private static void checkRport(String rport, Lexer lx) throws SipParseException {
    if (rport == null) {
      return;
    }
    int n = 0;
    for (int i = 0; i < rport.length(); i++) {
      char c = rport.charAt(i);
      if (c < '0' || c > '9' || i >= 5) {
        throw lx.error("a port number as the value of rport");
      }
      n = n * 10 + (c - '0');
    }
    if (n > 65535) {
      throw lx.error("a port number as the value of rport");
    }
  }

  private static void checkHost(Parameters params, int i, String name, Lexer lx)
      throws SipParseException {
    String value = params.value(i);
    if (value == null) {
      throw lx.error("a host as the value of " + name);
    }
    Host.parseParameter(value);
  }

  /** The protocol and version, normally {@code SIP/2.0}. */
  public String protocol() {
    return protocol;
  }

  /** The transport token in upper case ({@code UDP}, {@code TCP}, {@code TLS}, ...). */
  public String transport() {
    return transport;
  }

  /** The sent-by host. */
  public Host host() {
    Host h = host;
    if (h == null) {
      h = Host.of(hostKind, source, hostStart, hostEnd);
      host = h;
    }
    return h;
  }

  /** The sent-by port, or -1 if absent. */
  public int port() {
    return port;
  }

  /** All parameters. */
  public Parameters parameters() {
    return parameters;
  }

  /** The branch parameter, if present. */
  public Optional<String> branch() {
    return Optional.ofNullable(parameters.valueOf("branch"));
  }

  /**
   * Whether the branch starts with the magic cookie and has more after it, so the transaction can
   * be matched by branch (RFC 3261 §17.2.3); otherwise RFC 2543 matching applies (RFC 4475 §3.2.1).
   */
  public boolean hasRfc3261Branch() {
    String b = parameters.valueOf("branch");
    return b != null && b.length() > MAGIC_COOKIE.length() && b.startsWith(MAGIC_COOKIE);
  }

  /** The received parameter (RFC 3261 §18.2.1), if present. */
  public Optional<String> received() {
    return Optional.ofNullable(parameters.valueOf("received"));
  }

  /**
   * The rport parameter (RFC 3581): empty if absent, a present-but-empty {@code OptionalInt} is not
   * possible, so a bare {@code ;rport} reports 0.
   */
  public OptionalInt rport() {
    if (!parameters.has("rport")) {
      return OptionalInt.empty();
    }
    String v = parameters.valueOf("rport");
    return OptionalInt.of(v == null || v.isEmpty() ? 0 : Integer.parseInt(v));
  }

  /** The maddr parameter, if present. */
  public Optional<String> maddr() {
    return Optional.ofNullable(parameters.valueOf("maddr"));
  }

  /** The Via value exactly as written. */
  @Override
  public String toString() {
    return start == 0 && end == source.length() ? source : source.substring(start, end);
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof Via other
        && protocol.equalsIgnoreCase(other.protocol)
        && transport.equalsIgnoreCase(other.transport)
        && host().equals(other.host())
        && port == other.port
        && parameters.equals(other.parameters);
  }

  @Override
  public int hashCode() {
    return host().hashCode() * 31 + port;
  }
}
