package io.parley.sip.header;

import io.parley.sip.syntax.Lexer;
import io.parley.sip.syntax.SipParseException;

/**
 * A header with a typed value: its name, how one value is read, and whether a line may carry
 * several comma-separated values. The constants live in {@link Headers}.
 *
 * @param <T> the type of one value
 */
public final class HeaderType<T> {

  /** Reads one value from a lexer positioned at its start, stopping before a comma or the end. */
  @FunctionalInterface
  public interface ValueParser<T> {
    /**
     * Reads one value.
     *
     * @throws SipParseException if the text breaks the header's grammar
     */
    T parse(Lexer lx) throws SipParseException;
  }

  private final HeaderName name;
  private final ValueParser<T> parser;
  private final boolean list;

  private HeaderType(HeaderName name, ValueParser<T> parser, boolean list) {
    this.name = name;
    this.parser = parser;
    this.list = list;
  }

  /** A header with one value per line. */
  public static <T> HeaderType<T> single(HeaderName name, ValueParser<T> parser) {
    return new HeaderType<>(name, parser, false);
  }

  /** A header whose lines hold comma-separated values (RFC 3261 §7.3.1). */
  public static <T> HeaderType<T> list(HeaderName name, ValueParser<T> parser) {
    return new HeaderType<>(name, parser, true);
  }

  /** The header name. */
  public HeaderName name() {
    return name;
  }

  /** Whether one line may hold several comma-separated values. */
  public boolean isList() {
    return list;
  }

  /**
   * Reads one value; for a list, the caller handles the commas.
   *
   * @throws SipParseException if the text breaks the header's grammar
   */
  public T parseOne(Lexer lx) throws SipParseException {
    return parser.parse(lx);
  }

  @Override
  public String toString() {
    return name.canonical();
  }
}
