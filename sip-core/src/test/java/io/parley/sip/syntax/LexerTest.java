package io.parley.sip.syntax;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class LexerTest {

  @Test
  void rfc3261Section25_1_tokenStopsAtSeparators() throws Exception {
    Lexer lx = new Lexer("  abc-1.!%*_+`'~;x", "t");
    assertThat(lx.token("token")).isEqualTo("abc-1.!%*_+`'~");
    assertThat(lx.peek()).isEqualTo(';');
  }

  @Test
  void rfc3261Section25_1_quotedStringWithEscapedQuoteAndBackslash() throws Exception {
    Lexer lx = new Lexer("\"a \\\"b\\\" \\\\c\" rest", "t");
    assertThat(lx.quotedString()).isEqualTo("a \"b\" \\c");
    assertThat(lx.position()).isEqualTo(13);
  }

  @Test
  void rfc3261Section7_3_1_tokensCompareAsciiCaseInsensitively() {
    assertThat(Lexer.equalsIgnoreCase(";BrAnCh=1", 1, "branch")).isTrue();
    assertThat(Lexer.equalsIgnoreCase("x-y", 0, "X-Y")).isTrue();
    // '@' and '`' differ only in bit 0x20 but are not letters, so they must not match
    assertThat(Lexer.equalsIgnoreCase("a@", 0, "a`")).isFalse();
    assertThat(Lexer.equalsIgnoreCase("bran", 0, "branch")).isFalse();
    assertThat(Lexer.equalsIgnoreCase("branch", -1, "branch")).isFalse();
  }

  @Test
  void rfc3261Section25_1_emptyQuotedString() throws Exception {
    assertThat(new Lexer("\"\"", "t").quotedString()).isEmpty();
  }

  @Test
  void rfc3261Section25_1_quoteRoundTrips() throws Exception {
    String original = "say \"x\" \\ y";
    assertThat(new Lexer(Lexer.quote(original), "t").quotedString()).isEqualTo(original);
  }

  @Test
  void rfc3261Section25_1_numberLongerThanAllowedIsRejected() {
    assertThatThrownBy(() -> new Lexer("12345678901", "CSeq").number(10, "a number"))
        .isInstanceOf(SipParseException.class)
        .hasMessageContaining("at most 10 digits")
        .hasMessageContaining("CSeq");
  }

  @Test
  void rfc3261Section7_3_1_lwsIncludesLineFolding() {
    Lexer lx = new Lexer(" \r\n\tx", "t");
    assertThat(lx.skipLws()).isTrue();
    assertThat(lx.peek()).isEqualTo('x');
  }
}
