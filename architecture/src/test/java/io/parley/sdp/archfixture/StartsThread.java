package io.parley.sdp.archfixture;

/** Breaks a rule on purpose: an sdp class that starts a thread. */
public class StartsThread {
  public void start(Runnable work) {
    new Thread(work).start();
  }
}
