package io.parley.transport.loop;

import java.util.concurrent.atomic.AtomicReference;

/**
 * An unbounded lock-free queue for many producers and one consumer: producers swap the tail with
 * one atomic exchange, so {@code offer} never retries, and the consumer reads without atomics.
 *
 * <p>Between a producer's exchange and its link the queue is not empty but {@link #poll} still
 * answers {@code null}; {@link #isEmpty} counts that producer, so the consumer does not sleep on
 * it.
 */
final class MpscQueue<T> {

  private static final class Node<T> {
    private T value;
    private volatile Node<T> next;

    Node(T value) {
      this.value = value;
    }
  }

  private final AtomicReference<Node<T>> tail;
  private Node<T> head;

  MpscQueue() {
    Node<T> stub = new Node<>(null);
    head = stub;
    tail = new AtomicReference<>(stub);
  }

  /** Adds {@code value}; any thread. */
  void offer(T value) {
    Node<T> node = new Node<>(value);
    Node<T> previous = tail.getAndSet(node);
    previous.next = node;
  }

  /** Removes the oldest linked value, or returns {@code null}; consumer thread only. */
  T poll() {
    Node<T> next = head.next;
    if (next == null) {
      return null;
    }
    T value = next.value;
    next.value = null;
    head = next;
    return value;
  }

  /** Whether no value is queued or being queued; consumer thread only. */
  boolean isEmpty() {
    return tail.get() == head;
  }
}
