/**
 * Parley's public API: the {@code Phone} facade, accounts, calls and events; wires the domain
 * modules to adapters found through {@link java.util.ServiceLoader} and never names an adapter.
 * Follows RFC 3261 (registration §10, calls §13-15) and RFC 3264 for hold (§8.4).
 */
package io.parley.api;
