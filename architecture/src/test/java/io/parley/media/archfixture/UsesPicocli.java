package io.parley.media.archfixture;

import picocli.CommandLine;

/** Breaks a rule on purpose: the media domain depending on a third-party library. */
public class UsesPicocli {
  public CommandLine commandLine(Object command) {
    return new CommandLine(command);
  }
}
