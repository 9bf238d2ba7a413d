package io.parley.sip.auth;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;

class DigestCalculatorTest {

  private static final DigestCredentials MUFASA =
      DigestCredentials.ofPassword("Mufasa", "Circle of Life".toCharArray());

  /** RFC 7616 §3.9.1: the same request answered with MD5 and with SHA-256. */
  private static DigestChallenge rfc7616Challenge(String algorithm) {
    return new DigestChallenge(
        false,
        "http-auth@example.org",
        "7ypf/xlj9XXwfDPEoM4URrv/xwf94BcCAzFZH4GiTo0v",
        "FQhe/qaU925kfnzjCev0ciny7QMkPqMAFRtzCUYo5tdS",
        algorithm,
        List.of("auth", "auth-int"),
        false);
  }

  private static final String RFC7616_CNONCE = "f2/wE4q74E6zIJEtWaHKaf5wv/H5QzzpXusqGemxURZJ";

  @Test
  void rfc7616Section3_9_1_md5() {
    DigestResponse response =
        DigestCalculator.respond(
            rfc7616Challenge("MD5"), MUFASA, "GET", "/dir/index.html", null, RFC7616_CNONCE, 1);
    assertThat(response.response()).isEqualTo("8ca523f5e9506fed4657c9700eebdbec");
    assertThat(response.qop()).isEqualTo("auth");
    assertThat(response.nc()).isEqualTo("00000001");
  }

  @Test
  void rfc7616Section3_9_1_sha256() {
    DigestResponse response =
        DigestCalculator.respond(
            rfc7616Challenge("SHA-256"), MUFASA, "GET", "/dir/index.html", null, RFC7616_CNONCE, 1);
    assertThat(response.response())
        .isEqualTo("753927fa0e85d155564e2e272a28d1802ca10daf4496794697cf8db5856cb6c1");
    assertThat(response.toHeaderValue())
        .isEqualTo(
            "Digest username=\"Mufasa\", realm=\"http-auth@example.org\","
                + " nonce=\"7ypf/xlj9XXwfDPEoM4URrv/xwf94BcCAzFZH4GiTo0v\","
                + " uri=\"/dir/index.html\","
                + " response=\"753927fa0e85d155564e2e272a28d1802ca10daf4496794697cf8db5856cb6c1\","
                + " algorithm=SHA-256, opaque=\"FQhe/qaU925kfnzjCev0ciny7QMkPqMAFRtzCUYo5tdS\","
                + " qop=auth, cnonce=\"f2/wE4q74E6zIJEtWaHKaf5wv/H5QzzpXusqGemxURZJ\","
                + " nc=00000001");
  }

  @Test
  void rfc2617Section3_5_example() {
    DigestChallenge challenge =
        new DigestChallenge(
            false,
            "testrealm@host.com",
            "dcd98b7102dd2f0e8b11d0f600bfb0c093",
            "5ccc069c403ebaf9f0171e9517f40e41",
            null,
            List.of("auth", "auth-int"),
            false);
    DigestResponse response =
        DigestCalculator.respond(
            challenge,
            DigestCredentials.ofPassword("Mufasa", "Circle Of Life".toCharArray()),
            "GET",
            "/dir/index.html",
            null,
            "0a4f113b",
            1);
    assertThat(response.response()).isEqualTo("6629fae49393a05397450978507c4ef1");
  }

  @Test
  void rfc2617WithoutQopUsesTheRfc2069Form() {
    DigestChallenge challenge =
        new DigestChallenge(false, "biloxi.com", "abc", null, "MD5", List.of(), false);
    DigestResponse response =
        DigestCalculator.respond(
            challenge, MUFASA, "REGISTER", "sip:biloxi.com", null, "ignored", 0);
    String ha1 = DigestAlgorithm.MD5.hash("Mufasa:biloxi.com:Circle of Life");
    String ha2 = DigestAlgorithm.MD5.hash("REGISTER:sip:biloxi.com");
    assertThat(response.response()).isEqualTo(DigestAlgorithm.MD5.hash(ha1 + ":abc:" + ha2));
    assertThat(response.toHeaderValue()).doesNotContain("qop").doesNotContain("cnonce");
  }

  @Test
  void rfc8760Sha512_256AndSessionVariants() {
    DigestChallenge challenge =
        new DigestChallenge(
            true, "example.com", "n1", null, "SHA-512-256-sess", List.of("auth"), false);
    DigestResponse response =
        DigestCalculator.respond(challenge, MUFASA, "INVITE", "sip:bob@example.com", null, "c1", 2);
    DigestAlgorithm alg = DigestAlgorithm.SHA_512_256_SESS;
    String ha1 = alg.hash(alg.hash("Mufasa:example.com:Circle of Life") + ":n1:c1");
    String ha2 = alg.hash("INVITE:sip:bob@example.com");
    assertThat(response.response())
        .hasSize(64)
        .isEqualTo(alg.hash(ha1 + ":n1:00000002:c1:auth:" + ha2));
    assertThat(response.headerName()).isEqualTo("Proxy-Authorization");
  }

  @Test
  void rfc7616Section3_4_3_authIntHashesTheBody() {
    DigestChallenge challenge =
        new DigestChallenge(false, "r", "n", null, "SHA-256", List.of("auth-int"), false);
    byte[] body = "v=0\r\n".getBytes(StandardCharsets.UTF_8);
    DigestResponse withBody =
        DigestCalculator.respond(challenge, MUFASA, "INVITE", "sip:b@r", body, "c", 1);
    DigestResponse otherBody =
        DigestCalculator.respond(challenge, MUFASA, "INVITE", "sip:b@r", new byte[0], "c", 1);
    assertThat(withBody.qop()).isEqualTo("auth-int");
    assertThat(withBody.response()).isNotEqualTo(otherBody.response());
  }

  @Test
  void md5Ha1CredentialsGiveTheSameAnswerAsThePassword() {
    String ha1 = DigestCalculator.md5Ha1("Mufasa", "http-auth@example.org", "Circle of Life");
    DigestResponse response =
        DigestCalculator.respond(
            rfc7616Challenge("MD5"),
            DigestCredentials.ofMd5Ha1("Mufasa", ha1),
            "GET",
            "/dir/index.html",
            null,
            RFC7616_CNONCE,
            1);
    assertThat(response.response()).isEqualTo("8ca523f5e9506fed4657c9700eebdbec");
  }

  @Test
  void anMd5Ha1CannotAnswerSha256() {
    DigestCredentials hashed = DigestCredentials.ofMd5Ha1("u", "0123456789abcdef0123456789abcdef");
    assertThatThrownBy(
            () ->
                DigestCalculator.respond(
                    rfc7616Challenge("SHA-256"), hashed, "GET", "/", null, "c", 1))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("SHA-256");
  }

  @Test
  void unsupportedAlgorithmsAreNamed() {
    assertThatThrownBy(
            () ->
                DigestCalculator.respond(
                    rfc7616Challenge("AKAv1-MD5"), MUFASA, "GET", "/", null, "c", 1))
        .hasMessageContaining("AKAv1-MD5");
  }

  @Test
  void passwordsNeverAppearInToString() {
    assertThat(MUFASA.toString()).doesNotContain("Circle").contains("Mufasa").contains("hidden");
  }

  @Test
  void quotedValuesAreEscaped() {
    DigestChallenge challenge =
        new DigestChallenge(false, "we \"quote\"", "n", null, null, List.of(), false);
    DigestResponse response =
        DigestCalculator.respond(
            challenge,
            DigestCredentials.ofPassword("a\\b", new char[] {'p'}),
            "GET",
            "/",
            null,
            null,
            0);
    assertThat(response.toHeaderValue())
        .contains("username=\"a\\\\b\"")
        .contains("realm=\"we \\\"quote\\\"\"");
  }
}
