package io.parley.api.interop;

import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.DatagramSocket;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.TimeUnit;

/**
 * A real Kamailio (Debian's {@code kamailio} package) running as a child process in the foreground
 * on 127.0.0.1, with the registrar configuration kept in the test resources. Its runtime directory,
 * PID file and log live in a temporary directory.
 */
final class KamailioProcess implements AutoCloseable {

  private static final List<String> LOCATIONS =
      List.of("/usr/sbin/kamailio", "/usr/local/sbin/kamailio", "/usr/bin/kamailio");
  private static final Duration STARTUP = Duration.ofSeconds(15);

  private final Process process;
  private final Path dir;
  private final int port;

  private KamailioProcess(Process process, Path dir, int port) {
    this.process = process;
    this.dir = dir;
    this.port = port;
  }

  /**
   * Starts Kamailio, or skips the calling test when it is not installed (fails instead when the
   * environment variable {@code CI} is {@code true}, where {@code .ci/run} installs it).
   */
  static KamailioProcess start() throws IOException, InterruptedException {
    Optional<Path> binary = find();
    if (binary.isEmpty() && "true".equalsIgnoreCase(System.getenv("CI"))) {
      throw new IllegalStateException(
          "kamailio is not installed; CI must install the Debian package 'kamailio'");
    }
    assumeTrue(
        binary.isPresent(),
        "kamailio is not installed (apt-get install kamailio); skipping the interop test");
    Path dir = Files.createTempDirectory("parley-kamailio");
    Path config = dir.resolve("kamailio.cfg");
    try (InputStream in = KamailioProcess.class.getResourceAsStream("/kamailio/kamailio.cfg")) {
      if (in == null) {
        throw new IllegalStateException("test resource /kamailio/kamailio.cfg is missing");
      }
      Files.copy(in, config, StandardCopyOption.REPLACE_EXISTING);
    }
    int port = freeUdpAndTcpPort();
    Process process =
        new ProcessBuilder(
                binary.get().toString(),
                "-DD",
                "-E",
                "-m",
                "32",
                "-M",
                "8",
                "-f",
                config.toString(),
                "-Y",
                dir.toString(),
                "-P",
                dir.resolve("kamailio.pid").toString(),
                "-w",
                dir.toString(),
                "-l",
                "udp:127.0.0.1:" + port,
                "-l",
                "tcp:127.0.0.1:" + port)
            .redirectErrorStream(true)
            .redirectOutput(dir.resolve("kamailio.log").toFile())
            .start();
    KamailioProcess kamailio = new KamailioProcess(process, dir, port);
    kamailio.awaitListening();
    return kamailio;
  }

  /** The port Kamailio listens on for both UDP and TCP. */
  int port() {
    return port;
  }

  /** Kamailio's output so far, for failure messages. */
  String log() {
    try {
      return Files.readString(dir.resolve("kamailio.log"), StandardCharsets.UTF_8);
    } catch (IOException e) {
      return "(no log: " + e.getMessage() + ")";
    }
  }

  private void awaitListening() throws InterruptedException {
    long deadline = System.nanoTime() + STARTUP.toNanos();
    while (System.nanoTime() < deadline) {
      if (!process.isAlive()) {
        throw new IllegalStateException(
            "kamailio exited with " + process.exitValue() + " at startup:\n" + log());
      }
      // UDP is retransmitted if a receiver is not up yet; TCP tells that the sockets are bound.
      try (Socket probe = new Socket()) {
        probe.connect(new InetSocketAddress(InetAddress.getLoopbackAddress(), port), 200);
        return;
      } catch (IOException notYet) {
        // still starting
      }
      Thread.sleep(50);
    }
    close();
    throw new IllegalStateException("kamailio did not listen within " + STARTUP + ":\n" + log());
  }

  private static Optional<Path> find() {
    for (String location : LOCATIONS) {
      Path path = Path.of(location);
      if (Files.isExecutable(path)) {
        return Optional.of(path);
      }
    }
    String pathVariable = System.getenv("PATH");
    if (pathVariable != null) {
      for (String entry : pathVariable.split(java.io.File.pathSeparator)) {
        Path path = Path.of(entry, "kamailio");
        if (Files.isExecutable(path)) {
          return Optional.of(path);
        }
      }
    }
    return Optional.empty();
  }

  private static int freeUdpAndTcpPort() throws IOException {
    for (int attempt = 0; attempt < 50; attempt++) {
      try (ServerSocket tcp = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
        int candidate = tcp.getLocalPort();
        try (DatagramSocket udp =
            new DatagramSocket(
                new InetSocketAddress(InetAddress.getLoopbackAddress(), candidate))) {
          return udp.getLocalPort();
        } catch (IOException taken) {
          // the UDP port is in use; try another
        }
      }
    }
    throw new IOException("no port free for both UDP and TCP on 127.0.0.1");
  }

  /** Stops Kamailio and its worker processes, then removes the temporary directory. */
  @Override
  public void close() {
    List<ProcessHandle> workers = process.descendants().toList();
    process.destroy();
    try {
      if (!process.waitFor(5, TimeUnit.SECONDS)) {
        process.destroyForcibly().waitFor(5, TimeUnit.SECONDS);
      }
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
    workers.stream().filter(ProcessHandle::isAlive).forEach(ProcessHandle::destroyForcibly);
    try (var files = Files.walk(dir)) {
      files.sorted(java.util.Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
