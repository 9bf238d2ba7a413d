package io.parley.sip.header;

import static org.assertj.core.api.Assertions.assertThat;

import io.parley.sip.syntax.Lexer;
import org.junit.jupiter.api.Test;

class ContactTest {

  private static Contact parse(String value) throws Exception {
    Lexer lx = new Lexer(value, "Contact");
    Contact c = Contact.parse(lx);
    lx.expectEnd("end");
    return c;
  }

  @Test
  void rfc3261Section10_2_2_wildcardContact() throws Exception {
    Contact c = parse(" * ");
    assertThat(c.isWildcard()).isTrue();
    assertThat(c.toString()).isEqualTo("*");
  }

  @Test
  void rfc3261Section20_10_expiresAndQ() throws Exception {
    Contact c = parse("<sip:a@b.com>;expires=3600;q=0.7");
    assertThat(c.expires()).hasValue(3600);
    assertThat(c.q()).contains(0.7);
  }

  @Test
  void rfc3261Section20_19_hugeExpiresIsCappedAt2Pow32Minus1() throws Exception {
    assertThat(parse("<sip:a@b.com>;expires=280297596632815").expires()).hasValue(0xFFFFFFFFL);
  }

  @Test
  void rfc3261Section20_10_malformedQIsIgnored() throws Exception {
    assertThat(parse("<sip:a@b.com>;q=2.5").q()).isEmpty();
  }

  @Test
  void rfc5626Section4_outboundInstanceAndRegId() throws Exception {
    Contact c =
        parse(
            "<sip:a@192.0.2.1>;+sip.instance=\"<urn:uuid:00000000-0000-1000-8000-AABBCCDDEEFF>\";reg-id=1");
    assertThat(c.instance()).contains("urn:uuid:00000000-0000-1000-8000-AABBCCDDEEFF");
    assertThat(c.regId()).hasValue(1);
  }
}
