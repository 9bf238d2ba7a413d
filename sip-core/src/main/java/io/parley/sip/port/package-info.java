/**
 * Ports owned by the SIP domain and implemented by adapters (transport, testkit, api).
 *
 * <p>Each port is small and named for what it does; adapters register with {@code
 * META-INF/services} or are passed to the phone builder.
 */
package io.parley.sip.port;
