package io.parley.benchmarks.transaction;

import io.parley.sip.message.SipMessage;
import io.parley.sip.message.SipRequest;
import io.parley.sip.message.SipResponse;
import io.parley.sip.port.ResolvedTarget;
import io.parley.sip.port.Transport;
import io.parley.sip.syntax.SipParseException;
import io.parley.sip.transaction.ClientTransaction;
import io.parley.sip.transaction.TransactionLayer;
import io.parley.sip.transaction.TransactionTimers;
import java.lang.management.ManagementFactory;
import java.nio.charset.StandardCharsets;
import java.util.Random;

/**
 * Heap held per live transaction beyond its request (issue target: at most 2 KB). Parses N requests
 * first, measures the heap, starts N non-INVITE client transactions over UDP (each holding its
 * Timer E and F), and measures again. Run: {@code java -cp benchmarks/target/benchmarks.jar
 * io.parley.benchmarks.transaction.TransactionFootprint}.
 */
public final class TransactionFootprint {

  private TransactionFootprint() {}

  /** Prints bytes per live transaction. */
  public static void main(String[] args) throws SipParseException {
    int count = args.length > 0 ? Integer.parseInt(args[0]) : 100_000;
    ManualLoop loop = new ManualLoop();
    DirectTransport near = new DirectTransport(new ResolvedTarget(Transport.UDP, "10.0.0.1", 5060));
    DirectTransport far = new DirectTransport(new ResolvedTarget(Transport.UDP, "10.0.0.2", 5060));
    near.connect(far);
    far.listen(
        new io.parley.sip.port.SipTransport.Listener() {
          @Override
          public void onMessage(SipMessage message, ResolvedTarget source) {}

          @Override
          public void onSendFailed(SipMessage message, ResolvedTarget target, String reason) {}
        });
    TransactionLayer layer =
        new TransactionLayer(loop, near, TransactionTimers.DEFAULT, new Random(1));
    near.listen(layer.transportListener());
    SipRequest[] requests = new SipRequest[count];
    for (int i = 0; i < count; i++) {
      String text =
          "OPTIONS sip:bob@10.0.0.2 SIP/2.0\r\nVia: SIP/2.0/UDP 10.0.0.1:5060;branch=z9hG4bKfoot"
              + i
              + "\r\nMax-Forwards: 70\r\nFrom: <sip:alice@10.0.0.1>;tag=a"
              + i
              + "\r\nTo: <sip:bob@10.0.0.2>\r\nCall-ID: foot-"
              + i
              + "\r\nCSeq: 1 OPTIONS\r\nContent-Length: 0\r\n\r\n";
      requests[i] = (SipRequest) SipMessage.parse(text.getBytes(StandardCharsets.US_ASCII));
      requests[i].topVia(); // parse what a transaction reads before measuring
      requests[i].cSeq();
    }
    ClientTransaction.Listener ignore =
        new ClientTransaction.Listener() {
          @Override
          public void onResponse(ClientTransaction transaction, SipResponse response) {}

          @Override
          public void onTimeout(ClientTransaction transaction) {}

          @Override
          public void onTransportError(ClientTransaction transaction, String reason) {}
        };
    ResolvedTarget target = new ResolvedTarget(Transport.UDP, "10.0.0.2", 5060);
    long before = usedHeap();
    for (SipRequest request : requests) {
      layer.sendRequest(request, target, ignore);
    }
    loop.runPending();
    long after = usedHeap();
    System.out.printf(
        "%d live transactions: %.0f bytes each beyond the request (layer holds %d)%n",
        count, (after - before) / (double) count, layer.clientTransactionCount());
  }

  private static long usedHeap() {
    for (int i = 0; i < 3; i++) {
      System.gc();
    }
    return ManagementFactory.getMemoryMXBean().getHeapMemoryUsage().getUsed();
  }
}
