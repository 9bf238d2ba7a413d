package io.parley.api;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class SipFailureExceptionTest {

  @Test
  void carriesTheStatusAndReason() {
    SipFailureException failure = new SipFailureException(486, "Busy Here");
    assertThat(failure.statusCode()).isEqualTo(486);
    assertThat(failure.reasonPhrase()).isEqualTo("Busy Here");
    assertThat(failure).hasMessage("486 Busy Here");
  }

  @Test
  void rejectsCodesThatAreNotFailures() {
    assertThatThrownBy(() -> new SipFailureException(200, "OK"))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("200");
  }
}
