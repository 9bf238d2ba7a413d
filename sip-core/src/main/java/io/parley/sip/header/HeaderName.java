package io.parley.sip.header;

import java.util.Optional;

/**
 * The header names Parley knows, with their long and compact forms (RFC 3261 §7.3.3 and the
 * extensions that define compact forms).
 *
 * <p>Lookup is case-insensitive and allocation-free on the parse path. Headers with other names are
 * kept as written and reached by their name string.
 */
public enum HeaderName {
  ACCEPT("Accept", (char) 0, true),
  ACCEPT_CONTACT("Accept-Contact", 'a', true),
  ACCEPT_ENCODING("Accept-Encoding", (char) 0, true),
  ACCEPT_LANGUAGE("Accept-Language", (char) 0, true),
  ALERT_INFO("Alert-Info", (char) 0, true),
  ALLOW("Allow", (char) 0, true),
  ALLOW_EVENTS("Allow-Events", 'u', true),
  ANSWER_MODE("Answer-Mode", (char) 0, false),
  AUTHENTICATION_INFO("Authentication-Info", (char) 0, false),
  AUTHORIZATION("Authorization", (char) 0, false),
  CALL_ID("Call-ID", 'i', false),
  CALL_INFO("Call-Info", (char) 0, true),
  CONTACT("Contact", 'm', true),
  CONTENT_DISPOSITION("Content-Disposition", (char) 0, false),
  CONTENT_ENCODING("Content-Encoding", 'e', true),
  CONTENT_LANGUAGE("Content-Language", (char) 0, true),
  CONTENT_LENGTH("Content-Length", 'l', false),
  CONTENT_TYPE("Content-Type", 'c', false),
  CSEQ("CSeq", (char) 0, false),
  DATE("Date", (char) 0, false),
  DIVERSION("Diversion", (char) 0, true),
  ERROR_INFO("Error-Info", (char) 0, true),
  EVENT("Event", 'o', false),
  EXPIRES("Expires", (char) 0, false),
  FROM("From", 'f', false),
  IDENTITY("Identity", 'y', false),
  IN_REPLY_TO("In-Reply-To", (char) 0, true),
  MAX_FORWARDS("Max-Forwards", (char) 0, false),
  MIME_VERSION("MIME-Version", (char) 0, false),
  MIN_EXPIRES("Min-Expires", (char) 0, false),
  MIN_SE("Min-SE", (char) 0, false),
  ORGANIZATION("Organization", (char) 0, false),
  P_ASSERTED_IDENTITY("P-Asserted-Identity", (char) 0, true),
  P_PREFERRED_IDENTITY("P-Preferred-Identity", (char) 0, true),
  PATH("Path", (char) 0, true),
  PRIORITY("Priority", (char) 0, false),
  PRIVACY("Privacy", (char) 0, false),
  PROXY_AUTHENTICATE("Proxy-Authenticate", (char) 0, false),
  PROXY_AUTHORIZATION("Proxy-Authorization", (char) 0, false),
  PROXY_REQUIRE("Proxy-Require", (char) 0, true),
  RACK("RAck", (char) 0, false),
  REASON("Reason", (char) 0, true),
  RECORD_ROUTE("Record-Route", (char) 0, true),
  REFER_TO("Refer-To", 'r', false),
  REFERRED_BY("Referred-By", 'b', false),
  REJECT_CONTACT("Reject-Contact", 'j', true),
  REPLACES("Replaces", (char) 0, false),
  REPLY_TO("Reply-To", (char) 0, false),
  REQUEST_DISPOSITION("Request-Disposition", 'd', true),
  REQUIRE("Require", (char) 0, true),
  RETRY_AFTER("Retry-After", (char) 0, false),
  ROUTE("Route", (char) 0, true),
  RSEQ("RSeq", (char) 0, false),
  SERVER("Server", (char) 0, false),
  SERVICE_ROUTE("Service-Route", (char) 0, true),
  SESSION_EXPIRES("Session-Expires", 'x', false),
  SUBJECT("Subject", 's', false),
  SUBSCRIPTION_STATE("Subscription-State", (char) 0, false),
  SUPPORTED("Supported", 'k', true),
  TIMESTAMP("Timestamp", (char) 0, false),
  TO("To", 't', false),
  UNSUPPORTED("Unsupported", (char) 0, true),
  USER_AGENT("User-Agent", (char) 0, false),
  VIA("Via", 'v', true),
  WARNING("Warning", (char) 0, true),
  WWW_AUTHENTICATE("WWW-Authenticate", (char) 0, false);

  private static final HeaderName[] COMPACT = new HeaderName[128];
  private static final int MAX_LENGTH = 24;

  /** Candidates by name length, then by lower-case first letter: one or two names to compare. */
  private static final HeaderName[][][] BY_LENGTH = new HeaderName[MAX_LENGTH + 1][][];

  static {
    for (HeaderName h : values()) {
      if (h.compact != 0) {
        COMPACT[h.compact] = h;
        COMPACT[Character.toUpperCase(h.compact)] = h;
      }
      int len = h.canonical.length();
      if (BY_LENGTH[len] == null) {
        BY_LENGTH[len] = new HeaderName[26][];
      }
      int first = Character.toLowerCase(h.canonical.charAt(0)) - 'a';
      HeaderName[] old = BY_LENGTH[len][first];
      HeaderName[] grown =
          old == null ? new HeaderName[1] : java.util.Arrays.copyOf(old, old.length + 1);
      grown[grown.length - 1] = h;
      BY_LENGTH[len][first] = grown;
    }
  }

  private final String canonical;
  private final char compact;
  private final boolean list;

  HeaderName(String canonical, char compact, boolean list) {
    this.canonical = canonical;
    this.compact = compact;
    this.list = list;
  }

  /** The long form as RFCs spell it ({@code Call-ID}, {@code WWW-Authenticate}). */
  public String canonical() {
    return canonical;
  }

  /** The compact form, if the header has one ({@code v} for Via). */
  public Optional<Character> compact() {
    return compact == 0 ? Optional.empty() : Optional.of(compact);
  }

  /**
   * Whether several values may share one header line separated by commas (RFC 3261 §7.3.1).
   * Authentication headers are not lists: their commas separate parameters.
   */
  public boolean isList() {
    return list;
  }

  /** Whether {@code name} (long or compact form, any case) names this header. */
  public boolean matches(String name) {
    return name.equalsIgnoreCase(canonical)
        || (compact != 0 && name.length() == 1 && Character.toLowerCase(name.charAt(0)) == compact);
  }

  /** Looks up a name (long or compact form, any case); empty for headers Parley does not know. */
  public static Optional<HeaderName> of(String name) {
    byte[] ascii = name.getBytes(java.nio.charset.StandardCharsets.ISO_8859_1);
    return Optional.ofNullable(lookup(ascii, 0, ascii.length));
  }

  /**
   * Looks up the name in {@code bytes[start, end)} (ASCII, any case) without allocating.
   *
   * @return the header, or {@code null} if Parley does not know it
   */
  public static HeaderName lookup(byte[] bytes, int start, int end) {
    int len = end - start;
    if (len == 1) {
      int c = bytes[start];
      return c >= 0 ? COMPACT[c] : null;
    }
    if (len > MAX_LENGTH || BY_LENGTH[len] == null) {
      return null;
    }
    int first = (bytes[start] | 0x20) - 'a';
    if (first < 0 || first >= 26) {
      return null;
    }
    HeaderName[] candidates = BY_LENGTH[len][first];
    if (candidates != null) {
      for (HeaderName n : candidates) {
        if (equalsIgnoreCase(n.canonical, bytes, start)) {
          return n;
        }
      }
    }
    return null;
  }

  private static boolean equalsIgnoreCase(String name, byte[] bytes, int start) {
    for (int i = 1; i < name.length(); i++) {
      int a = name.charAt(i);
      int b = bytes[start + i];
      if (a != b && (a | 0x20) != (b | 0x20) || ((a | 0x20) < 'a' || (a | 0x20) > 'z') && a != b) {
        return false;
      }
    }
    return true;
  }

  @Override
  public String toString() {
    return canonical;
  }
}
