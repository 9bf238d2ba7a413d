package io.parley.softphone;

import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** The softphone's command line: {@code parley-softphone [options]}. */
@Command(
    name = "parley-softphone",
    mixinStandardHelpOptions = true,
    version = "Parley softphone 0.1.0",
    description = "A SIP softphone driven from the console or a local control API.")
public final class SoftphoneMain implements Callable<Integer> {

  @Option(
      names = "--control-port",
      description = "Loopback port of the control API (default: ${DEFAULT-VALUE}).",
      defaultValue = "7070")
  int controlPort;

  @Override
  public Integer call() {
    if (controlPort < 1 || controlPort > 65535) {
      System.err.println("ERROR: --control-port must be 1 to 65535, not " + controlPort);
      return 2;
    }
    System.out.println("Parley softphone: the control API is not available yet.");
    return 0;
  }

  /** Runs the softphone and exits with its status. */
  public static void main(String[] args) {
    System.exit(new CommandLine(new SoftphoneMain()).execute(args));
  }
}
