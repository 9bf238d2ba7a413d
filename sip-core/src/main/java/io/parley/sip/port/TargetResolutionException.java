package io.parley.sip.port;

/**
 * A URI could not be resolved to any target: a DNS query failed or timed out, or the host has no
 * usable NAPTR, SRV, A or AAAA records (RFC 3263 §4). The message names the URI and the query.
 */
public final class TargetResolutionException extends Exception {

  private static final long serialVersionUID = 1L;

  /** A failure described by {@code message}. */
  public TargetResolutionException(String message) {
    super(message);
  }

  /** A failure described by {@code message}, caused by {@code cause} (usually an I/O error). */
  public TargetResolutionException(String message, Throwable cause) {
    super(message, cause);
  }
}
