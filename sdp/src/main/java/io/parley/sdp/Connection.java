package io.parley.sdp;

import java.util.List;

/**
 * The {@code c=} line (RFC 8866 §5.7): where media is sent.
 *
 * <p>{@code c=IN IP4 0.0.0.0} is the RFC 2543 way to put a call on hold; RFC 3264 §8.4 asks an
 * answerer to still understand it, see {@link #isHoldAddress()}.
 *
 * @param netType {@code IN}
 * @param addrType {@code IP4} or {@code IP6}
 * @param address the connection address, with {@code /ttl} and {@code /count} for multicast
 */
public record Connection(String netType, String addrType, String address) {

  /**
   * Checks the fields.
   *
   * @throws IllegalArgumentException if a field is empty or holds white space
   */
  public Connection {
    Syntax.checkWord(netType, "c= nettype");
    Syntax.checkWord(addrType, "c= addrtype");
    Syntax.checkWord(address, "c= connection-address");
  }

  /** An {@code IN IP4} or {@code IN IP6} connection; a colon in {@code address} means IP6. */
  public static Connection of(String address) {
    return new Connection("IN", addrTypeOf(address), address);
  }

  static String addrTypeOf(String address) {
    return address.indexOf(':') >= 0 ? "IP6" : "IP4";
  }

  static Connection parse(String value) throws SdpParseException {
    List<String> f = Syntax.fields(value);
    Syntax.require(f.size() == 3, "c=" + value, "<nettype> <addrtype> <connection-address>");
    return new Connection(f.get(0), f.get(1), f.get(2));
  }

  /** The address without any multicast {@code /ttl/count} suffix. */
  public String host() {
    int slash = address.indexOf('/');
    return slash < 0 ? address : address.substring(0, slash);
  }

  /** Whether this is the old hold form {@code IN IP4 0.0.0.0} (RFC 3264 §8.4). */
  public boolean isHoldAddress() {
    return "IP4".equalsIgnoreCase(addrType) && "0.0.0.0".equals(host());
  }

  /** The line value after {@code c=}. */
  @Override
  public String toString() {
    return netType + " " + addrType + " " + address;
  }
}
