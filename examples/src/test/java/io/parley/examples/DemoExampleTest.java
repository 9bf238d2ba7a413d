package io.parley.examples;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

class DemoExampleTest {

  @Test
  void theDemoRegistersCallsHoldsResumesAndHangsUp() throws Exception {
    PrintStream original = System.out;
    ByteArrayOutputStream captured = new ByteArrayOutputStream();
    System.setOut(new PrintStream(captured, true, StandardCharsets.UTF_8));
    try {
      new DemoExample().run();
    } finally {
      System.setOut(original);
    }
    String out = captured.toString(StandardCharsets.UTF_8);
    assertThat(out)
        .contains("alice: registration REGISTERED (200")
        .contains("bob: registration REGISTERED (200")
        .contains("bob's phone rings")
        .contains("alice: call on line 1 is CONNECTED")
        .contains("bob: call on line 1 is REMOTELY_HELD")
        .contains("alice: call on line 1 is HELD")
        .contains("ended by local")
        .contains("bob: call on line 1 is ENDED")
        .contains("talked 20 s")
        .contains("UNREGISTERED")
        .contains("done");
    assertThat(out.indexOf("HELD")).isLessThan(out.lastIndexOf("resumes"));
  }
}
