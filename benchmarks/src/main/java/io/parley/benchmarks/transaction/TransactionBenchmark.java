package io.parley.benchmarks.transaction;

import io.parley.sip.message.SipMessage;
import io.parley.sip.message.SipRequest;
import io.parley.sip.message.SipResponse;
import io.parley.sip.port.ResolvedTarget;
import io.parley.sip.port.Transport;
import io.parley.sip.syntax.SipParseException;
import io.parley.sip.transaction.ClientTransaction;
import io.parley.sip.transaction.ServerTransaction;
import io.parley.sip.transaction.TransactionLayer;
import io.parley.sip.transaction.TransactionTimers;
import io.parley.sip.transaction.TransactionUser;
import java.nio.charset.StandardCharsets;
import java.util.IdentityHashMap;
import java.util.Map;
import java.util.Random;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

/**
 * Complete non-INVITE transactions through two transaction layers on one loop (issue target: at
 * least 200,000 per second). Each operation is one OPTIONS: the client transaction sends it, the
 * server transaction hands it to its TU, which answers 200, and the client transaction completes.
 * Over TCP both transactions end at once (Timers J and K are zero); over UDP they wait in
 * Completed, so the benchmark advances the virtual clock to let them end.
 *
 * <p>Requests and their responses are parsed once in setup and reused round-robin (a branch is
 * reused only after its transactions ended), so the figure is the transaction layer's own cost:
 * matching, state machines, timers and the TU hand-offs.
 */
@State(Scope.Thread)
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(1)
public class TransactionBenchmark {

  private static final int POOL = 4096;

  @Param({"TCP", "UDP"})
  public String transport;

  private final ManualLoop loop = new ManualLoop();
  private final SipRequest[] requests = new SipRequest[POOL];
  private final Map<SipRequest, SipResponse> answers = new IdentityHashMap<>();
  private TransactionLayer client;
  private ResolvedTarget serverAddress;
  private int next;
  private int completed;
  private final ClientTransaction.Listener listener =
      new ClientTransaction.Listener() {
        @Override
        public void onResponse(ClientTransaction transaction, SipResponse response) {
          completed++;
        }

        @Override
        public void onTimeout(ClientTransaction transaction) {}

        @Override
        public void onTransportError(ClientTransaction transaction, String reason) {}
      };

  /** Builds the two layers and the message pool. */
  @Setup
  public void setUp() throws SipParseException {
    Transport protocol = Transport.valueOf(transport);
    ResolvedTarget clientAddress = new ResolvedTarget(protocol, "10.0.0.1", 5060);
    serverAddress = new ResolvedTarget(protocol, "10.0.0.2", 5060);
    DirectTransport clientSide = new DirectTransport(clientAddress);
    DirectTransport serverSide = new DirectTransport(serverAddress);
    clientSide.connect(serverSide);
    client = new TransactionLayer(loop, clientSide, TransactionTimers.DEFAULT, new Random(1));
    TransactionLayer server =
        new TransactionLayer(loop, serverSide, TransactionTimers.DEFAULT, new Random(2));
    clientSide.listen(client.transportListener());
    serverSide.listen(server.transportListener());
    server.setUser(
        new TransactionUser() {
          @Override
          public void onRequest(ServerTransaction transaction, SipRequest request) {
            transaction.respond(answers.get(request));
          }

          @Override
          public void onAck(SipRequest ack, ResolvedTarget source) {}

          @Override
          public void onStrayResponse(SipResponse response, ResolvedTarget source) {}
        });
    for (int i = 0; i < POOL; i++) {
      String text =
          "OPTIONS sip:bob@10.0.0.2 SIP/2.0\r\n"
              + "Via: SIP/2.0/"
              + protocol
              + " 10.0.0.1:5060;branch=z9hG4bKbench"
              + i
              + "\r\nMax-Forwards: 70\r\nFrom: <sip:alice@10.0.0.1>;tag=a"
              + i
              + "\r\nTo: <sip:bob@10.0.0.2>\r\nCall-ID: bench-"
              + i
              + "\r\nCSeq: 1 OPTIONS\r\nContent-Length: 0\r\n\r\n";
      requests[i] = (SipRequest) SipMessage.parse(text.getBytes(StandardCharsets.US_ASCII));
      answers.put(requests[i], SipResponse.builder(requests[i], 200).toTag("b" + i).build());
    }
  }

  /** One complete OPTIONS transaction on both sides. */
  @Benchmark
  public int nonInviteTransaction() {
    SipRequest request = requests[next];
    next = (next + 1) % POOL;
    if (next == 0) {
      if (transport.equals("TCP")) {
        loop.compact();
      } else {
        // Let the UDP transactions of the last round leave Completed (Timers J and K).
        loop.advance(java.time.Duration.ofSeconds(33));
      }
    }
    client.sendRequest(request, serverAddress, listener);
    loop.runPending();
    return completed;
  }
}
