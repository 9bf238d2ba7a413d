package io.parley.sip.port;

import java.util.List;
import java.util.concurrent.CompletionStage;

/**
 * Turns a SIP or SIPS URI into the ordered list of transport, address and port to try (RFC 3263
 * §4): NAPTR, then SRV, then A/AAAA records, or none of them for numeric hosts.
 *
 * <p>DNS is I/O, so the answer arrives later, on a thread of the implementation's choosing: a
 * caller on a {@link Loop} posts the result back to its loop. The caller walks the list with {@link
 * TargetFailover} (RFC 3263 §4.3).
 */
@FunctionalInterface
public interface TargetResolver {

  /**
   * Resolves {@code uri}. Never blocks the calling thread.
   *
   * @return a stage completed with one or more targets, most preferred first; or completed
   *     exceptionally with a {@link TargetResolutionException} naming the query that failed (DNS
   *     timeout, server failure) or saying that no records exist for the host
   */
  CompletionStage<List<ResolvedTarget>> resolve(TargetUri uri);
}
