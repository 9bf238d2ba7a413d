package io.parley.sip.syntax;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class ParametersTest {

  private static Parameters header(String text) throws SipParseException {
    Lexer lx = new Lexer(text, "test");
    Parameters p = Parameters.parse(lx);
    lx.expectEnd("end");
    return p;
  }

  @Test
  void rfc3261Section7_3_1_parameterWithoutValueIsPresentWithEmptyValue() throws Exception {
    Parameters p = header(";lr;transport=tcp");
    assertThat(p.has("lr")).isTrue();
    assertThat(p.get("lr")).contains("");
    assertThat(p.valueOf("lr")).isNull();
    assertThat(p.get("transport")).contains("tcp");
    assertThat(p.get("maddr")).isEmpty();
  }

  @Test
  void rfc3261Section20_parameterNamesAreCaseInsensitive() throws Exception {
    Parameters p = header(";TAG=abc");
    assertThat(p.get("tag")).contains("abc");
    assertThat(header(";tag=ABC")).isEqualTo(header(";Tag=abc"));
  }

  @Test
  void rfc3261Section20_quotedValuesAreCaseSensitive() throws Exception {
    assertThat(header(";x=\"ABC\"")).isNotEqualTo(header(";x=\"abc\""));
  }

  @Test
  void rfc3261Section25_1_quotedValueResolvesQuotedPairs() throws Exception {
    Parameters p = header(";text=\"say \\\"hi\\\" \\\\ bye\"");
    assertThat(p.get("text")).contains("say \"hi\" \\ bye");
    assertThat(p.isQuoted(0)).isTrue();
  }

  @Test
  void rfc3261Section7_3_1_whitespaceAroundSemicolonsAndEqualsIsAllowed() throws Exception {
    Parameters p = header("  ;  tag  =  1918 ; lr");
    assertThat(p.get("tag")).contains("1918");
    assertThat(p.has("lr")).isTrue();
  }

  @Test
  void rfc3261Section25_1_emptyParameterNameIsRejectedWithOffset() {
    assertThatThrownBy(() -> header(";;tag=1"))
        .isInstanceOf(SipParseException.class)
        .hasMessageContaining("offset 1")
        .hasMessageContaining("parameter name");
  }

  @Test
  void rfc3261Section25_1_missingValueAfterEqualsIsRejected() {
    assertThatThrownBy(() -> header(";tag="))
        .isInstanceOf(SipParseException.class)
        .hasMessageContaining("parameter value");
  }

  @Test
  void rfc3261Section25_1_unterminatedQuotedValueIsRejected() {
    assertThatThrownBy(() -> header(";x=\"open"))
        .isInstanceOf(SipParseException.class)
        .hasMessageContaining("closing");
  }

  @Test
  void rfc3261Section19_1_4_nameIsComparesDecodedNamesInAnyCase() throws Exception {
    String text = ";%6C%72;Transport=udp";
    Parameters p = Parameters.parseUri(text, 0, text.length(), "uri");
    assertThat(p.nameIs(0, "LR")).isTrue();
    assertThat(p.nameIs(1, "transport")).isTrue();
    assertThat(p.nameIs(1, "lr")).isFalse();
    assertThatThrownBy(() -> p.nameIs(2, "lr")).isInstanceOf(IndexOutOfBoundsException.class);
  }

  @Test
  void rfc3261Section19_1_1_uriParametersDecodeEscapes() throws Exception {
    String text = ";%6C%72;n%61me=v%61lue%25%34%31";
    Parameters p = Parameters.parseUri(text, 0, text.length(), "uri");
    assertThat(p.has("lr")).isTrue();
    assertThat(p.get("name")).contains("value%41");
    assertThat(p.toString()).isEqualTo(";%6C%72;n%61me=v%61lue%25%34%31");
  }

  @Test
  void rfc3261Section19_1_1_badEscapeInUriParameterIsRejected() {
    assertThatThrownBy(() -> Parameters.parseUri(";a=%zz", 0, 6, "uri"))
        .isInstanceOf(SipParseException.class)
        .hasMessageContaining("hex digits");
  }
}
