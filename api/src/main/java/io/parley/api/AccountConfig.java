package io.parley.api;

import java.time.Duration;
import java.util.Objects;
import java.util.Optional;

/**
 * How to register one SIP account. Build it with {@link #of(String, String)} or {@link
 * #builder(String)}; the password never appears in {@link #toString()}.
 *
 * <p>Values are checked when the account is added to a phone: a malformed URI fails there with an
 * {@link IllegalArgumentException} naming it.
 */
public final class AccountConfig {

  private final String aor;
  private final String authUser;
  private final char[] password;
  private final String md5Ha1;
  private final String displayName;
  private final String registrar;
  private final String outboundProxy;
  private final Transport transport;
  private final Duration expires;
  private final String realm;
  private final String instanceId;
  private final int regId;

  private AccountConfig(Builder b) {
    this.aor = b.aor;
    this.authUser = b.authUser;
    this.password = b.password;
    this.md5Ha1 = b.md5Ha1;
    this.displayName = b.displayName;
    this.registrar = b.registrar;
    this.outboundProxy = b.outboundProxy;
    this.transport = b.transport;
    this.expires = b.expires;
    this.realm = b.realm;
    this.instanceId = b.instanceId;
    this.regId = b.regId;
  }

  /** An account with an address of record and a password, all else default. */
  public static AccountConfig of(String aor, String password) {
    return builder(aor).password(password).build();
  }

  /** Starts a configuration for the address of record {@code aor} ({@code sip:user@domain}). */
  public static Builder builder(String aor) {
    return new Builder(aor);
  }

  /** The address of record. */
  public String aor() {
    return aor;
  }

  /** The user name for authentication, if it differs from the AOR's user part. */
  public Optional<String> authUser() {
    return Optional.ofNullable(authUser);
  }

  char[] password() {
    return password;
  }

  Optional<String> md5Ha1() {
    return Optional.ofNullable(md5Ha1);
  }

  /** The display name, if any. */
  public Optional<String> displayName() {
    return Optional.ofNullable(displayName);
  }

  /** The registrar URI, if it is not the AOR's domain. */
  public Optional<String> registrar() {
    return Optional.ofNullable(registrar);
  }

  /** The outbound proxy URI, if any. */
  public Optional<String> outboundProxy() {
    return Optional.ofNullable(outboundProxy);
  }

  /** The transport to use, if not chosen by DNS (RFC 3263). */
  public Optional<Transport> transport() {
    return Optional.ofNullable(transport);
  }

  /** The registration lifetime asked for. */
  public Duration expires() {
    return expires;
  }

  /** The only realm the credentials are given to, if pinned. */
  public Optional<String> realm() {
    return Optional.ofNullable(realm);
  }

  /** The {@code +sip.instance} URN (RFC 5626), if any. */
  public Optional<String> instanceId() {
    return Optional.ofNullable(instanceId);
  }

  /** The {@code reg-id} (RFC 5626), or 0. */
  public int regId() {
    return regId;
  }

  @Override
  public String toString() {
    return "AccountConfig[aor="
        + aor
        + (authUser != null ? ", authUser=" + authUser : "")
        + ", secret="
        + (password != null ? "password" : md5Ha1 != null ? "md5-ha1" : "none")
        + " (hidden)"
        + (registrar != null ? ", registrar=" + registrar : "")
        + (outboundProxy != null ? ", outboundProxy=" + outboundProxy : "")
        + (transport != null ? ", transport=" + transport : "")
        + ", expires="
        + expires.toSeconds()
        + "s]";
  }

  /** Builds an {@link AccountConfig}. */
  public static final class Builder {
    private final String aor;
    private String authUser;
    private char[] password;
    private String md5Ha1;
    private String displayName;
    private String registrar;
    private String outboundProxy;
    private Transport transport;
    private Duration expires = Duration.ofHours(1);
    private String realm;
    private String instanceId;
    private int regId;

    private Builder(String aor) {
      this.aor = Objects.requireNonNull(aor, "aor");
    }

    /** The password (copied; the array you pass may be cleared afterwards). */
    public Builder password(String value) {
      this.password = Objects.requireNonNull(value, "password").toCharArray();
      this.md5Ha1 = null;
      return this;
    }

    /**
     * The MD5 hash {@code HA1 = MD5(user:realm:password)} instead of the password (JVoIP's {@code
     * md5} parameter); it answers only MD5 challenges.
     */
    public Builder md5Ha1(String value) {
      this.md5Ha1 = Objects.requireNonNull(value, "md5Ha1");
      this.password = null;
      return this;
    }

    /** The user name for authentication, when it is not the AOR's user part. */
    public Builder authUser(String value) {
      this.authUser = Objects.requireNonNull(value, "authUser");
      return this;
    }

    /** The display name used in From and To. */
    public Builder displayName(String value) {
      this.displayName = Objects.requireNonNull(value, "displayName");
      return this;
    }

    /** The registrar's URI, e.g. {@code sip:registrar.example.com:5080}. */
    public Builder registrar(String uri) {
      this.registrar = Objects.requireNonNull(uri, "registrar");
      return this;
    }

    /** Sends every request through this proxy (as a loose route). */
    public Builder outboundProxy(String uri) {
      this.outboundProxy = Objects.requireNonNull(uri, "outboundProxy");
      return this;
    }

    /** Forces a transport instead of letting DNS choose. */
    public Builder transport(Transport value) {
      this.transport = Objects.requireNonNull(value, "transport");
      return this;
    }

    /**
     * The registration lifetime to ask for (default one hour).
     *
     * @throws IllegalArgumentException if below one second
     */
    public Builder expires(Duration value) {
      if (value.getSeconds() < 1) {
        throw new IllegalArgumentException("expires must be at least 1 s, not " + value);
      }
      this.expires = value;
      return this;
    }

    /** Gives the credentials only to this realm (realm pinning). */
    public Builder realm(String value) {
      this.realm = Objects.requireNonNull(value, "realm");
      return this;
    }

    /** Registers with {@code +sip.instance} and {@code reg-id} (RFC 5626 §4.2). */
    public Builder instance(String urn, int regIdValue) {
      if (regIdValue < 0) {
        throw new IllegalArgumentException("reg-id must not be negative: " + regIdValue);
      }
      this.instanceId = Objects.requireNonNull(urn, "urn");
      this.regId = regIdValue;
      return this;
    }

    /** The configuration. */
    public AccountConfig build() {
      return new AccountConfig(this);
    }
  }
}
