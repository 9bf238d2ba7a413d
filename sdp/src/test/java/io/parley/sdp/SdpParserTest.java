package io.parley.sdp;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class SdpParserTest {

  private static final String HEAD = "v=0\r\no=- 1 1 IN IP4 h\r\ns=-\r\nc=IN IP4 h\r\nt=0 0\r\n";

  private static SdpParseException failure(String text) {
    return catchThrowableOfType(SdpParseException.class, () -> SessionDescription.parse(text));
  }

  @ParameterizedTest(name = "line {1}: {2}")
  @CsvSource(
      delimiter = '|',
      value = {
        "o=- 1 1 IN IP4 h\\ns=-\\nt=0 0                  | 1 | v= as line 1",
        "v=1\\no=- 1 1 IN IP4 h\\ns=-\\nt=0 0             | 1 | v=0",
        "v=0\\ns=-\\no=- 1 1 IN IP4 h\\nt=0 0             | 2 | o= as line 2",
        "v=0\\no=- 1 IN IP4 h\\ns=-\\nt=0 0               | 2 | <username> <sess-id>",
        "v=0\\no=- 1 x IN IP4 h\\ns=-\\nt=0 0             | 2 | sess-version",
        "v=0\\no=- 1 1 IN IP4 h\\nt=0 0                   | 3 | s= as line 3",
        "v=0\\no=- 1 1 IN IP4 h\\ns=-\\nc=IN IP4\\nt=0 0  | 4 | <nettype> <addrtype>",
        "v=0\\no=- 1 1 IN IP4 h\\ns=-\\nx=what\\nt=0 0    | 4 | session-level line",
        "v=0\\no=- 1 1 IN IP4 h\\ns=-\\nA=1\\nt=0 0       | 4 | type letter a-z",
        "v=0\\no=- 1 1 IN IP4 h\\ns=-\\nt=0 0\\nbogus     | 5 | <type>=<value>",
        "v=0\\no=- 1 1 IN IP4 h\\ns=-\\nt=now 0           | 4 | <start-time> <stop-time>",
        "v=0\\no=- 1 1 IN IP4 h\\ns=-\\nc=IN IP4 h        | 5 | a t= line",
        "v=0\\no=- 1 1 IN IP4 h\\ns=-\\ni=a\\ni=b\\nt=0 0 | 5 | at most one i=",
      })
  void rfc8866Section5_sessionErrorsNameTheLine(String text, int line, String expected) {
    SdpParseException e = failure(text.replace("\\n", "\r\n"));

    assertThat(e).isNotNull();
    assertThat(e.lineNumber()).isEqualTo(line);
    assertThat(e.expected()).contains(expected);
    assertThat(e.getMessage()).contains("line " + line);
  }

  @ParameterizedTest(name = "line {1}: {2}")
  @CsvSource(
      delimiter = '|',
      value = {
        "m=audio RTP/AVP 0                        | 6 | <media> <port>",
        "m=audio 70000 RTP/AVP 0                  | 6 | port number 0-65535",
        "m=audio 4000 RTP/AVP PCMU                | 6 | RTP payload type 0-127",
        "m=audio 4000 RTP/AVP 0\\nt=0 0           | 7 | only i=, c=, b=, k= or a=",
        "m=audio 4000 RTP/AVP 0\\na=rtpmap:0 PCMU | 7 | <payload type> <encoding name>",
        "m=audio 4000 RTP/AVP 0\\na=rtpmap:0 PCMU/x | 7 | clock rate",
        "m=audio 4000 RTP/AVP 0\\na=rtpmap:200 X/8000 | 7 | payload type 0-127",
        "m=audio 4000 RTP/AVP 0\\na=rtpmap:0 PCMU/8000\\na=rtpmap:0 PCMA/8000 | 8 | one rtpmap",
        "m=audio 4000 RTP/AVP 0\\na=ptime:0       | 7 | above 0 ms",
        "m=audio 4000 RTP/AVP 0\\na=ptime:fast    | 7 | packet time",
        "m=audio 4000 RTP/AVP 0\\na=sendonly\\na=recvonly | 8 | at most one direction",
        "m=audio 4000 RTP/AVP 0\\na=rtcp:x        | 7 | port number",
        "m=audio 4000 RTP/AVP 0\\na=rtcp          | 7 | a value after 'rtcp:'",
        "m=audio 4000 RTP/AVP 0\\na=fmtp:         | 7 | <format>",
        "m=audio 4000 RTP/AVP 0\\na=:nameless     | 7 | attribute name",
        "m=audio 4000 RTP/AVP 0\\nb=AS            | 7 | <bwtype>:<bandwidth>",
        "m=audio 4000 RTP/AVP 0\\na=ssrc:x cname:a | 7 | ssrc-id",
      })
  void rfc8866Section5_14_mediaErrorsNameTheLine(String media, int line, String expected) {
    SdpParseException e = failure(HEAD + media.replace("\\n", "\r\n") + "\r\n");

    assertThat(e).isNotNull();
    assertThat(e.lineNumber()).isEqualTo(line);
    assertThat(e.expected()).contains(expected);
  }

  @Test
  void rfc8866Section5_7_streamWithoutAnyConnectionIsRejectedAtItsMediaLine() {
    SdpParseException e =
        failure("v=0\r\no=- 1 1 IN IP4 h\r\ns=-\r\nt=0 0\r\nm=audio 4000 RTP/AVP 0\r\n");

    assertThat(e.lineNumber()).isEqualTo(5);
    assertThat(e.line()).isEqualTo("m=audio 4000 RTP/AVP 0");
    assertThat(e.expected()).contains("c= line");
  }

  @Test
  void rfc3264Section6_rejectedStreamNeedsNoConnection() throws SdpParseException {
    SessionDescription sdp =
        SessionDescription.parse(
            "v=0\r\no=- 1 1 IN IP4 h\r\ns=-\r\nt=0 0\r\nm=video 0 RTP/AVP 31\r\n");

    assertThat(sdp.media().get(0).mediaLine().isRejected()).isTrue();
  }

  @Test
  void rfc8866Section5_theFirstErrorInLineOrderIsReported() {
    SdpParseException e =
        failure(
            "v=0\r\no=- 1 1 IN IP4 h\r\ns=-\r\nc=IN IP4 h\r\nt=0 0\r\na=ptime:x\r\n"
                + "m=audio x RTP/AVP 0\r\n");

    assertThat(e.lineNumber()).isEqualTo(6);
  }

  @Test
  void rfc8866Section5_emptyBodyIsAnErrorAtLineOne() {
    SdpParseException e = failure("\r\n  \r\n");

    assertThat(e.lineNumber()).isEqualTo(1);
    assertThat(e.expected()).contains("empty");
  }

  @Test
  void rfc8866Section5_controlCharactersInsideALineAreRejected() {
    SdpParseException e = failure(HEAD + "a=x-bad:one\rtwo\r\n");

    assertThat(e.lineNumber()).isEqualTo(6);
    assertThat(e.getMessage()).contains("\\x0d");
  }

  @Test
  void rfc3261Section20_43_parseErrorsBecome488WithAWarning() {
    SdpParseException e = failure(HEAD + "m=audio x RTP/AVP 0\r\n");

    assertThat(e.statusCode()).isEqualTo(488);
    assertThat(e.warning())
        .isEqualTo(
            "399 parley \"malformed SDP at line 6: expected a port number 0-65535, got 'x'\"");
    assertThat(e.warning("sbc.example.com")).startsWith("399 sbc.example.com \"");
  }

  @Test
  void rfc3261Section25_1_warningTextEscapesQuotesAndBackslashes() {
    SdpParseException e = failure(HEAD + "m=audio 4000 RTP/AVP 0\r\na=ptime:\"x\\y\"\r\n");

    assertThat(e.warning()).contains("\\\"x\\\\y\\\"").endsWith("\"");
  }
}
