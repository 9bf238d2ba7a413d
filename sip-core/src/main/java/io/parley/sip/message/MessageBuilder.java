package io.parley.sip.message;

import io.parley.sip.header.HeaderName;
import io.parley.sip.syntax.Lexer;
import io.parley.sip.syntax.SipParseException;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * Builds a new message: start line, headers in the order added, body. Not thread-safe.
 *
 * <p>Headers copied from a parsed message keep their exact bytes; added headers are written
 * canonically as {@code Name: value}. {@code build()} always writes a Content-Length that matches
 * the body, then parses the result, so a built message obeys every rule a parsed one does.
 *
 * @param <B> the concrete builder, for chaining
 */
public abstract sealed class MessageBuilder<B extends MessageBuilder<B>>
    permits RequestBuilder, ResponseBuilder {

  private static final SipParser PARSER =
      new SipParser(ParseLimits.DEFAULT.withMaxMessageSize(Integer.MAX_VALUE));

  private record Entry(String name, HeaderName known, String value, byte[] raw) {}

  private final List<Entry> entries = new ArrayList<>();
  private byte[] body = new byte[0];

  MessageBuilder() {}

  MessageBuilder(SipMessage m) {
    for (int i = 0; i < m.headerCount(); i++) {
      entries.add(
          new Entry(m.headerName(i), m.knownName(i).orElse(null), m.headerValue(i), m.rawLine(i)));
    }
    body = m.body();
  }

  abstract B self();

  abstract String startLine();

  /**
   * Appends a header line.
   *
   * @throws IllegalArgumentException if the value contains CR or LF (header injection)
   */
  public B add(HeaderName name, String value) {
    entries.add(new Entry(name.canonical(), name, checkValue(name.canonical(), value), null));
    return self();
  }

  /**
   * Appends a header line with any name; known names (also compact ones) are recognised.
   *
   * @throws IllegalArgumentException if the name is not a token or the value contains CR or LF
   */
  public B add(String name, String value) {
    if (!Lexer.isToken(name)) {
      throw new IllegalArgumentException("header name must be a token: '" + name + "'");
    }
    entries.add(new Entry(name, HeaderName.of(name).orElse(null), checkValue(name, value), null));
    return self();
  }

  /**
   * Replaces every line of header {@code name} with one line holding {@code value}, at the place of
   * the first; appends if there was none.
   *
   * @throws IllegalArgumentException if the value contains CR or LF
   */
  public B set(HeaderName name, String value) {
    Entry entry = new Entry(name.canonical(), name, checkValue(name.canonical(), value), null);
    int first = -1;
    for (int i = entries.size() - 1; i >= 0; i--) {
      if (entries.get(i).known == name) {
        entries.remove(i);
        first = i;
      }
    }
    if (first < 0) {
      entries.add(entry);
    } else {
      entries.add(first, entry);
    }
    return self();
  }

  /** Removes every line of header {@code name}. */
  public B remove(HeaderName name) {
    entries.removeIf(e -> e.known == name);
    return self();
  }

  /** Removes every line whose name equals {@code name} in any case (or is that known header). */
  public B remove(String name) {
    Optional<HeaderName> known = HeaderName.of(name);
    if (known.isPresent()) {
      return remove(known.get());
    }
    entries.removeIf(e -> e.known == null && e.name.equalsIgnoreCase(name));
    return self();
  }

  /** The value of the first line of header {@code name}, if present. */
  public Optional<String> value(HeaderName name) {
    return entries.stream().filter(e -> e.known == name).map(Entry::value).findFirst();
  }

  /**
   * Sets the body and its Content-Type.
   *
   * @throws IllegalArgumentException if the content type contains CR or LF
   */
  public B body(String contentType, byte[] content) {
    set(HeaderName.CONTENT_TYPE, contentType);
    body = content.clone();
    return self();
  }

  /** Sets the body without touching Content-Type. */
  public B body(byte[] content) {
    body = content.clone();
    return self();
  }

  /** Removes the body and the Content-Type. */
  public B clearBody() {
    remove(HeaderName.CONTENT_TYPE);
    body = new byte[0];
    return self();
  }

  static String checkValue(String name, String value) {
    Objects.requireNonNull(value, name);
    for (int i = 0; i < value.length(); i++) {
      char c = value.charAt(i);
      if (c == '\r' || c == '\n') {
        throw new IllegalArgumentException(name + " value may not contain CR or LF: " + value);
      }
    }
    return value.strip();
  }

  /** The bytes of the message: start line, headers, a matching Content-Length, body. */
  byte[] encode() {
    ByteArrayOutputStream out = new ByteArrayOutputStream(256 + body.length);
    write(out, startLine());
    write(out, "\r\n");
    String length = Integer.toString(body.length);
    boolean wroteLength = false;
    for (Entry e : entries) {
      if (e.known == HeaderName.CONTENT_LENGTH) {
        if (!wroteLength) {
          if (e.raw != null && e.value.equals(length)) {
            out.writeBytes(e.raw);
          } else {
            write(out, "Content-Length: " + length + "\r\n");
          }
          wroteLength = true;
        }
      } else if (e.raw != null) {
        out.writeBytes(e.raw);
      } else {
        write(out, e.name + ": " + e.value + "\r\n");
      }
    }
    if (!wroteLength) {
      write(out, "Content-Length: " + length + "\r\n");
    }
    write(out, "\r\n");
    out.writeBytes(body);
    return out.toByteArray();
  }

  private static void write(ByteArrayOutputStream out, String s) {
    out.writeBytes(s.getBytes(StandardCharsets.UTF_8));
  }

  SipMessage buildMessage() {
    try {
      return PARSER.parseFramed(encode());
    } catch (SipParseException e) {
      throw new IllegalStateException("the built message is not valid SIP: " + e.getMessage(), e);
    }
  }
}
