/**
 * Ports owned by the SIP domain and implemented by adapters: the {@link io.parley.sip.port.Loop}
 * executor, and the RFC 3263 {@link io.parley.sip.port.TargetResolver} with its §4.3 failover walk.
 *
 * <p>Each port is small and named for what it does; adapters register with {@code
 * META-INF/services} or are passed to the phone builder.
 */
package io.parley.sip.port;
