package io.parley.sip.transaction;

import io.parley.sip.message.SipMessage;
import io.parley.sip.message.SipRequest;
import io.parley.sip.message.SipResponse;
import io.parley.sip.port.ResolvedTarget;
import io.parley.sip.port.Transport;
import io.parley.sip.syntax.SipParseException;
import io.parley.testkit.loop.VirtualLoop;
import io.parley.testkit.network.FakeNetwork;
import io.parley.testkit.network.FakeTransport;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;

/**
 * Two transaction layers, Alice (10.0.0.1) and Bob (10.0.0.2), on a fake network and a virtual
 * clock. The transaction tests live in testkit because they need its fakes (testkit depends on
 * sip-core, so sip-core's own tests cannot use them).
 */
final class Harness {

  final VirtualLoop loop = new VirtualLoop();
  final FakeNetwork network = new FakeNetwork(loop, 42);
  final FakeTransport aliceTransport = network.endpoint("10.0.0.1", 5060);
  final FakeTransport bobTransport = network.endpoint("10.0.0.2", 5060);
  final TransactionLayer alice = layer(aliceTransport, 1);
  final TransactionLayer bob = layer(bobTransport, 2);
  final RecordingUser aliceUser = new RecordingUser();
  final RecordingUser bobUser = new RecordingUser();
  private int cseq = 1;

  Harness() {
    alice.setUser(aliceUser);
    bob.setUser(bobUser);
  }

  private TransactionLayer layer(FakeTransport transport, long seed) {
    TransactionLayer layer =
        new TransactionLayer(loop, transport, TransactionTimers.DEFAULT, new Random(seed));
    transport.listen(layer.transportListener());
    return layer;
  }

  ResolvedTarget bobAt(Transport transport) {
    return bobTransport.address(transport);
  }

  /** A request from Alice to Bob with a fresh branch. */
  SipRequest request(String method, Transport transport) {
    return request(method, transport, alice.newBranch());
  }

  SipRequest request(String method, Transport transport, String branch) {
    int n = cseq++;
    String text =
        method
            + " sip:bob@10.0.0.2 SIP/2.0\r\n"
            + "Via: SIP/2.0/"
            + transport
            + " 10.0.0.1:5060"
            + (branch.isEmpty() ? "" : ";branch=" + branch)
            + "\r\n"
            + "Max-Forwards: 70\r\n"
            + "From: <sip:alice@10.0.0.1>;tag=a"
            + n
            + "\r\n"
            + "To: <sip:bob@10.0.0.2>\r\n"
            + "Call-ID: call-"
            + n
            + "@10.0.0.1\r\n"
            + "CSeq: "
            + n
            + " "
            + method
            + "\r\n"
            + "Content-Length: 0\r\n\r\n";
    return (SipRequest) parse(text);
  }

  static SipMessage parse(String text) {
    try {
      return SipMessage.parse(text.getBytes(StandardCharsets.UTF_8));
    } catch (SipParseException e) {
      throw new AssertionError(e);
    }
  }

  void advance(Duration d) {
    loop.advance(d);
  }

  void advanceMillis(long millis) {
    loop.advance(Duration.ofMillis(millis));
  }

  /** When (ms on the virtual clock) messages whose start line begins so were put on the wire. */
  List<Long> sendTimes(String startLinePrefix) {
    return network.log().stream()
        .filter(d -> startLine(d.message()).startsWith(startLinePrefix))
        .map(d -> d.at().toMillis())
        .toList();
  }

  /** How many messages were sent whose start line begins with {@code startLine}. */
  long sent(String startLinePrefix) {
    return network.log().stream()
        .filter(d -> startLine(d.message()).startsWith(startLinePrefix))
        .count();
  }

  static String startLine(SipMessage message) {
    if (message instanceof SipRequest r) {
      return r.method() + " " + r.requestUri();
    }
    SipResponse s = (SipResponse) message;
    return "SIP/2.0 " + s.statusCode();
  }

  /** A client-side listener that records what it is told. */
  static final class RecordingClient implements ClientTransaction.Listener {
    final List<SipResponse> responses = new ArrayList<>();
    int timeouts;
    final List<String> transportErrors = new ArrayList<>();

    @Override
    public void onResponse(ClientTransaction transaction, SipResponse response) {
      responses.add(response);
    }

    @Override
    public void onTimeout(ClientTransaction transaction) {
      timeouts++;
    }

    @Override
    public void onTransportError(ClientTransaction transaction, String reason) {
      transportErrors.add(reason);
    }

    int terminalEvents() {
      int finals = (int) responses.stream().filter(r -> r.statusCode() >= 200).count();
      return Math.min(finals, 1) + timeouts + transportErrors.size();
    }
  }

  /** A transaction user that records requests and may answer them automatically. */
  static final class RecordingUser implements TransactionUser {
    final List<ServerTransaction> requests = new ArrayList<>();
    final List<SipRequest> acks = new ArrayList<>();
    final List<SipResponse> stray = new ArrayList<>();
    int autoAnswer;

    @Override
    public void onRequest(ServerTransaction transaction, SipRequest request) {
      requests.add(transaction);
      if (autoAnswer > 0) {
        transaction.respond(SipResponse.builder(request, autoAnswer).toTag("b1").build());
      }
    }

    @Override
    public void onAck(SipRequest ack, ResolvedTarget source) {
      acks.add(ack);
    }

    @Override
    public void onStrayResponse(SipResponse response, ResolvedTarget source) {
      stray.add(response);
    }
  }
}
