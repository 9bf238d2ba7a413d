package io.parley.sdp;

import java.util.List;

/**
 * The {@code o=} line (RFC 8866 §5.2): who created the session and which version of it this is.
 *
 * <p>RFC 3264 §8 requires the session version to grow by one with every changed description.
 *
 * @param username the user name, {@code -} when there is none
 * @param sessionId a numeric string unique for the creator
 * @param sessionVersion the version, incremented on every change
 * @param netType {@code IN}
 * @param addrType {@code IP4} or {@code IP6}
 * @param unicastAddress the creator's address or host name
 */
public record Origin(
    String username,
    String sessionId,
    long sessionVersion,
    String netType,
    String addrType,
    String unicastAddress) {

  /**
   * Checks the fields.
   *
   * @throws IllegalArgumentException if a field is empty or holds white space, or the version is
   *     negative
   */
  public Origin {
    Syntax.checkWord(username, "o= username");
    Syntax.checkWord(sessionId, "o= sess-id");
    Syntax.checkWord(netType, "o= nettype");
    Syntax.checkWord(addrType, "o= addrtype");
    Syntax.checkWord(unicastAddress, "o= unicast-address");
    if (sessionVersion < 0) {
      throw new IllegalArgumentException("o= sess-version must be >= 0: " + sessionVersion);
    }
  }

  /** An {@code IN} origin whose address type follows from the address (a colon means IP6). */
  public static Origin of(String username, String sessionId, long sessionVersion, String address) {
    return new Origin(
        username, sessionId, sessionVersion, "IN", Connection.addrTypeOf(address), address);
  }

  static Origin parse(String value) throws SdpParseException {
    String text = "o=" + value;
    List<String> f = Syntax.fields(value);
    Syntax.require(
        f.size() == 6,
        text,
        "<username> <sess-id> <sess-version> <nettype> <addrtype> <unicast-address>");
    long version =
        Syntax.number(f.get(2), 0, Long.MAX_VALUE, text, "a numeric sess-version below 2^63");
    return new Origin(f.get(0), f.get(1), version, f.get(3), f.get(4), f.get(5));
  }

  /** This origin with another session version. */
  public Origin withSessionVersion(long version) {
    return new Origin(username, sessionId, version, netType, addrType, unicastAddress);
  }

  /** The line value after {@code o=}. */
  @Override
  public String toString() {
    return String.join(
        " ", username, sessionId, Long.toString(sessionVersion), netType, addrType, unicastAddress);
  }
}
