package io.parley.transport.loop;

import io.parley.sip.port.LoopFactory;

/**
 * The production {@link LoopFactory}: each loop is an {@link EventLoop} on its own thread with the
 * default 1 ms timer wheel. Registered with {@code META-INF/services}.
 */
public final class EventLoopFactory implements LoopFactory {

  @Override
  public RunningLoop start(String name) {
    return EventLoop.start(name);
  }
}
