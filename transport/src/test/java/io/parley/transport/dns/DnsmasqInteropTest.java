package io.parley.transport.dns;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;
import static org.junit.jupiter.api.Assertions.fail;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import io.parley.sip.port.ResolvedTarget;
import io.parley.sip.port.TargetFailover;
import io.parley.sip.port.TargetResolutionException;
import io.parley.sip.port.TargetUri;
import io.parley.sip.port.Transport;
import java.io.File;
import java.io.IOException;
import java.net.DatagramSocket;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.xbill.DNS.DClass;
import org.xbill.DNS.Message;
import org.xbill.DNS.Name;
import org.xbill.DNS.Record;
import org.xbill.DNS.SimpleResolver;
import org.xbill.DNS.Type;

/**
 * Resolves through a real dnsmasq (Debian package {@code dnsmasq}) started on a loopback port with
 * NAPTR, SRV and address records, then fails over between the two SRV targets over real TCP.
 *
 * <p>Without dnsmasq the test is skipped, unless {@code CI=true}, where it fails.
 */
@Tag("interop")
class DnsmasqInteropTest {

  private static final String DOMAIN = "parley.test";
  private static final String DEAD = "127.0.0.11";
  private static final String ALIVE = "127.0.0.12";

  private Process dnsmasq;
  private Path log;
  private int dnsPort;
  private ServerSocket alive;
  private int deadPort;

  @BeforeEach
  void startDnsmasq() throws Exception {
    Path binary = findDnsmasq();
    alive = new ServerSocket();
    alive.bind(new InetSocketAddress(ALIVE, 0));
    deadPort = freeTcpPort(DEAD);
    log = Files.createTempFile("dnsmasq", ".log");
    for (int attempt = 0; attempt < 3 && dnsmasq == null; attempt++) {
      dnsPort = freeUdpPort();
      Process started =
          new ProcessBuilder(command(binary))
              .redirectErrorStream(true)
              .redirectOutput(log.toFile())
              .start();
      if (awaitReady(started)) {
        dnsmasq = started;
      } else {
        started.destroyForcibly().waitFor(5, TimeUnit.SECONDS);
      }
    }
    if (dnsmasq == null) {
      fail("dnsmasq did not start on 127.0.0.1; its output:\n" + Files.readString(log));
    }
  }

  @AfterEach
  void stop() throws Exception {
    if (dnsmasq != null) {
      dnsmasq.destroy();
      if (!dnsmasq.waitFor(5, TimeUnit.SECONDS)) {
        dnsmasq.destroyForcibly();
      }
    }
    if (alive != null) {
      alive.close();
    }
    if (log != null) {
      Files.deleteIfExists(log);
    }
  }

  private List<String> command(Path binary) {
    List<String> command = new ArrayList<>();
    command.add(binary.toString());
    command.add("--keep-in-foreground");
    command.add("--no-resolv");
    command.add("--no-hosts");
    command.add("--conf-file=/dev/null");
    command.add("--pid-file=");
    command.add("--log-facility=-");
    command.add("--listen-address=127.0.0.1");
    command.add("--bind-interfaces");
    command.add("--port=" + dnsPort);
    if ("root".equals(System.getProperty("user.name"))) {
      command.add("--user=root");
    }
    // Answer NXDOMAIN for unknown names in the test domain instead of REFUSED.
    command.add("--local=/" + DOMAIN + "/");
    // Order 10 (TCP) wins over order 20 (UDP): RFC 2915 says order 20 is never used.
    command.add("--naptr-record=" + DOMAIN + ",10,50,S,SIP+D2T,,_sip._tcp." + DOMAIN);
    command.add("--naptr-record=" + DOMAIN + ",20,50,S,SIP+D2U,,_sip._udp." + DOMAIN);
    command.add("--srv-host=_sip._tcp." + DOMAIN + ",dead." + DOMAIN + "," + deadPort + ",10,10");
    command.add(
        "--srv-host=_sip._tcp."
            + DOMAIN
            + ",alive."
            + DOMAIN
            + ","
            + alive.getLocalPort()
            + ",20,10");
    command.add("--srv-host=_sip._udp." + DOMAIN + ",dead." + DOMAIN + ",5060,10,10");
    command.add("--host-record=dead." + DOMAIN + "," + DEAD);
    command.add("--host-record=alive." + DOMAIN + "," + ALIVE + ",::1");
    return command;
  }

  @Test
  void rfc3263Section4_naptrThenSrvThenAddressesInOrder() throws Exception {
    List<ResolvedTarget> targets = resolve(TargetUri.sip(DOMAIN));
    assertThat(targets)
        .containsExactly(
            new ResolvedTarget(Transport.TCP, DEAD, deadPort),
            new ResolvedTarget(Transport.TCP, ALIVE, alive.getLocalPort()),
            new ResolvedTarget(Transport.TCP, "::1", alive.getLocalPort()));
  }

  @Test
  void rfc3263Section4_3_failsOverFromARefusedTargetToTheNext() throws Exception {
    TargetFailover failover = new TargetFailover(resolve(TargetUri.sip(DOMAIN)));
    List<ResolvedTarget> tried = new ArrayList<>();
    Socket connected = null;
    while (connected == null && !failover.exhausted()) {
      ResolvedTarget target = failover.current();
      tried.add(target);
      try {
        Socket socket = new Socket();
        socket.connect(new InetSocketAddress(target.address(), target.port()), 5_000);
        connected = socket;
      } catch (IOException refused) {
        assertThat(failover.onTransportError())
            .isNotInstanceOf(TargetFailover.Decision.Exhausted.class);
      }
    }
    assertThat(connected).as("connected to a live target").isNotNull();
    try (Socket client = connected;
        Socket accepted = alive.accept()) {
      assertThat(accepted.getRemoteSocketAddress()).isEqualTo(client.getLocalSocketAddress());
    }
    assertThat(tried).extracting(ResolvedTarget::address).containsExactly(DEAD, ALIVE);
  }

  @Test
  void rfc3263Section4_1_sipsWithoutSipsRecordsFindsNothing() {
    Throwable thrown = catchThrowable(() -> resolve(TargetUri.sips(DOMAIN)));
    assertThat(thrown).isInstanceOf(ExecutionException.class);
    assertThat(thrown.getCause())
        .isInstanceOf(TargetResolutionException.class)
        .hasMessageContaining("no SIP targets for sips:" + DOMAIN);
  }

  private List<ResolvedTarget> resolve(TargetUri uri) throws Exception {
    DnsTargetResolver resolver =
        DnsTargetResolver.builder()
            .server("127.0.0.1:" + dnsPort)
            .timeout(Duration.ofSeconds(3))
            .build();
    return resolver.resolve(uri).toCompletableFuture().get(30, TimeUnit.SECONDS);
  }

  private static Path findDnsmasq() {
    List<String> dirs = new ArrayList<>(List.of("/usr/sbin", "/sbin", "/usr/local/sbin"));
    Optional.ofNullable(System.getenv("PATH"))
        .ifPresent(path -> dirs.addAll(0, List.of(path.split(File.pathSeparator))));
    for (String dir : dirs) {
      Path candidate = Path.of(dir, "dnsmasq");
      if (Files.isExecutable(candidate)) {
        return candidate;
      }
    }
    String message = "dnsmasq is not installed (Debian: apt-get install -y dnsmasq)";
    if ("true".equals(System.getenv("CI"))) {
      fail(message + "; CI must install it");
    }
    assumeTrue(false, message + "; skipping the DNS interop test");
    return null;
  }

  private boolean awaitReady(Process process) throws Exception {
    SimpleResolver probe = new SimpleResolver(new InetSocketAddress("127.0.0.1", dnsPort));
    probe.setTimeout(Duration.ofMillis(200));
    Message query =
        Message.newQuery(Record.newRecord(Name.fromString(DOMAIN + "."), Type.NAPTR, DClass.IN));
    long deadline = System.nanoTime() + Duration.ofSeconds(10).toNanos();
    while (System.nanoTime() < deadline) {
      if (!process.isAlive()) {
        return false;
      }
      try {
        if (!probe.send(query).getSection(1).isEmpty()) {
          return true;
        }
      } catch (IOException notYet) {
        Thread.sleep(50);
      }
    }
    return false;
  }

  private static int freeUdpPort() throws IOException {
    try (DatagramSocket socket = new DatagramSocket(0, InetAddress.getLoopbackAddress())) {
      return socket.getLocalPort();
    }
  }

  private static int freeTcpPort(String address) throws IOException {
    try (ServerSocket socket = new ServerSocket()) {
      socket.bind(new InetSocketAddress(address, 0));
      return socket.getLocalPort();
    }
  }
}
