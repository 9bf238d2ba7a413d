package io.parley.examples;

import io.parley.api.AccountConfig;
import io.parley.api.Phone;
import io.parley.api.RegistrationChanged;
import io.parley.api.RegistrationState;
import io.parley.api.SignalingLogged;
import io.parley.api.Transport;
import java.time.Duration;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.CountDownLatch;

/**
 * Registers one account to a SIP server (RFC 3261 §10) and stays registered until Ctrl-C, printing
 * each registration change. Closing the phone on Ctrl-C removes the binding.
 *
 * <pre>
 * register sip:alice@example.com secret --registrar sip:127.0.0.1:5060 --transport tcp
 * </pre>
 *
 * <p>Exits with 2 on bad arguments and with 1 when the server refuses the credentials.
 */
public final class RegisterExample {

  static final String USAGE =
      "usage: register <aor> <password> [--registrar sip:host:port] [--transport udp|tcp|tls]"
          + " [--listen udp:0.0.0.0:0] [--auth-user name] [--expires seconds] [--log]";

  private static final DateTimeFormatter TIME =
      DateTimeFormatter.ofPattern("HH:mm:ss").withZone(ZoneId.systemDefault());

  private RegisterExample() {}

  /** What the command line asked for. */
  record Options(AccountConfig account, List<String> listen, boolean log) {}

  /** Registers as the arguments say; see {@link #USAGE}. */
  public static void main(String[] args) {
    Options options;
    try {
      options = parse(args);
    } catch (IllegalArgumentException e) {
      System.err.println("ERROR: " + e.getMessage());
      System.err.println(USAGE);
      System.exit(2);
      return;
    }
    System.exit(run(options));
  }

  private static int run(Options options) {
    Phone phone;
    try {
      var builder = Phone.builder().userAgent("Parley-RegisterExample").logMessages(options.log());
      options.listen().forEach(builder::listen);
      phone = builder.build();
    } catch (RuntimeException e) {
      System.err.println("ERROR: cannot start the phone: " + e.getMessage());
      return 1;
    }
    CountDownLatch refused = new CountDownLatch(1);
    phone
        .events()
        .subscribe(
            RegistrationChanged.class,
            event -> {
              System.out.println(describe(event));
              if (event.state() == RegistrationState.FAILED && event.retryIn().isZero()) {
                refused.countDown();
              }
            });
    phone.events().subscribe(SignalingLogged.class, RegisterExample::print);
    Runtime.getRuntime().addShutdownHook(new Thread(phone::close, "parley-register-close"));
    System.out.println(
        "Registering " + options.account() + "; press Ctrl-C to unregister and quit.");
    try {
      phone.register(options.account());
    } catch (IllegalArgumentException e) {
      System.err.println("ERROR: " + e.getMessage());
      return 2;
    }
    try {
      refused.await(); // only a refusal ends the wait; Ctrl-C runs the shutdown hook instead
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
    System.err.println("ERROR: the server refused the registration; not retrying.");
    return 1;
  }

  /** One line per change, e.g. {@code 10:02:03 REGISTERED 200 OK (expires in 3600 s)}. */
  static String describe(RegistrationChanged event) {
    StringBuilder line =
        new StringBuilder(TIME.format(event.at()))
            .append(' ')
            .append(event.state())
            .append(event.statusCode() > 0 ? " " + event.statusCode() : "")
            .append(' ')
            .append(event.reason());
    if (!event.expires().isZero()) {
      line.append(" (expires in ").append(event.expires().toSeconds()).append(" s)");
    }
    if (!event.retryIn().isZero()) {
      line.append(" (retrying in ").append(event.retryIn().toMillis()).append(" ms)");
    }
    return line.toString();
  }

  private static void print(SignalingLogged event) {
    System.out.printf(
        "--- %s %s %s%n%s%n",
        event.direction(), event.transport(), event.remote(), event.message());
  }

  /**
   * Reads the command line.
   *
   * @throws IllegalArgumentException naming the argument that is missing or wrong
   */
  static Options parse(String[] args) {
    if (args.length < 2 || args[0].startsWith("--") || args[1].startsWith("--")) {
      throw new IllegalArgumentException("the address of record and the password come first");
    }
    if (!args[0].startsWith("sip:") && !args[0].startsWith("sips:")) {
      throw new IllegalArgumentException(
          "the address of record must be a SIP URI like sip:alice@example.com, not '"
              + args[0]
              + "'");
    }
    AccountConfig.Builder account = AccountConfig.builder(args[0]).password(args[1]);
    List<String> listen = new ArrayList<>();
    Transport transport = null;
    boolean log = false;
    for (int i = 2; i < args.length; i++) {
      String option = args[i];
      if (option.equals("--log")) {
        log = true;
        continue;
      }
      String value = value(args, i++);
      switch (option) {
        case "--registrar" -> account.registrar(value);
        case "--transport" -> {
          transport = transport(value);
          account.transport(transport);
        }
        case "--listen" -> listen.add(value);
        case "--auth-user" -> account.authUser(value);
        case "--expires" -> account.expires(Duration.ofSeconds(seconds(value)));
        default -> throw new IllegalArgumentException("unknown option '" + option + "'");
      }
    }
    if (listen.isEmpty()) {
      String scheme = transport == null ? "udp" : transport.name().toLowerCase(Locale.ROOT);
      listen.add(scheme + ":0.0.0.0:0");
    }
    return new Options(account.build(), List.copyOf(listen), log);
  }

  private static String value(String[] args, int optionIndex) {
    if (optionIndex + 1 >= args.length || args[optionIndex + 1].startsWith("--")) {
      throw new IllegalArgumentException(args[optionIndex] + " needs a value");
    }
    return args[optionIndex + 1];
  }

  private static Transport transport(String value) {
    return switch (value.toLowerCase(Locale.ROOT)) {
      case "udp" -> Transport.UDP;
      case "tcp" -> Transport.TCP;
      case "tls" -> Transport.TLS;
      default ->
          throw new IllegalArgumentException(
              "--transport must be udp, tcp or tls, not '" + value + "'");
    };
  }

  private static long seconds(String value) {
    try {
      long seconds = Long.parseLong(value);
      if (seconds < 1) {
        throw new IllegalArgumentException("--expires must be at least 1 second, not " + value);
      }
      return seconds;
    } catch (NumberFormatException e) {
      throw new IllegalArgumentException("--expires takes whole seconds, not '" + value + "'", e);
    }
  }
}
