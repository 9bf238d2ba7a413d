package io.parley.transport.clock;

import io.parley.media.port.MediaClockFactory;

/** Creates {@link PooledMediaClock}s; registered for {@link java.util.ServiceLoader}. */
public final class PooledMediaClockFactory implements MediaClockFactory {

  /** Creates the factory; it holds no state. */
  public PooledMediaClockFactory() {}

  @Override
  public CloseableMediaClock create(int threads) {
    return new PooledMediaClock(threads);
  }
}
