package io.parley.sip.header;

import io.parley.sip.syntax.Lexer;
import io.parley.sip.syntax.SipParseException;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * The shared shape of challenges and credentials (RFC 3261 §20.27, §20.44, RFC 7235 §2.1): a
 * scheme, then comma-separated {@code name=value} parameters (values token or quoted), or a single
 * token68 blob.
 */
final class AuthParams {

  final String scheme;
  final List<Map.Entry<String, String>> params;
  final String token68;

  private AuthParams(String scheme, List<Map.Entry<String, String>> params, String token68) {
    this.scheme = scheme;
    this.params = params;
    this.token68 = token68;
  }

  static AuthParams parse(String value, String what) throws SipParseException {
    Lexer lx = new Lexer(value, what);
    String scheme = lx.token("an authentication scheme");
    if (lx.atEnd()) {
      return new AuthParams(scheme, List.of(), null);
    }
    if (!lx.skipLws()) {
      throw lx.error("white space after the authentication scheme");
    }
    String blob = token68(lx);
    if (blob != null) {
      return new AuthParams(scheme, List.of(), blob);
    }
    List<Map.Entry<String, String>> params = new ArrayList<>();
    do {
      String name = lx.token("an authentication parameter name");
      lx.expect('=', "'=' after " + name);
      lx.skipLws();
      String v = lx.peek() == '"' ? lx.quotedString() : lx.token("a token or quoted value");
      params.add(Map.entry(name.toLowerCase(Locale.ROOT), v));
    } while (lx.consume(','));
    lx.expectEnd("',' or the end after an authentication parameter");
    return new AuthParams(scheme, Collections.unmodifiableList(params), null);
  }

  /** Reads a token68 blob (RFC 7235 §2.1) if that is all that is left; else reads nothing. */
  private static String token68(Lexer lx) {
    String s = lx.text();
    int start = lx.position();
    int p = start;
    while (p < lx.end()
        && (Character.isLetterOrDigit(s.charAt(p)) || "-._~+/".indexOf(s.charAt(p)) >= 0)) {
      p++;
    }
    int body = p;
    while (p < lx.end() && s.charAt(p) == '=') {
      p++;
    }
    int q = p;
    while (q < lx.end() && Character.isWhitespace(s.charAt(q))) {
      q++;
    }
    if (body == start || q < lx.end()) {
      return null;
    }
    lx.position(q);
    return s.substring(start, p);
  }

  Optional<String> get(String name) {
    for (Map.Entry<String, String> e : params) {
      if (e.getKey().equalsIgnoreCase(name)) {
        return Optional.of(e.getValue());
      }
    }
    return Optional.empty();
  }
}
