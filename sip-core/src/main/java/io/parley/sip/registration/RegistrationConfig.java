package io.parley.sip.registration;

import io.parley.sip.port.Transport;
import io.parley.sip.uri.SipUri;
import java.time.Duration;
import java.util.Objects;
import java.util.Optional;

/**
 * What to register.
 *
 * @param aor the address of record, e.g. {@code sip:alice@example.com} (To and From)
 * @param registrar the registrar's URI (Request-URI); usually the AOR's domain
 * @param outboundProxy where to send the REGISTER instead of the registrar (added as a loose
 *     Route), or empty
 * @param transport the transport to use, or empty to let RFC 3263 choose
 * @param displayName the display name in From and To, or empty
 * @param expires the binding lifetime to ask for (the registrar may shorten it)
 * @param instanceId the {@code +sip.instance} URN (RFC 5626 §4.2), or empty
 * @param regId the {@code reg-id} (RFC 5626 §4.2), used with {@code instanceId}; 0 for none
 * @param userAgent the User-Agent header, or empty
 */
public record RegistrationConfig(
    SipUri aor,
    SipUri registrar,
    Optional<SipUri> outboundProxy,
    Optional<Transport> transport,
    Optional<String> displayName,
    Duration expires,
    Optional<String> instanceId,
    int regId,
    Optional<String> userAgent) {

  /**
   * Checks the values.
   *
   * @throws IllegalArgumentException naming the bad value
   */
  public RegistrationConfig {
    Objects.requireNonNull(aor, "aor");
    Objects.requireNonNull(registrar, "registrar");
    Objects.requireNonNull(outboundProxy, "outboundProxy");
    Objects.requireNonNull(transport, "transport");
    Objects.requireNonNull(displayName, "displayName");
    Objects.requireNonNull(expires, "expires");
    Objects.requireNonNull(instanceId, "instanceId");
    Objects.requireNonNull(userAgent, "userAgent");
    if (aor.user().isEmpty()) {
      throw new IllegalArgumentException("an address of record needs a user part: " + aor);
    }
    if (expires.getSeconds() < 1) {
      throw new IllegalArgumentException("expires must be at least 1 s, not " + expires);
    }
    if (regId < 0) {
      throw new IllegalArgumentException("reg-id must not be negative: " + regId);
    }
  }
}
