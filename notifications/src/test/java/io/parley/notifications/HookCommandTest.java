package io.parley.notifications;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class HookCommandTest {

  @Test
  void placeholdersAreReplacedPerArgument() {
    HookCommand hook = new HookCommand(List.of("/usr/bin/notify", "--from={caller}", "{line}"));
    assertThat(hook.expand(Map.of("caller", "sip:alice@example.com", "line", "2")))
        .containsExactly("/usr/bin/notify", "--from=sip:alice@example.com", "2");
  }

  @Test
  void shellCharactersStayInsideOneArgument() throws Exception {
    HookCommand hook = new HookCommand(List.of("printf", "%s|", "{caller}"));
    Process process = hook.toProcessBuilder(Map.of("caller", "x; echo pwned")).start();
    String output = new String(process.getInputStream().readAllBytes());
    assertThat(process.waitFor()).isZero();
    assertThat(output).isEqualTo("x; echo pwned|");
  }

  @Test
  void missingFieldsAndBadBracesAreNamed() {
    HookCommand hook = new HookCommand(List.of("run", "{callee}"));
    assertThatThrownBy(() -> hook.expand(Map.of()))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("{callee}");
    assertThatThrownBy(() -> new HookCommand(List.of("run", "{open")).expand(Map.of()))
        .hasMessageContaining("without a closing");
    assertThatThrownBy(() -> new HookCommand(List.of())).hasMessageContaining("needs a program");
  }
}
