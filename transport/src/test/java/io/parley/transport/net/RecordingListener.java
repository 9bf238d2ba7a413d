package io.parley.transport.net;

import static org.assertj.core.api.Assertions.fail;

import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.security.cert.X509Certificate;
import java.util.List;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;

/** Collects what a network reports, with generous waits for tests on real sockets. */
final class RecordingListener implements NetworkListener {

  static final long WAIT_SECONDS = 20;

  /** One delivered message. */
  record Received(Flow flow, String text) {}

  /** One opened flow. */
  record Opened(Flow flow, List<X509Certificate> peerCertificates) {}

  /** One closed flow. */
  record Closed(Flow flow, String reason) {}

  final BlockingQueue<Received> messages = new LinkedBlockingQueue<>();
  final BlockingQueue<SendFailure> failures = new LinkedBlockingQueue<>();
  final BlockingQueue<Opened> opened = new LinkedBlockingQueue<>();
  final BlockingQueue<Closed> closed = new LinkedBlockingQueue<>();
  final BlockingQueue<Flow> pongsMissing = new LinkedBlockingQueue<>();

  @Override
  public void onMessage(Flow flow, ByteBuffer message) {
    messages.add(new Received(flow, StandardCharsets.UTF_8.decode(message).toString()));
  }

  @Override
  public void onSendFailure(SendFailure failure) {
    failures.add(failure);
  }

  @Override
  public void onFlowOpened(Flow flow, List<X509Certificate> peerCertificates) {
    opened.add(new Opened(flow, peerCertificates));
  }

  @Override
  public void onFlowClosed(Flow flow, String reason) {
    closed.add(new Closed(flow, reason));
  }

  @Override
  public void onPongMissing(Flow flow) {
    pongsMissing.add(flow);
  }

  Received message() {
    return await(messages, "a message");
  }

  SendFailure failure() {
    return await(failures, "a send failure");
  }

  Opened openedFlow() {
    return await(opened, "an opened flow");
  }

  Closed closedFlow() {
    return await(closed, "a closed flow");
  }

  Flow pongMissing() {
    return await(pongsMissing, "a missing pong");
  }

  static <T> T await(BlockingQueue<T> queue, String what) {
    try {
      T item = queue.poll(WAIT_SECONDS, TimeUnit.SECONDS);
      if (item == null) {
        fail("no " + what + " within " + WAIT_SECONDS + " s");
      }
      return item;
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new AssertionError(e);
    }
  }
}
