package io.parley.sip.session;

/** How a user agent uses reliable provisional responses (RFC 3262, option tag {@code 100rel}). */
public enum Rel100 {
  /** Not offered: INVITEs that require it are answered 420 Bad Extension. */
  NEVER,
  /**
   * Offered ({@code Supported: 100rel}): as UAC, PRACKs reliable responses; as UAS, sends them
   * reliably when the INVITE requires it.
   */
  SUPPORTED,
  /**
   * Insisted on ({@code Require: 100rel}): as UAS, every 101-199 is reliable and an INVITE that
   * does not support it gets 421 Extension Required (RFC 3262 §3).
   */
  REQUIRED
}
