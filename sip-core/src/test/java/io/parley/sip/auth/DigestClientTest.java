package io.parley.sip.auth;

import static org.assertj.core.api.Assertions.assertThat;

import io.parley.sip.port.CredentialStore;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

class DigestClientTest {

  private static final DigestCredentials ALICE =
      DigestCredentials.ofPassword("alice", "secret".toCharArray());

  private final DigestClient client =
      new DigestClient(CredentialStore.anyRealm(ALICE)::credentialsFor, new Random(7), 2);

  private static DigestChallenge challenge(String realm, String nonce, String alg, boolean stale) {
    return new DigestChallenge(false, realm, nonce, null, alg, List.of("auth"), stale);
  }

  private static DigestChallenge proxyChallenge(String realm, String nonce) {
    return new DigestChallenge(true, realm, nonce, null, "MD5", List.of("auth"), false);
  }

  private DigestClient.Outcome answer(DigestChallenge... challenges) {
    return client.answer(List.of(challenges), "REGISTER", "sip:example.com", new byte[0]);
  }

  private static List<DigestResponse> responses(DigestClient.Outcome outcome) {
    assertThat(outcome).isInstanceOf(DigestClient.Outcome.Answered.class);
    return ((DigestClient.Outcome.Answered) outcome).responses();
  }

  @Test
  void rfc8760Section2_4_theStrongestOfferedAlgorithmIsAnswered() {
    List<DigestResponse> answered =
        responses(
            answer(
                challenge("example.com", "n", "MD5", false),
                challenge("example.com", "n", "SHA-512-256", false),
                challenge("example.com", "n", "SHA-256", false)));
    assertThat(answered)
        .singleElement()
        .extracting(DigestResponse::algorithm)
        .isEqualTo(DigestAlgorithm.SHA_512_256);
  }

  @Test
  void rfc3261Section22_3_everyRealmIsAnswered() {
    List<DigestResponse> answered =
        responses(
            answer(
                proxyChallenge("proxy.example.com", "p1"),
                challenge("example.com", "w1", "MD5", false)));
    assertThat(answered)
        .extracting(DigestResponse::headerName)
        .containsExactly("Proxy-Authorization", "Authorization");
  }

  @Test
  void rfc7616Section3_3_staleNoncesAreRetriedWithoutCountingAFailure() {
    responses(answer(challenge("example.com", "n1", "MD5", false)));
    for (int i = 0; i < 5; i++) {
      List<DigestResponse> again =
          responses(answer(challenge("example.com", "n" + (i + 2), "MD5", true)));
      assertThat(again.get(0).nonce()).isEqualTo("n" + (i + 2));
      assertThat(again.get(0).nonceCount()).isEqualTo(1);
    }
  }

  @Test
  void aRefusedPasswordEndsTheChallengeLoopWithAClearReason() {
    responses(answer(challenge("example.com", "n1", "MD5", false)));
    responses(answer(challenge("example.com", "n2", "MD5", false)));
    DigestClient.Outcome third = answer(challenge("example.com", "n3", "MD5", false));
    assertThat(third).isInstanceOf(DigestClient.Outcome.Failed.class);
    assertThat(((DigestClient.Outcome.Failed) third).reason())
        .contains("\"example.com\"")
        .contains("refused");
  }

  @Test
  void successResetsTheRefusalCount() {
    responses(answer(challenge("example.com", "n1", "MD5", false)));
    responses(answer(challenge("example.com", "n2", "MD5", false)));
    client.succeeded();
    assertThat(answer(challenge("example.com", "n3", "MD5", false)))
        .isInstanceOf(DigestClient.Outcome.Answered.class);
  }

  @Test
  void rfc7616Section3_4_preemptiveReuseCountsTheNonceUp() {
    responses(answer(challenge("example.com", "n1", "SHA-256", false)));
    List<DigestResponse> next = client.preemptive("REGISTER", "sip:example.com", new byte[0]);
    assertThat(next)
        .singleElement()
        .satisfies(
            r -> {
              assertThat(r.nonce()).isEqualTo("n1");
              assertThat(r.nc()).isEqualTo("00000002");
            });
  }

  @Test
  void realmPinningLeavesOtherRealmsUnanswered() {
    DigestClient pinned =
        new DigestClient(
            CredentialStore.pinnedTo("example.com", ALICE)::credentialsFor, new Random(1), 3);
    DigestClient.Outcome outcome =
        pinned.answer(
            List.of(challenge("evil.example.net", "n", "MD5", false)), "REGISTER", "sip:x", null);
    assertThat(outcome).isInstanceOf(DigestClient.Outcome.Failed.class);
    assertThat(((DigestClient.Outcome.Failed) outcome).reason())
        .contains("no credentials for realm \"evil.example.net\"");
  }

  @Test
  void unsupportedAlgorithmsAloneFail() {
    DigestClient.Outcome outcome = answer(challenge("example.com", "n", "AKAv1-MD5", false));
    assertThat(((DigestClient.Outcome.Failed) outcome).reason()).contains("no supported");
  }
}
