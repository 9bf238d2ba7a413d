package io.parley.sip.session;

/** Receives the events of one session, on its loop thread, in order. */
@FunctionalInterface
public interface SessionListener {

  /** Something happened to {@code session}; must not block. */
  void onEvent(InviteSession session, SessionEvent event);
}
