package io.parley.sdp.archfixture;

import io.parley.media.port.MediaClock;

/** Breaks a rule on purpose: sdp depending on its sibling rtp-media. */
public class UsesRtpMedia {
  public MediaClock.Subscription every20ms(MediaClock clock, MediaClock.Tick tick) {
    return clock.every(20, tick);
  }
}
