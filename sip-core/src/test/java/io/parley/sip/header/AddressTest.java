package io.parley.sip.header;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.parley.sip.syntax.SipParseException;
import io.parley.sip.uri.SipUri;
import io.parley.sip.uri.Uri;
import org.junit.jupiter.api.Test;

class AddressTest {

  @Test
  void rfc3261Section20_10_quotedDisplayNameWithEscapes() throws Exception {
    Address a =
        Address.parse("\"Mr. \\\"Watson\\\"\" <sip:watson@worcester.bell-telephone.com>;tag=1");
    assertThat(a.displayName()).contains("Mr. \"Watson\"");
    assertThat(a.tag()).contains("1");
  }

  @Test
  void rfc3261Section25_1_emptyQuotedDisplayName() throws Exception {
    assertThat(Address.parse("\"\" <sip:a@b.com>").displayName()).contains("");
    assertThat(Address.parse("<sip:a@b.com>").displayName()).isEmpty();
  }

  @Test
  void rfc3261Section20_10_tokenDisplayNameOfSeveralWords() throws Exception {
    assertThat(Address.parse("Bob  Smith <sip:bob@b.com>").displayName()).contains("Bob  Smith");
  }

  @Test
  void rfc3261Section20_10_withoutBracketsParametersBelongToTheHeader() throws Exception {
    Address a = Address.parse("sip:bob@b.com;tag=x;user=phone");
    assertThat(a.tag()).contains("x");
    assertThat(a.parameters().get("user")).contains("phone");
    assertThat(((SipUri) a.uri()).parameters().isEmpty()).isTrue();
  }

  @Test
  void rfc3261Section20_10_withBracketsParametersBelongToTheUri() throws Exception {
    Address a = Address.parse("<sip:bob@b.com;user=phone>;tag=x");
    assertThat(((SipUri) a.uri()).parameter("user")).contains("phone");
    assertThat(a.parameters().has("user")).isFalse();
  }

  @Test
  void rfc3261Section20_10_uriWithQuestionMarkNeedsBrackets() {
    assertThatThrownBy(() -> Address.parse("sip:bob@b.com?Route=x"))
        .isInstanceOf(SipParseException.class)
        .hasMessageContaining("'<' and '>'");
  }

  @Test
  void rfc3261Section7_3_1_foldedValueWithLwsEverywhere() throws Exception {
    Address a = Address.parse("  \"A\"\r\n  <sip:a@b.com>\r\n ;\r\n tag = 98asjd8");
    assertThat(a.tag()).contains("98asjd8");
  }

  @Test
  void rfc3261Section25_1_malformedAddressesAreRejected() {
    assertThatThrownBy(() -> Address.parse("\"open <sip:a@b.com>"))
        .isInstanceOf(SipParseException.class);
    assertThatThrownBy(() -> Address.parse("<sip:a@b.com")).isInstanceOf(SipParseException.class);
    assertThatThrownBy(() -> Address.parse("< sip:a@b.com >"))
        .isInstanceOf(SipParseException.class);
    assertThatThrownBy(() -> Address.parse("Bell, Alexander <sip:a@b.com>"))
        .isInstanceOf(SipParseException.class);
    assertThatThrownBy(() -> Address.parse("")).isInstanceOf(SipParseException.class);
  }

  @Test
  void rfc3261Section20_10_ofQuotesTheDisplayName() throws Exception {
    Address a = Address.of("Alice \"A\"", Uri.parse("sip:alice@a.com"));
    assertThat(a.toString()).isEqualTo("\"Alice \\\"A\\\"\" <sip:alice@a.com>");
    assertThat(Address.parse(a.toString())).isEqualTo(a);
  }
}
