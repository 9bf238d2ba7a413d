/**
 * Parley's public API: the {@code Phone} facade, accounts, calls and events. It wires the domain
 * modules to adapters found through {@link java.util.ServiceLoader} and never names an adapter
 * class.
 */
package io.parley.api;
