package io.parley.sip.header;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

class HeaderNameTest {

  @Test
  void rfc3261Section7_3_3_everyCompactFormMapsToItsLongForm() {
    String pairs =
        "i=Call-ID m=Contact e=Content-Encoding l=Content-Length c=Content-Type f=From s=Subject"
            + " k=Supported t=To v=Via o=Event u=Allow-Events r=Refer-To b=Referred-By"
            + " x=Session-Expires a=Accept-Contact j=Reject-Contact d=Request-Disposition"
            + " y=Identity";
    for (String pair : pairs.split(" ")) {
      String[] kv = pair.split("=");
      HeaderName h = HeaderName.of(kv[0]).orElseThrow();
      assertThat(h.canonical()).isEqualTo(kv[1]);
      assertThat(HeaderName.of(kv[0].toUpperCase())).contains(h);
      assertThat(h.compact()).contains(kv[0].charAt(0));
    }
  }

  @Test
  void rfc3261Section7_3_1_namesAreCaseInsensitiveOnBytesAndStrings() {
    for (HeaderName h : HeaderName.values()) {
      byte[] upper = h.canonical().toUpperCase().getBytes(StandardCharsets.US_ASCII);
      assertThat(HeaderName.lookup(upper, 0, upper.length)).isEqualTo(h);
      assertThat(HeaderName.of(h.canonical().toLowerCase())).contains(h);
      assertThat(h.matches(h.canonical().toUpperCase())).isTrue();
    }
    byte[] unknown = "X-Custom".getBytes(StandardCharsets.US_ASCII);
    assertThat(HeaderName.lookup(unknown, 0, unknown.length)).isNull();
    assertThat(HeaderName.of("C%6Fntact")).isEmpty();
  }
}
