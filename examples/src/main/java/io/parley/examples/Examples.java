package io.parley.examples;

import java.util.Arrays;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.Consumer;

/**
 * The examples jar's entry point: the first argument names the example, the rest are its arguments.
 * Without arguments it runs the demo.
 */
public final class Examples {

  private static final String DEMO = "demo";

  private Examples() {}

  /** Runs the example named by {@code args[0]}. */
  public static void main(String[] args) {
    Map<String, Consumer<String[]>> examples = new TreeMap<>();
    examples.put("demo", DemoExample::main);
    examples.put("register", RegisterExample::main);
    examples.put("timers", TimersExample::main);
    String name = args.length == 0 ? DEMO : args[0];
    Consumer<String[]> example = examples.get(name);
    if (example == null) {
      System.err.println("ERROR: no example named '" + name + "'; try one of " + examples.keySet());
      System.exit(2);
      return;
    }
    example.accept(args.length == 0 ? args : Arrays.copyOfRange(args, 1, args.length));
  }
}
