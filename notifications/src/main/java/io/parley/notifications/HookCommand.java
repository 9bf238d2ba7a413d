package io.parley.notifications;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * An event hook: a program and its arguments, in which {@code {name}} placeholders are replaced by
 * event fields when the hook runs.
 *
 * <p>The command is never handed to a shell: each argument reaches the program as one argument,
 * whatever characters an event field holds (a caller ID of {@code "; rm -rf /"} stays a harmless
 * string).
 *
 * @param argv the program followed by its arguments; must not be empty
 */
public record HookCommand(List<String> argv) {

  /** Copies {@code argv} and checks it names a program. */
  public HookCommand {
    argv = List.copyOf(Objects.requireNonNull(argv, "argv"));
    if (argv.isEmpty() || argv.get(0).isBlank()) {
      throw new IllegalArgumentException("a hook command needs a program to run");
    }
  }

  /**
   * The arguments with every {@code {name}} replaced by {@code fields.get(name)}.
   *
   * @throws IllegalArgumentException naming the placeholder when a field is missing or a brace is
   *     not closed
   */
  public List<String> expand(Map<String, String> fields) {
    List<String> expanded = new ArrayList<>(argv.size());
    for (String argument : argv) {
      expanded.add(expandOne(argument, fields));
    }
    return expanded;
  }

  /** A process builder for the expanded command; it is not started. */
  public ProcessBuilder toProcessBuilder(Map<String, String> fields) {
    return new ProcessBuilder(expand(fields));
  }

  private static String expandOne(String argument, Map<String, String> fields) {
    StringBuilder out = new StringBuilder(argument.length());
    int i = 0;
    while (i < argument.length()) {
      char c = argument.charAt(i);
      if (c != '{') {
        out.append(c);
        i++;
        continue;
      }
      int close = argument.indexOf('}', i);
      if (close < 0) {
        throw new IllegalArgumentException(
            "hook argument '" + argument + "' has a '{' at " + i + " without a closing '}'");
      }
      String name = argument.substring(i + 1, close);
      String value = fields.get(name);
      if (value == null) {
        throw new IllegalArgumentException(
            "hook argument '" + argument + "' names {" + name + "}, which this event lacks");
      }
      out.append(value);
      i = close + 1;
    }
    return out.toString();
  }
}
