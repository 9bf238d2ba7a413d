package io.parley.api;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * How {@link Phone#call(String, CallOptions)} places one call: the From display name (caller ID)
 * and extra headers, in order, for the INVITE (RFC 3261 §8.1.1).
 *
 * @param displayName the From display name, or empty to use the account's
 * @param headers extra headers such as {@code P-Asserted-Identity} or {@code X-...}
 */
public record CallOptions(Optional<String> displayName, List<Map.Entry<String, String>> headers) {

  /** No display name of its own and no extra headers. */
  public static final CallOptions DEFAULT = new CallOptions(Optional.empty(), List.of());

  /** Copies the list and checks nothing is null. */
  public CallOptions {
    Objects.requireNonNull(displayName, "displayName");
    headers = List.copyOf(headers);
  }

  /** These options with the From display name {@code name}. */
  public CallOptions withDisplayName(String name) {
    return new CallOptions(Optional.of(name), headers);
  }

  /**
   * These options plus the header {@code name: value}. Headers the session sets itself (Via, From,
   * To, Call-ID, CSeq, Max-Forwards, Contact, Content-*) are refused when the call is placed.
   */
  public CallOptions withHeader(String name, String value) {
    List<Map.Entry<String, String>> more = new ArrayList<>(headers);
    more.add(Map.entry(name, value));
    return new CallOptions(displayName, more);
  }
}
