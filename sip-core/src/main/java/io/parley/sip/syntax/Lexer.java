package io.parley.sip.syntax;

/**
 * A cursor over one header value or URI that reads the RFC 3261 §25.1 lexical elements.
 *
 * <p>Header values reach the lexer already unfolded, but CR and LF still count as white space so
 * that a raw value is read the same way. Every read that fails throws {@link SipParseException}
 * with the offset inside the text and the name given at construction.
 */
public final class Lexer {

  private static final boolean[] TOKEN = new boolean[128];
  private static final boolean[] WORD = new boolean[128];

  static {
    for (char c = 'a'; c <= 'z'; c++) {
      TOKEN[c] = true;
      TOKEN[c - 32] = true;
    }
    for (char c = '0'; c <= '9'; c++) {
      TOKEN[c] = true;
    }
    for (char c : "-.!%*_+`'~".toCharArray()) {
      TOKEN[c] = true;
    }
    System.arraycopy(TOKEN, 0, WORD, 0, 128);
    for (char c : "()<>:\\\"/[]?{}".toCharArray()) {
      WORD[c] = true;
    }
  }

  private String text;
  private String what;
  private int end;
  private int pos;
  private int maxUriLength = 4096;

  /**
   * Creates a lexer over {@code text}.
   *
   * @param text the value to read
   * @param what the header (or element) name that errors report
   */
  public Lexer(String text, String what) {
    this(text, 0, text.length(), what);
  }

  /** Creates a lexer over {@code text[start, end)}; offsets in errors count from 0 of text. */
  public Lexer(String text, int start, int end, String what) {
    this.text = text;
    this.pos = start;
    this.end = end;
    this.what = what;
  }

  /**
   * Points this lexer at new text, so one lexer can read many values without allocating.
   *
   * @return this lexer
   */
  public Lexer reset(String newText, String newWhat) {
    this.text = newText;
    this.what = newWhat;
    this.pos = 0;
    this.end = newText.length();
    return this;
  }

  /**
   * Skips white space and a token without copying it; returns the token's start offset.
   *
   * @throws SipParseException if no token character is next
   */
  public int skipToken(String description) throws SipParseException {
    skipLws();
    int start = pos;
    while (pos < end && isTokenChar(text.charAt(pos))) {
      pos++;
    }
    if (pos == start) {
      throw error(description);
    }
    return start;
  }

  /** {@code text[start, end)}, without copying when that is the whole text. */
  public String slice(int start, int stop) {
    return start == 0 && stop == text.length() ? text : text.substring(start, stop);
  }

  /** RFC 3261 token character ({@code alphanum / "-" / "." / "!" / "%" / ...}). */
  public static boolean isTokenChar(char c) {
    return c < 128 && TOKEN[c];
  }

  /** RFC 3261 {@code word} character, as used in Call-ID. */
  public static boolean isWordChar(char c) {
    return c < 128 && WORD[c];
  }

  /**
   * Whether {@code s[start, start + name.length())} spells {@code name}, ASCII letters compared
   * without regard to case, as RFC 3261 compares tokens (§7.3.1). Never throws: a region that runs
   * past the end of {@code s} does not match.
   *
   * <p>Written out rather than calling {@code String.regionMatches(true, ...)}: every parameter,
   * scheme and transport lookup lands here, and the JDK's Unicode-aware case folding is several
   * times slower for these short ASCII names.
   */
  public static boolean equalsIgnoreCase(String s, int start, String name) {
    int n = name.length();
    if (start < 0 || start > s.length() - n) {
      return false;
    }
    for (int i = 0; i < n; i++) {
      char a = s.charAt(start + i);
      char b = name.charAt(i);
      if (a != b) {
        int la = a | 0x20;
        if (la != (b | 0x20) || la < 'a' || la > 'z') {
          return false;
        }
      }
    }
    return true;
  }

  /** Whether {@code s} is a non-empty RFC 3261 token. */
  public static boolean isToken(String s) {
    if (s.isEmpty()) {
      return false;
    }
    for (int i = 0; i < s.length(); i++) {
      if (!isTokenChar(s.charAt(i))) {
        return false;
      }
    }
    return true;
  }

  /** The text being read. */
  public String text() {
    return text;
  }

  /** Current offset into {@link #text()}. */
  public int position() {
    return pos;
  }

  /** Moves the cursor; used after a sub-parser consumed part of the text. */
  public void position(int newPosition) {
    pos = newPosition;
  }

  /** Offset where reading stops. */
  public int end() {
    return end;
  }

  /** Whether the cursor reached the end. */
  public boolean atEnd() {
    return pos >= end;
  }

  /** The next character, or {@code 0} at the end. */
  public char peek() {
    return pos < end ? text.charAt(pos) : 0;
  }

  /** Skips linear white space (SP, HTAB, CR, LF) and returns whether any was skipped. */
  public boolean skipLws() {
    int start = pos;
    while (pos < end) {
      char c = text.charAt(pos);
      if (c != ' ' && c != '\t' && c != '\r' && c != '\n') {
        break;
      }
      pos++;
    }
    return pos > start;
  }

  /** Skips white space, then consumes {@code c} if it is next; returns whether it did. */
  public boolean consume(char c) {
    int save = pos;
    skipLws();
    if (pos < end && text.charAt(pos) == c) {
      pos++;
      return true;
    }
    pos = save;
    return false;
  }

  /**
   * Skips white space and consumes {@code c}.
   *
   * @throws SipParseException naming {@code description} if {@code c} is not next
   */
  public void expect(char c, String description) throws SipParseException {
    if (!consume(c)) {
      throw error(description);
    }
  }

  /**
   * Skips white space and reads a token.
   *
   * @throws SipParseException if no token character is next
   */
  public String token(String description) throws SipParseException {
    skipLws();
    int start = pos;
    while (pos < end && isTokenChar(text.charAt(pos))) {
      pos++;
    }
    if (pos == start) {
      throw error(description);
    }
    return text.substring(start, pos);
  }

  /**
   * Reads the characters up to (not including) the first of {@code stops}, white space, or the end.
   */
  public String until(String stops) {
    int start = pos;
    while (pos < end) {
      char c = text.charAt(pos);
      if (c == ' ' || c == '\t' || c == '\r' || c == '\n' || stops.indexOf(c) >= 0) {
        break;
      }
      pos++;
    }
    return text.substring(start, pos);
  }

  /**
   * Skips white space and reads a quoted string, returning its content with quoted-pairs resolved.
   *
   * @throws SipParseException if no {@code "} is next or the closing quote is missing
   */
  public String quotedString() throws SipParseException {
    skipLws();
    if (peek() != '"') {
      throw error("'\"' opening a quoted string");
    }
    int close = closingQuote(text, pos, end);
    if (close < 0) {
      throw error("'\"' closing the quoted string");
    }
    String content = unquote(text, pos + 1, close);
    pos = close + 1;
    return content;
  }

  /**
   * Returns the offset of the quote closing the quoted string that opens at {@code open}, or -1.
   */
  public static int closingQuote(String s, int open, int end) {
    for (int i = open + 1; i < end; i++) {
      char c = s.charAt(i);
      if (c == '\\') {
        i++;
      } else if (c == '"') {
        return i;
      }
    }
    return -1;
  }

  /** Resolves quoted-pairs ({@code \x} becomes {@code x}) in {@code s[start, end)}. */
  public static String unquote(String s, int start, int end) {
    int slash = s.indexOf('\\', start);
    if (slash < 0 || slash >= end) {
      return s.substring(start, end);
    }
    StringBuilder out = new StringBuilder(end - start);
    for (int i = start; i < end; i++) {
      char c = s.charAt(i);
      if (c == '\\' && i + 1 < end) {
        c = s.charAt(++i);
      }
      out.append(c);
    }
    return out.toString();
  }

  /** Quotes {@code s} as an RFC 3261 quoted-string, escaping {@code "} and {@code \}. */
  public static String quote(String s) {
    StringBuilder out = new StringBuilder(s.length() + 2).append('"');
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      if (c == '"' || c == '\\') {
        out.append('\\');
      }
      out.append(c);
    }
    return out.append('"').toString();
  }

  /**
   * Skips white space and reads an unsigned decimal number of at most {@code maxDigits} digits.
   *
   * @throws SipParseException if no digit is next or the number is longer than {@code maxDigits}
   */
  public long number(int maxDigits, String description) throws SipParseException {
    skipLws();
    int start = pos;
    long value = 0;
    while (pos < end && text.charAt(pos) >= '0' && text.charAt(pos) <= '9') {
      if (pos - start >= maxDigits) {
        throw error(description + " of at most " + maxDigits + " digits");
      }
      value = value * 10 + (text.charAt(pos) - '0');
      pos++;
    }
    if (pos == start) {
      throw error(description);
    }
    return value;
  }

  /**
   * Checks that only white space remains.
   *
   * @throws SipParseException naming what may not follow
   */
  public void expectEnd(String description) throws SipParseException {
    skipLws();
    if (pos < end) {
      throw error(description);
    }
  }

  /** An error at the current position: "expected {@code description}". */
  public SipParseException error(String description) {
    return new SipParseException(pos, what, description);
  }

  /** An error at {@code offset}: "expected {@code description}". */
  public SipParseException errorAt(int offset, String description) {
    return new SipParseException(offset, what, description);
  }

  /** Longest URI a header parser should accept (RFC 3261 sets none; Parley defaults to 4096). */
  public int maxUriLength() {
    return maxUriLength;
  }

  /** Sets the longest URI accepted; see {@link #maxUriLength()}. Returns this lexer. */
  public Lexer maxUriLength(int max) {
    this.maxUriLength = max;
    return this;
  }

  /** Name of the header or element being read. */
  public String what() {
    return what;
  }
}
