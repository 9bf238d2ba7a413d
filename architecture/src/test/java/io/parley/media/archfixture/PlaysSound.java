package io.parley.media.archfixture;

import javax.sound.sampled.AudioSystem;
import javax.sound.sampled.Mixer;

/** Breaks a rule on purpose: rtp-media talking to sound hardware. */
public class PlaysSound {
  public Mixer.Info[] mixers() {
    return AudioSystem.getMixerInfo();
  }
}
