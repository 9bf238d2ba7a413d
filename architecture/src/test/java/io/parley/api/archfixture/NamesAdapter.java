package io.parley.api.archfixture;

import io.parley.codecs.g711.G711;

/** Breaks a rule on purpose: api naming an adapter class instead of using ServiceLoader. */
public class NamesAdapter {
  public void encode(short[] pcm, byte[] out) {
    G711.encodeUlaw(pcm, 0, out, 0, pcm.length);
  }
}
